//! Rule O002 `scripted-praise`.

use crate::{CheckContext, Finding, Rule};

/// ## What it detects
/// TODO
pub struct ScriptedPraise;

impl Rule for ScriptedPraise {
    fn check(&self, _cx: &CheckContext<'_>, _out: &mut Vec<Finding>) {}
}
