//! The pressure family.

mod agent_monologue;
mod common;
mod false_urgency;
mod reoffer_after_refusal;
mod talks_over_customer;

pub(crate) use agent_monologue::AgentMonologue;
pub(crate) use false_urgency::FalseUrgency;
pub(crate) use reoffer_after_refusal::ReofferAfterRefusal;
pub(crate) use talks_over_customer::TalksOverCustomer;
