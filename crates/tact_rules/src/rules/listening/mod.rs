//! The listening family.

mod common;
mod customer_repeats_themselves;
mod ignored_need;
mod pitch_before_discovery;
mod unanswered_question;

pub(crate) use customer_repeats_themselves::CustomerRepeatsThemselves;
pub(crate) use ignored_need::IgnoredNeed;
pub(crate) use pitch_before_discovery::PitchBeforeDiscovery;
pub(crate) use unanswered_question::UnansweredQuestion;
