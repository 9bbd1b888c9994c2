//! The catalogue: every rule once, with its stable code and id. Codes and ids never change
//! meaning; a retired rule keeps its line commented out so its code is never reused.
//!
//! `preview: true` marks a rule the blind sets of real conversations have not shown reaching 90 %
//! precision on at least 5 moments of the held-out set, with the sets it was tuned on together not
//! below 90 % either (`eval/rule-figures.tsv`, read by `figures.rs`): it stays off unless the user turns preview rules on (`--preview`,
//! `preview = true`) or selects it by code or id. A rule that raised nothing on any set is on and
//! unmeasured, and its docs say so. A test keeps this column in step with the figures.

use crate::rules::{argument, courtesy, lead, listening, over_service, pressure, reaction};
use crate::{Family, RuleInfo};

#[rustfmt::skip]
pub static RULES: &[RuleInfo] = &[
    RuleInfo { code: "P001", id: "reoffer-after-refusal", family: Family::Pressure, rule: &pressure::ReofferAfterRefusal, scripts: false, preview: true },
    RuleInfo { code: "P002", id: "false-urgency", family: Family::Pressure, rule: &pressure::FalseUrgency, scripts: true, preview: true },
    RuleInfo { code: "P003", id: "agent-monologue", family: Family::Pressure, rule: &pressure::AgentMonologue, scripts: true, preview: true },
    RuleInfo { code: "P004", id: "talks-over-customer", family: Family::Pressure, rule: &pressure::TalksOverCustomer, scripts: false, preview: false },
    RuleInfo { code: "N001", id: "ignored-need", family: Family::Listening, rule: &listening::IgnoredNeed, scripts: false, preview: true },
    RuleInfo { code: "N002", id: "pitch-before-discovery", family: Family::Listening, rule: &listening::PitchBeforeDiscovery, scripts: true, preview: true },
    RuleInfo { code: "N003", id: "unanswered-question", family: Family::Listening, rule: &listening::UnansweredQuestion, scripts: false, preview: true },
    RuleInfo { code: "N004", id: "customer-repeats-themselves", family: Family::Listening, rule: &listening::CustomerRepeatsThemselves, scripts: false, preview: true },
    RuleInfo { code: "O001", id: "choice-overload", family: Family::OverService, rule: &over_service::ChoiceOverload, scripts: true, preview: true },
    RuleInfo { code: "O002", id: "scripted-praise", family: Family::OverService, rule: &over_service::ScriptedPraise, scripts: true, preview: false },
    RuleInfo { code: "O003", id: "upsell-barrage", family: Family::OverService, rule: &over_service::UpsellBarrage, scripts: true, preview: true },
    RuleInfo { code: "O004", id: "robotic-script", family: Family::OverService, rule: &over_service::RoboticScript, scripts: false, preview: true },
    RuleInfo { code: "O005", id: "unsolicited-callback", family: Family::OverService, rule: &over_service::UnsolicitedCallback, scripts: false, preview: true },
    RuleInfo { code: "A001", id: "contradicts-customer", family: Family::Argument, rule: &argument::ContradictsCustomer, scripts: false, preview: false },
    RuleInfo { code: "A002", id: "cites-rules-at-customer", family: Family::Argument, rule: &argument::CitesRulesAtCustomer, scripts: true, preview: true },
    RuleInfo { code: "A003", id: "blames-customer", family: Family::Argument, rule: &argument::BlamesCustomer, scripts: false, preview: true },
    RuleInfo { code: "A004", id: "condescension", family: Family::Argument, rule: &argument::Condescension, scripts: true, preview: false },
    RuleInfo { code: "C001", id: "agent-rudeness", family: Family::Courtesy, rule: &courtesy::AgentRudeness, scripts: false, preview: true },
    RuleInfo { code: "C002", id: "buyer-rudeness", family: Family::Courtesy, rule: &courtesy::BuyerRudeness, scripts: false, preview: true },
    RuleInfo { code: "C003", id: "dismissive-reply", family: Family::Courtesy, rule: &courtesy::DismissiveReply, scripts: false, preview: true },
    RuleInfo { code: "L001", id: "slow-first-response", family: Family::Lead, rule: &lead::SlowFirstResponse, scripts: false, preview: true },
    RuleInfo { code: "L002", id: "after-hours-unanswered", family: Family::Lead, rule: &lead::AfterHoursUnanswered, scripts: false, preview: true },
    RuleInfo { code: "L003", id: "no-next-step", family: Family::Lead, rule: &lead::NoNextStep, scripts: false, preview: true },
    RuleInfo { code: "S001", id: "customer-frustration", family: Family::Reaction, rule: &reaction::CustomerFrustration, scripts: false, preview: true },
    RuleInfo { code: "S002", id: "escalation-threat", family: Family::Reaction, rule: &reaction::EscalationThreat, scripts: false, preview: true },
    RuleInfo { code: "S003", id: "mood-drop", family: Family::Reaction, rule: &reaction::MoodDrop, scripts: false, preview: true },
    RuleInfo { code: "S004", id: "customer-disengages", family: Family::Reaction, rule: &reaction::CustomerDisengages, scripts: false, preview: false },
];

/// Finds a rule by code (`P001`, any case) or id (`reoffer-after-refusal`).
pub fn rule_by_key(key: &str) -> Option<&'static RuleInfo> {
    let key = key.trim();
    RULES
        .iter()
        .find(|r| r.id == key || r.code.eq_ignore_ascii_case(key))
}
