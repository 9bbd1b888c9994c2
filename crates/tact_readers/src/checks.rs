//! Rules every produced conversation must satisfy whatever its format, so downstream code can
//! rely on them: at least one turn, and call times that do not run backwards.

use tact_model::{Conversation, Turn};

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
    match (start, end) {
        (Some(s), Some(e)) if e < s => Err(format!("ends before it starts (start {s}, end {e})")),
        _ => Ok(()),
    }
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
}
