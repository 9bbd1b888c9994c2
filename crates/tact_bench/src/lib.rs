//! Builds the benchmark corpora: the bundled samples of all five languages repeated with fresh
//! ids (`corpus`), and a mixed corpus of the samples and real English dialogue text from
//! `shared/data` (PersuasionForGood, CaSiNo) for the ≥ 1M-turn scale benchmark (`mixed_corpus`).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use tact_model::{Conversation, Role, Turn};

const SAMPLES: &[&str] = &[
    include_str!("../../../samples/en.jsonl"),
    include_str!("../../../samples/it.jsonl"),
    include_str!("../../../samples/el.jsonl"),
    include_str!("../../../samples/ro.jsonl"),
    include_str!("../../../samples/fi.jsonl"),
];

/// Every conversation of a JSON Lines text, as `tact analyze` reads it; lines it rejects are
/// left out.
pub fn each_conversation(text: &str, mut f: impl FnMut(Conversation)) {
    let mut input = std::io::BufReader::new(text.as_bytes());
    tact_readers::read(
        "bench.jsonl",
        &mut input,
        tact_readers::Format::Jsonl,
        &tact_readers::ReadOptions::default(),
        &mut |c| {
            if let Ok(c) = c {
                f(c);
            }
        },
    );
}

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

/// The data directory: `$TACT_DATA` when set, else `../shared/data` next to the workspace root.
pub fn data_dir() -> PathBuf {
    match std::env::var_os("TACT_DATA") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => {
            let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
            p.canonicalize().unwrap_or(p)
        }
    }
}

/// Real conversations loaded from a data directory, and one note per source that was skipped.
#[derive(Debug, Default)]
pub struct RealData {
    pub conversations: Vec<Conversation>,
    pub turns: usize,
    /// What was loaded or skipped, one line per source, for the bench log.
    pub notes: Vec<String>,
}

/// Loads PersuasionForGood and CaSiNo from `dir` as English chat conversations (persuader and
/// the first CaSiNo participant as agent, the other side as customer). A missing or unreadable
/// source is skipped with a note, never an error.
pub fn real_data(dir: &Path) -> RealData {
    let mut out = RealData::default();
    let pfg = dir.join("persuasionforgood");
    let mut seen = HashSet::new();
    for file in ["full_dialog.csv", "300_dialog.csv"] {
        let path = pfg.join(file);
        match persuasion_for_good(&path) {
            Ok(convs) => {
                let before = out.conversations.len();
                out.conversations
                    .extend(convs.into_iter().filter(|c| seen.insert(c.id.clone())));
                out.notes.push(format!(
                    "PersuasionForGood {}: {} new dialogues",
                    path.display(),
                    out.conversations.len() - before
                ));
            }
            Err(e) => out.notes.push(format!("PersuasionForGood skipped: {e}")),
        }
    }
    let path = dir.join("casino/casino_train.json");
    match casino(&path) {
        Ok(convs) => {
            out.notes.push(format!(
                "CaSiNo {}: {} dialogues",
                path.display(),
                convs.len()
            ));
            out.conversations.extend(convs);
        }
        Err(e) => out.notes.push(format!("CaSiNo skipped: {e}")),
    }
    out.turns = out.conversations.iter().map(|c| c.turns.len()).sum();
    out
}

fn english_chat(id: String) -> Conversation {
    Conversation {
        id,
        language: Some("en".to_string()),
        ..Conversation::default()
    }
}

