//! The reaction family: how the customer reacts — frustration, threats, mood drops,
//! disengagement.

mod common;
mod customer_disengages;
mod customer_frustration;
mod escalation_threat;
mod mood_drop;

pub(crate) use customer_disengages::CustomerDisengages;
pub(crate) use customer_frustration::CustomerFrustration;
pub(crate) use escalation_threat::EscalationThreat;
pub(crate) use mood_drop::MoodDrop;
