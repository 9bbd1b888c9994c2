//! Rule O005 `unsolicited-callback`.

use crate::{CheckContext, Finding, Rule};

/// ## What it detects
/// TODO
pub struct UnsolicitedCallback;

impl Rule for UnsolicitedCallback {
    fn check(&self, _cx: &CheckContext<'_>, _out: &mut Vec<Finding>) {}
}
