//! Rule P002 `false-urgency`.

use crate::{CheckContext, Finding, Rule};

/// ## What it detects
/// TODO
pub struct FalseUrgency;

impl Rule for FalseUrgency {
    fn check(&self, _cx: &CheckContext<'_>, _out: &mut Vec<Finding>) {}
}
