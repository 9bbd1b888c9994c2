//! Rule O004 `robotic-script`.

use crate::{CheckContext, Finding, Rule};

/// ## What it detects
/// TODO
pub struct RoboticScript;

impl Rule for RoboticScript {
    fn check(&self, _cx: &CheckContext<'_>, _out: &mut Vec<Finding>) {}
}
