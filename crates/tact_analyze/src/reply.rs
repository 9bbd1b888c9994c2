//! The reply check: before a public reply to a review, a complaint or a social comment is
//! posted, read it as the reply to that text and flag what the articles warn costs more than the
//! sale (contradicting the customer, citing the rules at them, blaming, talking down, brushing
//! off, scripted praise, rudeness). Only the draft is judged; the customer's words are context.

use crate::{Analyzer, ConversationReport};
use tact_lang::Lang;
use tact_model::{Channel, Conversation, Role, Turn};
use tact_rules::{Engine, Settings};

/// The rules a reply is checked with, whether or not they are in preview elsewhere: here a
/// person reads every flag before posting, so a doubtful one costs a glance, not an accusation.
pub const REPLY_RULES: [&str; 7] = [
    "contradicts-customer",
    "cites-rules-at-customer",
    "blames-customer",
    "condescension",
    "dismissive-reply",
    "scripted-praise",
    "agent-rudeness",
];

/// The customer's text and the draft as a two-turn review conversation, and the draft's moments.
pub fn check_reply(
    customer: &str,
    draft: &str,
    lang: Option<Lang>,
    settings: Settings,
) -> (Conversation, ConversationReport) {
    let conv = Conversation {
        id: "reply".into(),
        channel: Channel::Review,
        language: lang.map(|l| l.code().to_string()),
        turns: vec![
            Turn::new(Role::Customer, customer),
            Turn::new(Role::Agent, draft),
        ],
        ..Conversation::default()
    };
    let engine = Engine::with_rules(settings.with_preview(true), |r| REPLY_RULES.contains(&r.id));
    let mut report = Analyzer::new(engine, lang).analyze(&conv);
    let keep: Vec<bool> = report.moments.iter().map(|m| m.turn == 1).collect();
    let mut k = keep.iter();
    report.moments.retain(|_| *k.next().unwrap_or(&false));
    let mut k = keep.iter();
    report.penalties.retain(|_| *k.next().unwrap_or(&false));
    report.score = crate::score_from_penalties(&report.penalties);
    (conv, report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reply_rule_exists() {
        for id in REPLY_RULES {
            assert!(tact_rules::rule_by_key(id).is_some(), "{id}");
        }
    }

    #[test]
    fn only_the_draft_is_judged() {
        // A rude customer is context, not a moment.
        let (_, r) = check_reply(
            "You are useless idiots, worst shop ever.",
            "We are sorry to read this. Could you tell us your order number so we can look into it?",
            Some(Lang::En),
            Settings::default(),
        );
        assert!(r.moments.iter().all(|m| m.turn == 1));
        assert_eq!(r.moments.len(), r.penalties.len());
    }
}
