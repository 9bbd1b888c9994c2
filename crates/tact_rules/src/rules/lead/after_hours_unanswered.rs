//! Rule L002 `after-hours-unanswered`.

use crate::{CheckContext, Finding, Rule};

/// ## What it detects
/// TODO
pub struct AfterHoursUnanswered;

impl Rule for AfterHoursUnanswered {
    fn check(&self, _cx: &CheckContext<'_>, _out: &mut Vec<Finding>) {}
}
