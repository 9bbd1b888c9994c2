//! Rule L002 `after-hours-unanswered`: a message sent while closed waited until a later day.

use crate::{CheckContext, Confidence, Finding, Message, Rule};
use chrono::{DateTime, FixedOffset};
use chrono_tz::Tz;
use tact_model::{Channel, Role, Span};

/// ## What it detects
/// A customer message that arrived outside opening hours and was still waiting after the next
/// opening: its first human reply came later than `grace_minutes` after the team opened again —
/// or never. Opening hours are the team's (`[teams.<name>]` in `tact.toml`, else `[hours]`; by
/// default Monday to Friday, 09:00–18:00 UTC), read in the conversation's `timezone` when it
/// names one, so a reply a minute after a message is never late, whatever the calendar day in
/// UTC. The moment points at that late agent reply or, when no agent ever answered, at the
/// customer's message; an unanswered message counts only when it asks something or opens the
/// conversation, so a closing "thanks, bye" does not. A message written at 07:30 and answered at
/// 09:05 the same morning is fine, and so is an evening message answered that evening. Bot
/// auto-replies do not count as an answer. Messages need a timestamp (`at`); calls are skipped.
///
/// ## Why it hurts the sale
/// Seed 002 watches the analytics of shops "durante gli orari di chiusura": people inform
/// themselves and buy "a qualsiasi ora", and the classic idea of opening hours "appartiene al
/// passato". A lead who wrote on Saturday evening and hears back on Monday has had a whole
/// weekend to buy elsewhere; handling the lead well is the first step of the sale.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer @2026-03-07T21:40:00+00:00: Hello, do you have the blue corner sofa in stock? I'd like to come and see it.
/// agent @2026-03-09T09:25:00+00:00: Good morning! Yes, it's in our showroom, you're welcome any time.   # fires
/// ```
/// ```conversation lang=en ok
/// customer @2026-03-10T07:30:00+00:00: Hello, do you have the blue corner sofa in stock? I'd like to come and see it.
/// agent @2026-03-10T09:05:00+00:00: Good morning! Yes, it's in our showroom, you're welcome any time.
/// ```
/// ```conversation lang=it bad
/// customer @2026-03-07T21:40:00+00:00: Buonasera, avete il divano angolare blu disponibile? Vorrei venire a vederlo.
/// agent @2026-03-09T09:25:00+00:00: Buongiorno! Sì, è esposto nel nostro showroom, venga quando vuole.   # fires
/// ```
/// ```conversation lang=it ok
/// customer @2026-03-10T07:30:00+00:00: Buongiorno, avete il divano angolare blu disponibile? Vorrei venire a vederlo.
/// agent @2026-03-10T09:05:00+00:00: Buongiorno! Sì, è esposto nel nostro showroom, venga quando vuole.
/// ```
/// ```conversation lang=el bad
/// customer @2026-03-07T21:40:00+00:00: Καλησπέρα, έχετε διαθέσιμο τον μπλε γωνιακό καναπέ; Θα ήθελα να έρθω να τον δω.
/// agent @2026-03-09T09:25:00+00:00: Καλημέρα! Ναι, βρίσκεται στην έκθεσή μας, περάστε όποτε θέλετε.   # fires
/// ```
/// ```conversation lang=el ok
/// customer @2026-03-10T07:30:00+00:00: Καλημέρα, έχετε διαθέσιμο τον μπλε γωνιακό καναπέ; Θα ήθελα να έρθω να τον δω.
/// agent @2026-03-10T09:05:00+00:00: Καλημέρα! Ναι, βρίσκεται στην έκθεσή μας, περάστε όποτε θέλετε.
/// ```
/// ```conversation lang=ro bad
/// customer @2026-03-07T21:40:00+00:00: Bună seara, aveți canapeaua de colț albastră pe stoc? Aș vrea să vin să o văd.
/// agent @2026-03-09T09:25:00+00:00: Bună dimineața! Da, este expusă în showroom, vă așteptăm oricând.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer @2026-03-10T07:30:00+00:00: Bună dimineața, aveți canapeaua de colț albastră pe stoc? Aș vrea să vin să o văd.
/// agent @2026-03-10T09:05:00+00:00: Bună dimineața! Da, este expusă în showroom, vă așteptăm oricând.
/// ```
/// ```conversation lang=fi bad
/// customer @2026-03-07T21:40:00+00:00: Hei, onko sininen kulmasohva varastossa? Haluaisin tulla katsomaan sitä.
/// agent @2026-03-09T09:25:00+00:00: Huomenta! Kyllä, se on esillä myymälässämme, tervetuloa milloin vain.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer @2026-03-10T07:30:00+00:00: Huomenta, onko sininen kulmasohva varastossa? Haluaisin tulla katsomaan sitä.
/// agent @2026-03-10T09:05:00+00:00: Huomenta! Kyllä, se on esillä myymälässämme, tervetuloa milloin vain.
/// ```
///
/// ## Suggested instead
/// Treat messages that arrive while you are closed as the first job of the next opening — or
/// better, have someone on call for evenings and weekends — and answer the question itself, not
/// just "we'll get back to you"; offer an appointment if the customer wants to come in.
///
/// ## Options
/// - `grace_minutes` (default 15): how long after the next opening a reply still counts as
///   answered at the opening. Opening hours come from `[hours]` and `[teams.<name>]` in
///   `tact.toml`.
///
/// ## Known limits
/// An agent who has already replied while the team was closed counts as on duty: a later
/// question left without a reply at the end of the log is not reported. Public holidays are
/// not known. A message written while closed and answered while still
/// closed (18:30, answered at 23:50) is not reported, nor is one whose agent reply has no
/// timestamp. When several messages wait for the same reply, only one moment is reported.
pub struct AfterHoursUnanswered;

