//! The courtesy family.

mod agent_rudeness;
mod buyer_rudeness;
mod common;
mod dismissive_reply;

pub(crate) use agent_rudeness::AgentRudeness;
pub(crate) use buyer_rudeness::BuyerRudeness;
pub(crate) use common::{find_abuse, Policy};
pub(crate) use dismissive_reply::DismissiveReply;
