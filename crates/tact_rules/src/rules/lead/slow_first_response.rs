//! Rule L001 `slow-first-response`: the customer waited too long for a first human reply.

use crate::{CheckContext, Confidence, Finding, Message, Rule};
use tact_model::{Channel, Role, Span};

/// ## What it detects
/// A conversation started by the customer whose first reply from a human agent comes later than
/// the channel allows, counting only time inside opening hours (`[hours]` or the team's `[teams.<name>]` in
/// `tact.toml`, in the conversation's `timezone` when it has one): by
/// default 5 minutes for chat, 60 for email and 15 for SMS. Calls never fire. Both the first
/// customer message and the first agent reply need a timestamp (`at`); without them the rule
/// stays silent. A bot's automatic acknowledgement ("thanks, an agent will reply shortly") does
/// not count as the response: the clock stops at the first human reply.
///
/// ## Why it hurts the sale
/// Seed 002 is about leads: people browse and decide at any hour, a working site and good lead
/// handling only build more expectation of "un venditore in grado di gestire il nuovo processo
/// di acquisto", and what makes the difference is the human who follows up. A lead left waiting
/// while the shop is open goes cold or goes to a competitor; an auto-reply does not change
/// that.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer @2026-03-05T10:02:00+00:00: Hi, is the 55-inch TV still in stock? I'd like to order it today.
/// agent @2026-03-05T11:47:00+00:00: Hello! Yes, it's in stock and we can deliver it on Friday.   # fires
/// ```
/// ```conversation lang=en ok
/// customer @2026-03-05T10:02:00+00:00: Hi, is the 55-inch TV still in stock? I'd like to order it today.
/// agent @2026-03-05T10:04:00+00:00: Hello! Yes, it's in stock and we can deliver it on Friday.
/// ```
/// ```conversation lang=it bad
/// customer @2026-03-05T10:02:00+00:00: Buongiorno, il televisore da 55 pollici è ancora disponibile? Vorrei ordinarlo oggi.
/// agent @2026-03-05T11:47:00+00:00: Buongiorno! Sì, è disponibile e possiamo consegnarlo venerdì.   # fires
/// ```
/// ```conversation lang=it ok
/// customer @2026-03-05T10:02:00+00:00: Buongiorno, il televisore da 55 pollici è ancora disponibile? Vorrei ordinarlo oggi.
/// agent @2026-03-05T10:04:00+00:00: Buongiorno! Sì, è disponibile e possiamo consegnarlo venerdì.
/// ```
/// ```conversation lang=el bad
/// customer @2026-03-05T10:02:00+00:00: Καλημέρα, η τηλεόραση των 55 ιντσών είναι ακόμα διαθέσιμη; Θα ήθελα να την παραγγείλω σήμερα.
/// agent @2026-03-05T11:47:00+00:00: Καλημέρα! Ναι, είναι διαθέσιμη και μπορούμε να την παραδώσουμε την Παρασκευή.   # fires
/// ```
/// ```conversation lang=el ok
/// customer @2026-03-05T10:02:00+00:00: Καλημέρα, η τηλεόραση των 55 ιντσών είναι ακόμα διαθέσιμη; Θα ήθελα να την παραγγείλω σήμερα.
/// agent @2026-03-05T10:04:00+00:00: Καλημέρα! Ναι, είναι διαθέσιμη και μπορούμε να την παραδώσουμε την Παρασκευή.
/// ```
/// ```conversation lang=ro bad
/// customer @2026-03-05T10:02:00+00:00: Bună ziua, televizorul de 55 de inch mai este pe stoc? Aș vrea să-l comand azi.
/// agent @2026-03-05T11:47:00+00:00: Bună ziua! Da, este pe stoc și vi-l putem livra vineri.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer @2026-03-05T10:02:00+00:00: Bună ziua, televizorul de 55 de inch mai este pe stoc? Aș vrea să-l comand azi.
/// agent @2026-03-05T10:04:00+00:00: Bună ziua! Da, este pe stoc și vi-l putem livra vineri.
/// ```
/// ```conversation lang=fi bad
/// customer @2026-03-05T10:02:00+00:00: Hei, onko 55-tuumainen televisio vielä varastossa? Haluaisin tilata sen tänään.
/// agent @2026-03-05T11:47:00+00:00: Hei! Kyllä on, ja voimme toimittaa sen perjantaina.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer @2026-03-05T10:02:00+00:00: Hei, onko 55-tuumainen televisio vielä varastossa? Haluaisin tilata sen tänään.
/// agent @2026-03-05T10:04:00+00:00: Hei! Kyllä on, ja voimme toimittaa sen perjantaina.
/// ```
///
/// ## Suggested instead
/// Answer new contacts first: within the opening hours a human reply should follow in minutes on
/// chat and within the hour on email, even if it only says who is handling the request and
/// when the full answer will come.
///
/// ## Options
/// - `max_minutes_chat` (default 5): the longest acceptable wait on chat, in opening-hours
///   minutes.
/// - `max_minutes_email` (default 60): the same for email.
/// - `max_minutes_sms` (default 15): the same for SMS.
///
/// ## Known limits
/// Only the first exchange is timed; later slow replies are not. Conversations the agent opened
/// (outbound) are skipped, and so are those without any human agent turn: a customer who never
/// got a human reply is a case for `after-hours-unanswered` only when they wrote outside opening
/// hours. Public holidays are not known; set `[hours] days` accordingly.
pub struct SlowFirstResponse;

/// "7 min", "2 h 05 min", "1 h".
pub(super) fn duration(seconds: i64) -> String {
    let minutes = seconds / 60;
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m:02} min"),
    }
}

impl Rule for SlowFirstResponse {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        let hours = cx.hours();
        let channel = c.conversation.channel;
        let (option, default) = match channel {
            Channel::Chat => ("max_minutes_chat", 5.0),
            Channel::Email => ("max_minutes_email", 60.0),
            Channel::Sms => ("max_minutes_sms", 15.0),
            Channel::Call | Channel::Review | Channel::Script => return,
        };
        let limit_minutes = cx.config.f64(option, default);
        let Some(first) = c.customer_turns().next() else {
            return;
        };
        // An agent who spoke first opened the conversation: there was no lead waiting.
        if (0..first).any(|k| c.role(k) == Role::Agent) {
            return;
        }
        let Some(reply) = (first + 1..c.len()).find(|&k| c.role(k) == Role::Agent) else {
            return;
        };
        let (Some(asked), Some(answered)) = (c.turn(first).at, c.turn(reply).at) else {
            return;
        };
        let waited = hours.open_seconds_between(&asked, &answered);
        if waited as f64 <= limit_minutes * 60.0 {
            return;
        }
        out.push(Finding {
            confidence: Confidence::DEFAULT,
            turn: reply,
            span: Span::new(0, c.text(reply).len()),
            message: Message::new("moment-slow-first-response")
                .text("waited", duration(waited))
                .text("channel", channel.as_str())
                .text("limit", duration((limit_minutes * 60.0) as i64)),
        });
    }
}
