//! `tact analyze --redact` redacts only what a report shows. These tests put personal data of
//! every kind the team's redaction sets hold into every turn of the sample conversations (five
//! languages), analyse them, and check that nothing the redaction of the whole conversation
//! hides reaches the report or the text a printer shows, and that evidence still points at
//! itself in the redacted text.

use std::path::Path;
use tact_analyze::{Analyzer, ConversationReport};
use tact_model::Conversation;
use tact_redact::{Options, Redactor};
use tact_report::redacted::redact_shown;
use tact_report::{Printer, TextPrinter};
use tact_rules::{Confidence, Engine, Settings};

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn jsonl(path: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect()
}

/// Sentences of the redaction set in `lang` that hold personal data.
fn personal_sentences(lang: &str) -> Vec<String> {
    jsonl(&root().join("eval/redaction/cases.jsonl"))
        .into_iter()
        .filter(|c| c["lang"] == lang && c["entities"].as_array().is_some_and(|e| !e.is_empty()))
        .map(|c| c["text"].as_str().expect("text").to_string())
        .collect()
}

/// The sample conversations of every language, a sentence with personal data (a different one
/// each time) before or after every turn: messages quote the opening of a turn as often as a
/// span inside it.
fn conversations() -> Vec<Conversation> {
    let mut out = Vec::new();
    for lang in ["en", "it", "el", "ro", "fi"] {
        let sentences = personal_sentences(lang);
        assert!(sentences.len() > 20, "{lang}: too few redaction cases");
        let mut k = 0;
        for v in jsonl(&root().join(format!("samples/{lang}.jsonl"))) {
            let mut conv: Conversation = serde_json::from_value(v).expect("conversation");
            for t in &mut conv.turns {
                let s = &sentences[k % sentences.len()];
                t.text = if k % 2 == 0 {
                    format!("{s} {}", t.text)
                } else {
                    format!("{} {s}", t.text)
                };
                k += 1;
            }
            out.push(conv);
        }
    }
    out
}

fn analyzer() -> Analyzer {
    let settings = Settings::all_rules().with_min_confidence(Confidence(0.0));
    Analyzer::new(Engine::new(settings), None)
}

/// What a user of `--redact` can see: the report as JSON and the text printer's output.
fn visible(conv: &Conversation, report: &ConversationReport) -> String {
    let mut out = Vec::new();
    TextPrinter::new(Box::new(&mut out), false)
        .conversation(conv, report)
        .expect("write");
    serde_json::to_string(report).expect("json") + &String::from_utf8(out).expect("utf-8")
}

