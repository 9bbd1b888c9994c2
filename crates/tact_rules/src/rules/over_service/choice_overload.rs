//! Rule O001 `choice-overload`.

use crate::{CheckContext, Finding, Rule};

/// ## What it detects
/// TODO
pub struct ChoiceOverload;

impl Rule for ChoiceOverload {
    fn check(&self, _cx: &CheckContext<'_>, _out: &mut Vec<Finding>) {}
}
