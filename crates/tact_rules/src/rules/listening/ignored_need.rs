//! Rule N001 `ignored-need`.

use crate::{CheckContext, Finding, Rule};

/// ## What it detects
/// TODO
pub struct IgnoredNeed;

impl Rule for IgnoredNeed {
    fn check(&self, _cx: &CheckContext<'_>, _out: &mut Vec<Finding>) {}
}
