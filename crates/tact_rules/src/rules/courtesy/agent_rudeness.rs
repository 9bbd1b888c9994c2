//! Rule C001 `agent-rudeness`.

use crate::{CheckContext, Finding, Rule};

/// ## What it detects
/// TODO
pub struct AgentRudeness;

impl Rule for AgentRudeness {
    fn check(&self, _cx: &CheckContext<'_>, _out: &mut Vec<Finding>) {}
}
