//! Rule C003 `dismissive-reply`.

use crate::{CheckContext, Finding, Rule};

/// ## What it detects
/// TODO
pub struct DismissiveReply;

impl Rule for DismissiveReply {
    fn check(&self, _cx: &CheckContext<'_>, _out: &mut Vec<Finding>) {}
}
