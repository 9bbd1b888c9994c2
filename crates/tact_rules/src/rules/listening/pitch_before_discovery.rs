//! Rule N002 `pitch-before-discovery`.

use crate::{CheckContext, Finding, Rule};

/// ## What it detects
/// TODO
pub struct PitchBeforeDiscovery;

impl Rule for PitchBeforeDiscovery {
    fn check(&self, _cx: &CheckContext<'_>, _out: &mut Vec<Finding>) {}
}
