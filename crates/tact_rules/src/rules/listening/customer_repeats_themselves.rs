//! Rule N004 `customer-repeats-themselves`.

use crate::{CheckContext, Finding, Rule};

/// ## What it detects
/// TODO
pub struct CustomerRepeatsThemselves;

impl Rule for CustomerRepeatsThemselves {
    fn check(&self, _cx: &CheckContext<'_>, _out: &mut Vec<Finding>) {}
}
