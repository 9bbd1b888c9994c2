//! Rule N003 `unanswered-question`.

use crate::{CheckContext, Finding, Rule};

/// ## What it detects
/// TODO
pub struct UnansweredQuestion;

impl Rule for UnansweredQuestion {
    fn check(&self, _cx: &CheckContext<'_>, _out: &mut Vec<Finding>) {}
}
