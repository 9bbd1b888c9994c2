//! Rule P003 `agent-monologue`.

use crate::{CheckContext, Finding, Rule};

/// ## What it detects
/// TODO
pub struct AgentMonologue;

impl Rule for AgentMonologue {
    fn check(&self, _cx: &CheckContext<'_>, _out: &mut Vec<Finding>) {}
}
