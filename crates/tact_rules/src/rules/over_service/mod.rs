//! The over-service family.

mod choice_overload;
mod robotic_script;
mod scripted_praise;
mod unsolicited_callback;
mod upsell_barrage;

pub(crate) use choice_overload::ChoiceOverload;
pub(crate) use robotic_script::RoboticScript;
pub(crate) use scripted_praise::ScriptedPraise;
pub(crate) use unsolicited_callback::UnsolicitedCallback;
pub(crate) use upsell_barrage::UpsellBarrage;