/// Whether `needle` stands in `hay` as whole words.
fn contains_words(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(p, _)| {
        let before = hay[..p].chars().next_back();
        let after = hay[p + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn has_placeholder(s: &str) -> bool {
    tact_redact::Entity::ALL
        .iter()
        .any(|e| s.contains(&format!("[{}]", e.tag())))
}

#[test]
fn nothing_the_whole_redaction_hides_reaches_the_report() {
    let analyzer = analyzer();
    let (mut moments, mut hidden_in_quotes, mut checked) = (0, 0, 0);
    let numbered = Options {
        numbered: true,
        ..Options::default()
    };
    for (n, conv) in conversations().into_iter().enumerate() {
        let opts = if n % 3 == 0 {
            numbered
        } else {
            Options::default()
        };
        let report = analyzer.analyze(&conv);
        moments += report.moments.len();
        let (shown, red) = redact_shown(&conv, report, opts);
        let seen = visible(&shown, &red);
        // The pieces the redaction of every turn replaces, each in its own turn's context.
        let mut whole = Redactor::new(&conv, opts);
        let mut secrets: Vec<String> = conv
            .turns
            .iter()
            .flat_map(|t| t.speaker.clone())
            .chain(conv.agent.clone())
            .collect();
        let mut redacted_text = String::new();
        for t in &conv.turns {
            let r = whole.text(&t.text);
            secrets.extend(r.pieces().map(|(a, b)| t.text[a..b].to_string()));
            redacted_text.push_str(&r.text);
            redacted_text.push('\n');
        }
        for s in secrets.iter().filter(|s| s.chars().count() >= 4) {
            // A word that is personal in one place and plain text in another (a name that is
            // also a word) may stay where the whole redaction keeps it too.
            if contains_words(&redacted_text, s) {
                continue;
            }
            checked += 1;
            assert!(
                !contains_words(&seen, s),
                "{}: {s:?} reaches the redacted report:\n{seen}",
                conv.id
            );
        }
        for m in &red.moments {
            let text = &shown.turns[m.turn].text;
            assert_eq!(text[m.start..m.end], m.evidence, "{}: evidence", conv.id);
            assert_eq!(
                *text,
                tact_redact::redact_conversation(&conv, opts).turns[m.turn].text,
                "{}: a shown turn reads as in the whole redaction",
                conv.id
            );
            hidden_in_quotes += m
                .message_args
                .values()
                .filter(|v| v.as_str().is_some_and(has_placeholder))
                .count();
        }
    }
    // The check is only worth something if moments quote turns with personal data in them.
    eprintln!("{moments} moments, {checked} pieces checked, {hidden_in_quotes} quotes redacted");
    assert!(moments > 100, "{moments} moments");
    assert!(checked > 1000, "{checked} pieces checked");
    assert!(hidden_in_quotes > 5, "{hidden_in_quotes} quotes redacted");
}

#[test]
fn numbered_placeholders_are_those_of_the_whole_redaction() {
    let analyzer = analyzer();
    let opts = Options {
        numbered: true,
        ..Options::default()
    };
    for conv in conversations().into_iter().take(40) {
        let report = analyzer.analyze(&conv);
        let (shown, red) = redact_shown(&conv, report, opts);
        let whole = tact_redact::redact_conversation(&conv, opts);
        for m in &red.moments {
            assert_eq!(
                shown.turns[m.turn].text, whole.turns[m.turn].text,
                "{}",
                conv.id
            );
        }
        assert_eq!(red.agent, whole.agent, "{}", conv.id);
        for (a, b) in shown.turns.iter().zip(&whole.turns) {
            assert_eq!(a.speaker, b.speaker, "{}", conv.id);
        }
    }
}

#[test]
fn a_printer_gets_the_text_only_of_the_turns_the_report_points_into() {
    let analyzer = analyzer();
    let mut empty = 0;
    for numbered in [false, true] {
        let opts = Options {
            numbered,
            ..Options::default()
        };
        for conv in conversations().into_iter().step_by(7) {
            let report = analyzer.analyze(&conv);
            let mut pointed: Vec<usize> = report.moments.iter().map(|m| m.turn).collect();
            if let Some(p) = &report.persona {
                pointed.extend(p.evidence.iter().map(|e| e.turn));
            }
            let (shown, _) = redact_shown(&conv, report, opts);
            let whole = tact_redact::redact_conversation(&conv, opts);
            assert_eq!(shown.turns.len(), conv.turns.len());
            for (i, (a, b)) in shown.turns.iter().zip(&whole.turns).enumerate() {
                assert_eq!(a.role, b.role);
                if pointed.contains(&i) {
                    assert_eq!(a.text, b.text, "{} turn {i}", conv.id);
                } else {
                    assert_eq!(a.text, "", "{} turn {i}", conv.id);
                    empty += 1;
                }
            }
        }
    }
    assert!(empty > 20, "{empty} turns left out");
}

#[test]
fn a_quote_is_redacted_as_it_reads_in_its_turn_whatever_its_cut() {
    let analyzer = analyzer();
    let mut conv = conversations()
        .into_iter()
        .find(|c| c.language.as_deref() == Some("it") && c.turns.len() >= 3)
        .expect("an Italian sample");
    conv.turns[1].text =
        "Buongiorno, sono Giulia Bianchi e vi scrivo per il rimborso: il mio numero è \
         +39 347 555 0199, richiamatemi pure nel pomeriggio dopo le tre."
            .into();
    let mut report = analyzer.analyze(&conv);
    let mut m = report.moments.first().cloned().expect("a moment");
    let text = conv.turns[1].text.clone();
    let cut = |n: usize| format!("{}…", &text[..text.char_indices().nth(n).expect("long").0]);
    m.turn = 1;
    (m.start, m.end) = (0, text.find(" e vi").expect("in text"));
    m.message_args = [
        ("span", text[17..33].to_string()),
        ("partial", text[17..30].to_string()),
        ("opening", cut(90)),
        ("joined", "Giulia Bianchi, richiamatemi pure".to_string()),
        ("figure", "+39 347 555 0199".to_string()),
        ("elsewhere", "chiamate il +39 347 555 0188".to_string()),
        ("plain", "42 minuti".to_string()),
        ("short", "0199".to_string()),
        ("channel", "whatsapp".to_string()),
        ("list", "\"Giulia Bianchi\", \"nel pomeriggio\"".to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), serde_json::Value::from(v)))
    .collect();
    report.moments = vec![m];
    let (shown, red) = redact_shown(&conv, report, Options::default());
    let m = &red.moments[0];
    let arg = |k: &str| m.message_args[k].as_str().expect("text").to_string();
    // A span reads as in its turn; one cut inside a name takes the whole placeholder.
    assert_eq!(arg("span"), "[PERSON] e");
    assert_eq!(arg("partial"), "[PERSON]");
    // An opening cut inside the phone number hides all of it and keeps the ellipsis.
    assert_eq!(
        arg("opening"),
        "Buongiorno, sono [PERSON] e vi scrivo per il rimborso: il mio numero è [PHONE]…"
    );
    assert_eq!(arg("joined"), "[PERSON], richiamatemi pure");
    // As it reads in its turn; text found in no turn is redacted on its own.
    assert_eq!(arg("figure"), "[PHONE]");
    assert_eq!(arg("elsewhere"), "chiamate il [PHONE]");
    assert_eq!(arg("plain"), "42 minuti");
    // A short figure and a channel's name are never personal, even inside a phone number.
    assert_eq!(arg("short"), "0199");
    assert_eq!(arg("channel"), "whatsapp");
    // Quotes in double quotes joined by commas, as lists of offers or answers are written.
    assert_eq!(arg("list"), "\"[PERSON]\", \"nel pomeriggio\"");
    assert_eq!(m.evidence, "Buongiorno, sono [PERSON]");
    assert_eq!(&shown.turns[1].text[m.start..m.end], m.evidence);
    assert!(!shown.turns[1].text.contains("347"));
}