/// Reads a PersuasionForGood dialogue CSV (`full_dialog.csv` or `300_dialog.csv`: one row per
/// sentence unit, columns `B2` dialogue id, `B4` role — 0 persuader, 1 persuadee — `Turn`,
/// `Unit`). Consecutive units of one speaker in one turn are joined into one turn.
pub fn persuasion_for_good(path: &Path) -> Result<Vec<Conversation>, String> {
    let mut rdr = csv::Reader::from_path(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let headers = rdr
        .headers()
        .map_err(|e| format!("{}: {e}", path.display()))?
        .clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| format!("{}: no column {name}", path.display()))
    };
    let (c_id, c_role, c_turn, c_unit) = (col("B2")?, col("B4")?, col("Turn")?, col("Unit")?);
    let mut out: Vec<Conversation> = Vec::new();
    let mut last_key: Option<(String, String)> = None;
    for row in rdr.records() {
        let row = row.map_err(|e| format!("{}: {e}", path.display()))?;
        let (id, role, turn, unit) = (
            row.get(c_id).unwrap_or_default(),
            row.get(c_role).unwrap_or_default(),
            row.get(c_turn).unwrap_or_default(),
            row.get(c_unit).unwrap_or_default().trim(),
        );
        if unit.is_empty() {
            continue;
        }
        if out.last().map(|c| c.id.as_str()) != Some(id) {
            out.push(english_chat(id.to_string()));
            last_key = None;
        }
        let role = if role == "1" {
            Role::Customer
        } else {
            Role::Agent
        };
        let key = (turn.to_string(), role.as_str().to_string());
        let Some(conv) = out.last_mut() else {
            continue;
        };
        match conv.turns.last_mut() {
            Some(t) if last_key.as_ref() == Some(&key) => {
                t.text.push(' ');
                t.text.push_str(unit);
            }
            _ => conv.turns.push(Turn::new(role, unit)),
        }
        last_key = Some(key);
    }
    Ok(out)
}

/// Reads CaSiNo (`casino_train.json`: a JSON array of dialogues with `chat_logs` of `text` and
/// `id`). `mturk_agent_1` is the agent, the other participant the customer; the deal markers
/// (`Submit-Deal`, `Accept-Deal`, `Reject-Deal`, `Walk-Away`) are left out.
pub fn casino(path: &Path) -> Result<Vec<Conversation>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let v: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let dialogues = v
        .as_array()
        .ok_or_else(|| format!("{}: not a JSON array", path.display()))?;
    let mut out = Vec::with_capacity(dialogues.len());
    for (i, d) in dialogues.iter().enumerate() {
        let id = match d.get("dialogue_id") {
            Some(serde_json::Value::Number(n)) => format!("casino-{n}"),
            _ => format!("casino-#{i}"),
        };
        let mut conv = english_chat(id);
        for t in d
            .get("chat_logs")
            .and_then(|l| l.as_array())
            .into_iter()
            .flatten()
        {
            let text = t.get("text").and_then(|x| x.as_str()).unwrap_or_default();
            let marker = matches!(
                text,
                "Submit-Deal" | "Accept-Deal" | "Reject-Deal" | "Walk-Away"
            );
            if marker || text.trim().is_empty() {
                continue;
            }
            let role = match t.get("id").and_then(|x| x.as_str()) {
                Some("mturk_agent_1") => Role::Agent,
                _ => Role::Customer,
            };
            conv.turns.push(Turn::new(role, text));
        }
        if !conv.turns.is_empty() {
            out.push(conv);
        }
    }
    Ok(out)
}

/// A corpus of at least `min_turns` turns, with fresh ids, alternating between the bundled
/// samples (five languages) and `real` (English dialogue text) so that each source supplies
/// about half of the turns; with `real` empty it is the samples alone. Returns the
/// conversations and their exact number of turns.
pub fn mixed_corpus(min_turns: usize, real: &[Conversation]) -> (Vec<Conversation>, usize) {
    let samples = samples();
    let mut out = Vec::new();
    if samples.is_empty() && real.is_empty() {
        return (out, 0);
    }
    let (mut from_samples, mut from_real) = (0usize, 0usize);
    let (mut i_s, mut i_r) = (0usize, 0usize);
    while from_samples + from_real < min_turns {
        let take_real = !real.is_empty() && (samples.is_empty() || from_real < from_samples);
        let mut c = if take_real {
            let c = real[i_r % real.len()].clone();
            i_r += 1;
            from_real += c.turns.len();
            c
        } else {
            let c = samples[i_s % samples.len()].clone();
            i_s += 1;
            from_samples += c.turns.len();
            c
        };
        c.id = format!("{}-{}", c.id, out.len());
        out.push(c);
    }
    (out, from_samples + from_real)
}

