//! Rules every produced conversation must satisfy whatever its format, so downstream code can
//! rely on them (at least one turn; call times that are finite, not negative, in range and do
//! not run backwards within a turn), and the one thing that is reported but kept: turns whose
//! times go back in time. The same checks run for every format, so a file means the same
//! whether it is JSON, CSV, a chat log or a transcript.

use crate::ReadError;
use tact_model::{Conversation, Turn};

/// The largest call time accepted, in seconds (about 31,700 years): anything larger is not
/// seconds from the start of a call, and sums of such values would overflow to infinity.
pub const MAX_SECONDS: f64 = 1e12;

pub(crate) fn conversation(conv: &Conversation) -> Result<(), String> {
    if conv.turns.is_empty() {
        return Err("no turns".into());
    }
    for (i, t) in conv.turns.iter().enumerate() {
        turn_times(t).map_err(|e| format!("turn {}: {e}", i + 1))?;
    }
    Ok(())
}

pub(crate) fn turn_times(t: &Turn) -> Result<(), String> {
    times(t.start, t.end)
}

pub(crate) fn times(start: Option<f64>, end: Option<f64>) -> Result<(), String> {
    seconds("start", start)?;
    seconds("end", end)?;
    match (start, end) {
        (Some(s), Some(e)) if e < s => Err(format!("ends before it starts (start {s}, end {e})")),
        _ => Ok(()),
    }
}

fn seconds(name: &str, value: Option<f64>) -> Result<(), String> {
    // Huge values in exponent form: `1e300`, not three hundred digits.
    let shown = |v: f64| {
        if v.is_finite() && v.abs() >= 1e15 {
            format!("{v:e}")
        } else {
            format!("{v}")
        }
    };
    match value {
        Some(v) if v.is_nan() => Err(format!("{name} is not a number")),
        Some(v) if v < 0.0 => Err(format!(
            "{name} {} is negative (call times are seconds from the start of the call)",
            shown(v)
        )),
        Some(v) if v > MAX_SECONDS => Err(format!(
            "{name} {} is out of range (call times are seconds from the start of the call, \
             at most {MAX_SECONDS})",
            shown(v)
        )),
        _ => Ok(()),
    }
}

/// Where a turn's time goes back: a timestamp (`at`) or a call start time earlier than the
/// previous turn's that has one. One message per kind of time, naming the first such turn
/// (index) and counting the others, so a file sorted newest first is not one error per turn.
pub(crate) fn order(conv: &Conversation) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut at_back: Option<(usize, String)> = None;
    let mut start_back: Option<(usize, String)> = None;
    let (mut at_count, mut start_count) = (0, 0);
    let mut last_at = None;
    let mut last_start = None;
    for (i, t) in conv.turns.iter().enumerate() {
        if let Some(at) = t.at {
            if let Some((j, prev)) = last_at {
                if at < prev {
                    at_count += 1;
                    at_back.get_or_insert_with(|| {
                        (
                            i,
                            format!(
                                "turn {}: time {} is earlier than turn {}'s ({})",
                                i + 1,
                                at.to_rfc3339(),
                                j + 1,
                                prev.to_rfc3339()
                            ),
                        )
                    });
                }
            }
            last_at = Some((i, at));
        }
        if let Some(start) = t.start {
            if let Some((j, prev)) = last_start {
                if start < prev {
                    start_count += 1;
                    start_back.get_or_insert_with(|| {
                        (
                            i,
                            format!(
                                "turn {}: start {start} is earlier than turn {}'s ({prev})",
                                i + 1,
                                j + 1
                            ),
                        )
                    });
                }
            }
            last_start = Some((i, start));
        }
    }
    for (found, count) in [(at_back, at_count), (start_back, start_count)] {
        if let Some((i, mut reason)) = found {
            if count > 1 {
                let more = count - 1;
                let verb = if more == 1 { "turn goes" } else { "turns go" };
                reason.push_str(&format!(" (and {more} more {verb} back in time)"));
            }
            reason.push_str("; the conversation is kept, its turns in file order");
            out.push((i, reason));
        }
    }
    out
}

/// Reports where the conversation's times go back (at the line `line_of` gives for a turn
/// index), then hands the conversation on.
pub(crate) fn emit(
    source: &str,
    conv: Conversation,
    line_of: &dyn Fn(usize) -> usize,
    sink: &mut dyn FnMut(Result<Conversation, ReadError>),
) {
    for (turn, reason) in order(&conv) {
        sink(Err(ReadError::new(source, line_of(turn), reason)));
    }
    sink(Ok(conv));
}

#[cfg(test)]
mod tests {
    use super::*;
    use tact_model::Role;

    #[test]
    fn empty_conversations_and_backwards_turns_are_rejected() {
        let mut c = Conversation::default();
        assert_eq!(conversation(&c), Err("no turns".into()));
        let mut t = Turn::new(Role::Agent, "hi");
        t.start = Some(5.0);
        t.end = Some(4.0);
        c.turns.push(Turn::new(Role::Customer, "x"));
        c.turns.push(t);
        let e = conversation(&c).expect_err("backwards");
        assert!(e.starts_with("turn 2: ends before it starts"), "{e}");
    }

    #[test]
    fn call_times_must_be_finite_not_negative_and_in_range() {
        assert!(times(Some(0.0), Some(MAX_SECONDS)).is_ok());
        let cases = [
            (Some(f64::NAN), None, "start is not a number"),
            (None, Some(f64::INFINITY), "end inf is out of range"),
            (Some(f64::NEG_INFINITY), None, "start -inf is negative"),
            (Some(-0.5), Some(1.0), "start -0.5 is negative"),
            (Some(1.0), Some(2e12), "end 2000000000000 is out of range"),
        ];
        for (s, e, want) in cases {
            let got = times(s, e).expect_err(want);
            assert!(got.starts_with(want), "{got}");
        }
    }

    #[test]
    fn times_going_back_are_one_message_per_kind_naming_the_first_turn() {
        let mut c = Conversation::default();
        for s in [1.0, 5.0, 3.0, 2.0, 8.0] {
            let mut t = Turn::new(Role::Agent, "x");
            t.start = Some(s);
            c.turns.push(t);
        }
        c.turns.push(Turn::new(Role::Customer, "no time"));
        let got = order(&c);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, 2);
        assert!(
            got[0]
                .1
                .starts_with("turn 3: start 3 is earlier than turn 2's (5) (and 1 more turn goes"),
            "{}",
            got[0].1
        );
    }
}
