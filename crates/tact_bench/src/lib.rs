//! Builds the benchmark corpus: the bundled samples of all five languages repeated with fresh
//! ids until the corpus holds the requested number of turns, as one JSONL text.

use tact_model::Conversation;

const SAMPLES: &[&str] = &[
    include_str!("../../../samples/en.jsonl"),
    include_str!("../../../samples/it.jsonl"),
    include_str!("../../../samples/el.jsonl"),
    include_str!("../../../samples/ro.jsonl"),
    include_str!("../../../samples/fi.jsonl"),
];

/// The sample conversations, parsed.
pub fn samples() -> Vec<Conversation> {
    SAMPLES
        .iter()
        .flat_map(|s| s.lines())
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

/// A JSONL corpus of at least `min_turns` turns, cycling through the five languages, and the
/// exact number of turns and conversations in it.
pub fn corpus(min_turns: usize) -> (String, usize, usize) {
    let samples = samples();
    let mut out = String::new();
    let (mut turns, mut convs) = (0, 0);
    if samples.is_empty() {
        return (out, 0, 0);
    }
    while turns < min_turns {
        let mut c = samples[convs % samples.len()].clone();
        c.id = format!("{}-{convs}", c.id);
        turns += c.turns.len();
        convs += 1;
        out.push_str(&serde_json::to_string(&c).unwrap_or_default());
        out.push('\n');
    }
    (out, turns, convs)
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus_reaches_the_requested_size_in_five_languages() {
        let (text, turns, convs) = super::corpus(2_000);
        assert!(turns >= 2_000);
        assert_eq!(text.lines().count(), convs);
        for lang in ["\"en\"", "\"it\"", "\"el\"", "\"ro\"", "\"fi\""] {
            assert!(text.contains(lang), "{lang} missing");
        }
    }
}
