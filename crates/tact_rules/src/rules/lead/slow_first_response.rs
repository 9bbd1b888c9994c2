//! Rule L001 `slow-first-response`.

use crate::{CheckContext, Finding, Rule};

/// ## What it detects
/// TODO
pub struct SlowFirstResponse;

impl Rule for SlowFirstResponse {
    fn check(&self, _cx: &CheckContext<'_>, _out: &mut Vec<Finding>) {}
}