/// Records what a benchmark ran on (corpus size, threads) as `<group>.json` in the folder named
/// by `TACT_BENCH_META`, so `bench/report.sh` can turn criterion's times into turns/s and MB/s.
/// Without the variable nothing is written.
pub fn write_meta(group: &str, meta: &serde_json::Value) {
    let Some(dir) = std::env::var_os("TACT_BENCH_META") else {
        return;
    };
    let path = PathBuf::from(dir).join(format!("{group}.json"));
    if let Err(e) = std::fs::write(&path, meta.to_string()) {
        eprintln!("bench: cannot write {}: {e}", path.display());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_reaches_the_requested_size_in_five_languages() {
        let (text, turns, convs) = super::corpus(2_000);
        assert!(turns >= 2_000);
        assert_eq!(text.lines().count(), convs);
        for lang in ["\"en\"", "\"it\"", "\"el\"", "\"ro\"", "\"fi\""] {
            assert!(text.contains(lang), "{lang} missing");
        }
    }

    #[test]
    fn mixed_corpus_splits_turns_between_samples_and_real_text() {
        let real = vec![Conversation {
            id: "r".into(),
            language: Some("en".into()),
            turns: vec![
                Turn::new(Role::Agent, "Hello, would you like to donate?"),
                Turn::new(Role::Customer, "No thanks."),
            ],
            ..Conversation::default()
        }];
        let (convs, turns) = mixed_corpus(5_000, &real);
        assert!(turns >= 5_000);
        assert_eq!(turns, convs.iter().map(|c| c.turns.len()).sum::<usize>());
        let real_turns: usize = convs
            .iter()
            .filter(|c| c.id.starts_with("r-"))
            .map(|c| c.turns.len())
            .sum();
        assert!(real_turns * 10 >= turns * 4 && real_turns * 10 <= turns * 6);
        let ids: HashSet<_> = convs.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids.len(), convs.len(), "ids are unique");
        let (alone, _) = mixed_corpus(1_000, &[]);
        assert!(alone.iter().all(|c| !c.id.starts_with("r-")));
    }

    #[test]
    fn persuasion_for_good_units_are_joined_into_turns() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let dir = tmp.path();
        let p = dir.join("d.csv");
        std::fs::write(
            &p,
            ",Unit,Turn,B4,B2\n0,Hi.,0,0,a\n1,How are you?,0,0,a\n2,Fine.,0,1,a\n3,Hello.,0,0,b\n",
        )
        .expect("write");
        let convs = persuasion_for_good(&p).expect("read");
        assert_eq!(convs.len(), 2);
        assert_eq!(convs[0].turns.len(), 2);
        assert_eq!(convs[0].turns[0].text, "Hi. How are you?");
        assert_eq!(convs[0].turns[1].role, Role::Customer);
        assert_eq!(convs[1].id, "b");
        let missing = real_data(&dir.join("nowhere"));
        assert!(missing.conversations.is_empty());
        assert_eq!(missing.notes.len(), 3);
    }

    #[test]
    fn casino_skips_deal_markers() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let p = tmp.path().join("c.json");
        std::fs::write(
            &p,
            r#"[{"dialogue_id": 7, "chat_logs": [
                {"text": "Hello there", "id": "mturk_agent_1"},
                {"text": "Hi! I need water.", "id": "mturk_agent_2"},
                {"text": "Submit-Deal", "id": "mturk_agent_1"}]}]"#,
        )
        .expect("write");
        let convs = casino(&p).expect("read");
        assert_eq!(convs[0].id, "casino-7");
        assert_eq!(convs[0].turns.len(), 2);
        assert_eq!(convs[0].turns[1].role, Role::Customer);
    }

    #[test]
    fn real_data_loads_when_present() {
        let dir = data_dir();
        if !dir.join("persuasionforgood/full_dialog.csv").exists() {
            return;
        }
        let real = real_data(&dir);
        assert!(real.turns > 5_000, "{:?}", real.notes);
    }
}