fn local(t: &DateTime<FixedOffset>, tz: Tz) -> String {
    t.with_timezone(&tz).format("%a %-d %b %H:%M").to_string()
}

impl Rule for AfterHoursUnanswered {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        if matches!(
            c.conversation.channel,
            Channel::Call | Channel::Review | Channel::Script
        ) {
            return;
        }
        let hours = cx.hours();
        let tz = hours.timezone;
        let grace = chrono::Duration::minutes(cx.config.usize("grace_minutes", 15) as i64);
        let first_customer = c.customer_turns().next();
        let mut reported_reply = None;
        for i in c.customer_turns() {
            let Some(at) = c.turn(i).at else {
                continue;
            };
            if hours.is_open(&at) {
                continue;
            }
            let wrote = local(&at, tz);
            match (i + 1..c.len()).find(|&k| c.role(k) == Role::Agent) {
                Some(j) => {
                    if reported_reply == Some(j) {
                        continue;
                    }
                    let Some(reply_at) = c.turn(j).at else {
                        continue;
                    };
                    // Answered while still closed, or at the next opening: not late.
                    let late = hours
                        .next_opening(&at)
                        .is_some_and(|open| reply_at.with_timezone(&tz) > open + grace);
                    if !late {
                        continue;
                    }
                    reported_reply = Some(j);
                    out.push(Finding {
                        confidence: Confidence::DEFAULT,
                        turn: j,
                        span: Span::new(0, c.text(j).len()),
                        message: Message::new("moment-after-hours-unanswered-late")
                            .text("written", wrote)
                            .text("hours", hours.describe())
                            .text("replied", local(&reply_at, tz)),
                    });
                }
                None => {
                    let t = &c.turns[i];
                    // Only a message that waits for an answer: a question or a new lead.
                    if t.is_backchannel || !(t.has_question() || first_customer == Some(i)) {
                        continue;
                    }
                    // An agent who already answered while the team was closed is on duty: a
                    // last question with no reply after it is where the log ends, not a lead
                    // left waiting.
                    let on_duty = (0..i).any(|k| {
                        c.role(k) == Role::Agent && c.turn(k).at.is_some_and(|t| !hours.is_open(&t))
                    });
                    if on_duty {
                        continue;
                    }
                    out.push(Finding {
                        confidence: Confidence::DEFAULT,
                        turn: i,
                        span: Span::new(0, c.text(i).len()),
                        message: Message::new("moment-after-hours-unanswered-never")
                            .text("written", wrote)
                            .text("hours", hours.describe()),
                    });
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Analyzed, Engine, Settings};
    use tact_model::{Conversation, Role, Turn};

    fn at(t: &str) -> Option<tact_model::Timestamp> {
        chrono::DateTime::parse_from_rfc3339(t).ok()
    }

    fn conv(team: Option<&str>, timezone: Option<&str>, times: [&str; 2]) -> Conversation {
        let mut customer = Turn::new(Role::Customer, "Hello, is the blue sofa still available?");
        customer.at = at(times[0]);
        let mut agent = Turn::new(Role::Agent, "Yes, it is, you can come and see it.");
        agent.at = at(times[1]);
        Conversation {
            language: Some("en".into()),
            team: team.map(str::to_string),
            timezone: timezone.map(str::to_string),
            turns: vec![customer, agent],
            ..Conversation::default()
        }
    }

    fn fires(toml: &str, c: &Conversation) -> bool {
        // The rule is in preview: its tests turn preview on.
        let settings = Settings::from_toml(toml)
            .expect("valid settings")
            .with_preview(true);
        let engine = Engine::with_rules(settings, |r| r.id == "after-hours-unanswered");
        !engine.run(&Analyzed::new(c, None)).is_empty()
    }

    #[test]
    fn a_reply_within_a_minute_across_midnight_utc_is_not_late() {
        let c = conv(None, None, ["2026-03-10T23:59:40Z", "2026-03-11T00:00:20Z"]);
        assert!(!fires("", &c));
    }

    #[test]
    fn a_reply_after_the_next_opening_is_late_and_one_at_the_opening_is_not() {
        // Saturday evening, answered on Monday at 09:25 (UTC hours by default): late.
        let c = conv(None, None, ["2026-03-07T21:40:00Z", "2026-03-09T09:25:00Z"]);
        assert!(fires("", &c));
        // Answered at 09:10, within the grace after opening.
        let c = conv(None, None, ["2026-03-07T21:40:00Z", "2026-03-09T09:10:00Z"]);
        assert!(!fires("", &c));
        assert!(fires(
            "[rules.after-hours-unanswered]\ngrace_minutes = 5\n",
            &c
        ));
    }

    #[test]
    fn a_last_question_after_an_agent_on_duty_off_hours_is_not_a_lead_left_waiting() {
        let mut c = conv(None, None, ["2026-03-10T22:19:00Z", "2026-03-10T22:20:00Z"]);
        let mut last = Turn::new(Role::Customer, "And do you deliver on Sunday?");
        last.at = at("2026-03-10T22:21:00Z");
        c.turns.push(last);
        assert!(!fires("", &c));
        // Without the agent's late-evening reply, the same question waits for nobody.
        c.turns.remove(1);
        assert!(fires("", &c));
    }

    #[test]
    fn hours_are_the_team_s_in_its_time_zone_or_the_conversation_s() {
        // Friday 19:30 in Athens is 17:30 UTC: open by UTC hours, closed in Athens.
        let c = conv(
            Some("athens"),
            None,
            ["2026-03-06T17:30:00Z", "2026-03-09T10:00:00+02:00"],
        );
        assert!(!fires("", &c), "UTC hours: the message came while open");
        let teams = "[teams.athens]\ntimezone = \"Europe/Athens\"\n";
        assert!(
            fires(teams, &c),
            "Athens hours: it waited past Monday's opening"
        );
        // The conversation's own zone wins over the team's.
        let lisbon = conv(
            Some("athens"),
            Some("Europe/Lisbon"),
            ["2026-03-06T17:30:00Z", "2026-03-09T10:00:00+02:00"],
        );
        assert!(!fires(teams, &lisbon), "17:30 in Lisbon is still open");
    }
}
