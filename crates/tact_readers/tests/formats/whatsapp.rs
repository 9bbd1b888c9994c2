//! WhatsApp chat exports: every locale and platform in 12- and 24-hour forms, multi-line
//! messages, media, notices, names, agent names, ambiguous and impossible dates, the zip.

use super::*;
use proptest::prelude::*;
use std::io::{Cursor, Write};
use tact_model::{Channel, Role};

const LRM: &str = "\u{200E}";

fn wa(input: &str) -> (Vec<Conversation>, Vec<ReadError>) {
    read_with(Format::WhatsApp, input.as_bytes(), &agents(&["Luca"]))
}

fn at(c: &Conversation, turn: usize) -> String {
    c.turns[turn]
        .at
        .map(|t| t.to_rfc3339())
        .unwrap_or_else(|| "none".into())
}

/// What each language writes: the encryption notice, Android's and iOS's media left out, and a
/// question and a two-line answer.
struct Words {
    lang: &'static str,
    notice: &'static str,
    android_media: &'static str,
    ios_media: &'static str,
    question: &'static str,
    answer: [&'static str; 2],
}

const WORDS: [Words; 5] = [
    Words {
        lang: "en",
        notice: "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.",
        android_media: "<Media omitted>",
        ios_media: "image omitted",
        question: "Is the sofa in stock?",
        answer: ["Yes, in two colours.", "Delivery takes a week."],
    },
    Words {
        lang: "it",
        notice: "I messaggi e le chiamate sono crittografati end-to-end. Nessuno al di fuori di questa chat, nemmeno WhatsApp, può leggerli o ascoltarli.",
        android_media: "<Media omessi>",
        ios_media: "immagine omessa",
        question: "Il divano è disponibile?",
        answer: ["Sì, in due colori.", "La consegna richiede una settimana."],
    },
    Words {
        lang: "el",
        notice: "Τα μηνύματα και οι κλήσεις είναι κρυπτογραφημένα από άκρο σε άκρο. Κανείς εκτός αυτής της συνομιλίας, ούτε καν το WhatsApp, δεν μπορεί να τα διαβάσει ή να τα ακούσει.",
        android_media: "<Πολυμέσα παραλείφθηκαν>",
        ios_media: "εικόνα παραλείφθηκε",
        question: "Είναι διαθέσιμος ο καναπές;",
        answer: ["Ναι, σε δύο χρώματα.", "Η παράδοση γίνεται σε μία εβδομάδα."],
    },
    Words {
        lang: "ro",
        notice: "Mesajele și apelurile sunt criptate integral. Nimeni din afara acestui chat, nici măcar WhatsApp, nu le poate citi sau asculta.",
        android_media: "<Media omise>",
        ios_media: "imagine omisă",
        question: "Canapeaua este pe stoc?",
        answer: ["Da, în două culori.", "Livrarea durează o săptămână."],
    },
    Words {
        lang: "fi",
        notice: "Viestit ja puhelut ovat päästä päähän -salattuja. Kukaan tämän keskustelun ulkopuolella, ei edes WhatsApp, voi lukea tai kuunnella niitä.",
        android_media: "<Media jätetty pois>",
        ios_media: "kuva jätetty pois",
        question: "Onko sohva varastossa?",
        answer: ["On, kahdessa värissä.", "Toimitus kestää viikon."],
    },
];

/// Every layout: language, iOS or not, and the stamp of 14 March 2026 21:MM (`{m}`), as the
/// phone writes it.
const LAYOUTS: [(&str, bool, &str); 22] = [
    ("en", false, "14/03/2026, 21:{m} - "),
    ("en", false, "3/14/26, 9:{m}\u{202F}PM - "),
    ("en", false, "14/03/2026, 9:{m} pm - "),
    ("it", false, "14/03/26, 21:{m} - "),
    ("it", false, "14/03/26, 9:{m} PM - "),
    ("el", false, "14/3/26, 9:{m} μ.μ. - "),
    ("el", false, "14/3/26, 21:{m} - "),
    ("ro", false, "14.03.2026, 21:{m} - "),
    ("ro", false, "14.03.2026, 9:{m} p.m. - "),
    ("fi", false, "14.3.2026 klo 21.{m} - "),
    ("fi", false, "14.3.2026 klo 9.{m} ip. - "),
    ("en", true, "[14/03/2026, 21:{m}:05] "),
    ("en", true, "[3/14/26, 9:{m}:05\u{202F}PM] "),
    ("en", true, "[14/03/2026, 9:{m}:05 pm] "),
    ("it", true, "[14/03/26, 21:{m}:05] "),
    ("it", true, "[14/03/26, 9:{m}:05 PM] "),
    ("el", true, "[14/3/26, 9:{m}:05 μ.μ.] "),
    ("el", true, "[14/3/26, 21:{m}:05] "),
    ("ro", true, "[14.03.2026, 21:{m}:05] "),
    ("ro", true, "[14.03.2026, 9:{m}:05 p.m.] "),
    ("fi", true, "[14.3.2026 klo 21.{m}.05] "),
    ("fi", true, "[14.3.2026 klo 9.{m}.05 ip.] "),
];

fn stamp(layout: &str, minute: u32) -> String {
    layout.replace("{m}", &format!("{minute:02}"))
}

/// A notice, a question with a photo, a two-line answer, in one layout.
fn chat(lang: &str, ios: bool, layout: &str) -> String {
    let w = WORDS
        .iter()
        .find(|w| w.lang == lang)
        .expect("a known language");
    let s = |m| stamp(layout, m);
    if ios {
        format!(
            "{}Maria 🌸: {LRM}{}\n{}Maria 🌸: {}\n{LRM}{}Maria 🌸: {LRM}{}\n{}Luca: {}\n{}\n",
            s(10),
            w.notice,
            s(14),
            w.question,
            s(15),
            w.ios_media,
            s(16),
            w.answer[0],
            w.answer[1]
        )
    } else {
        format!(
            "{}{}\n{}Maria 🌸: {}\n{}Maria 🌸: {}\n{}Luca: {}\n{}\n",
            s(10),
            w.notice,
            s(14),
            w.question,
            s(15),
            w.android_media,
            s(16),
            w.answer[0],
            w.answer[1]
        )
    }
}

#[test]
fn every_locale_and_platform_reads_in_12_and_24_hour_forms() {
    for (lang, ios, layout) in LAYOUTS {
        let what = format!("{lang} ios={ios} {layout}");
        let w = WORDS.iter().find(|w| w.lang == lang).expect("language");
        let (convs, errors) = wa(&chat(lang, ios, layout));
        assert!(errors.is_empty(), "{what}: {errors:?}");
        assert_eq!(convs.len(), 1, "{what}");
        let c = &convs[0];
        assert_eq!(c.id, "t.whatsapp", "{what}");
        assert_eq!(c.channel, Channel::Chat, "{what}");
        assert_eq!(c.timezone.as_deref(), Some("UTC"), "{what}");
        assert_eq!(c.agent.as_deref(), Some("Luca"), "{what}");
        assert_eq!(
            roles(c),
            [Role::System, Role::Customer, Role::Agent],
            "{what}"
        );
        assert_eq!(c.turns[0].text, w.notice, "{what}");
        assert_eq!(c.turns[0].speaker, None, "{what}");
        assert_eq!(c.turns[1].text, w.question, "{what}");
        assert_eq!(c.turns[1].speaker.as_deref(), Some("Maria 🌸"), "{what}");
        assert_eq!(c.turns[1].attachments, 1, "{what}");
        assert_eq!(
            c.turns[2].text,
            format!("{}\n{}", w.answer[0], w.answer[1]),
            "{what}"
        );
        let sec = if ios { "05" } else { "00" };
        assert_eq!(at(c, 1), format!("2026-03-14T21:14:{sec}+00:00"), "{what}");
        assert_eq!(at(c, 2), format!("2026-03-14T21:16:{sec}+00:00"), "{what}");
        assert_eq!(
            c.started_at.map(|t| t.to_rfc3339()),
            Some(format!("2026-03-14T21:10:{sec}+00:00")),
            "{what}"
        );
    }
}

#[test]
fn exports_are_detected_by_content_and_tact_chat_logs_are_not() {
    for (lang, ios, layout) in LAYOUTS {
        let text = chat(lang, ios, layout);
        assert_eq!(
            tact_readers::detect(text.as_bytes(), Some(Format::Text)),
            Some(Format::WhatsApp),
            "{layout}"
        );
    }
    for log in [
        "[21:03] Agent: hi\n[21:04] Customer: hello\n",
        "[2026-03-06 21:03] Luca (agent): hi\n",
        "2026-03-06 21:03 - Maria: ciao\n",
        "Agent: the order of 14/03/2026, 21:14 - shipped\n",
    ] {
        assert_eq!(
            tact_readers::detect(log.as_bytes(), Some(Format::Text)),
            Some(Format::Text),
            "{log}"
        );
    }
}

#[test]
fn a_line_without_a_stamp_continues_the_message_blank_lines_included() {
    let input = "14/03/2026, 21:14 - Maria 🌸: First line\n\nthird line: with a colon\n21:00 works for me\n14/03/2026, 21:15 - Luca: ok\n\n";
    let (convs, errors) = wa(input);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        texts(&convs[0]),
        [
            "First line\n\nthird line: with a colon\n21:00 works for me",
            "ok"
        ]
    );
}

#[test]
fn media_are_counted_and_not_kept_as_text() {
    let input = format!(
        "14/03/2026, 21:14 - Luca: Here is the catalogue\n\
         14/03/2026, 21:14 - Luca: DOC-20260314-WA0002.pdf (file attached)\n\
         14/03/2026, 21:15 - Maria 🌸: IMG-20260314-WA0003.jpg (file attached)\n\
         Is this the colour?\n\
         14/03/2026, 21:16 - Maria 🌸: <Media omitted>\n\
         14/03/2026, 21:17 - Luca: I sent the form (file attached)\n\
         14/03/2026, 21:18 - Maria 🌸: {LRM}<attached: 00000012-PHOTO-2026-03-14-21-18-05.jpg>\n\
         14/03/2026, 21:19 - Luca: Yes it is {LRM}<This message was edited>\n"
    );
    let (convs, errors) = wa(&input);
    assert!(errors.is_empty(), "{errors:?}");
    let c = &convs[0];
    assert_eq!(
        texts(c),
        [
            "Here is the catalogue",
            "Is this the colour?",
            "I sent the form (file attached)",
            "",
            "Yes it is"
        ]
    );
    let counts: Vec<u32> = c.turns.iter().map(|t| t.attachments).collect();
    assert_eq!(counts, [1, 2, 0, 1, 0]);
    assert_eq!(
        roles(c),
        [
            Role::Agent,
            Role::Customer,
            Role::Agent,
            Role::Customer,
            Role::Agent
        ]
    );
}

#[test]
fn media_markers_of_every_language_are_counted() {
    for w in &WORDS {
        for marker in [w.android_media, w.ios_media] {
            let input =
                format!("14/03/2026, 21:14 - Maria 🌸: {marker}\n14/03/2026, 21:15 - Luca: ok\n");
            let (convs, errors) = wa(&input);
            assert!(errors.is_empty(), "{marker}: {errors:?}");
            assert_eq!(convs[0].turns[0].text, "", "{marker}");
            assert_eq!(convs[0].turns[0].attachments, 1, "{marker}");
        }
    }
}

#[test]
fn notices_become_system_turns_in_every_language() {
    let deleted = [
        ("en", "This message was deleted", "You deleted this message"),
        (
            "it",
            "Questo messaggio è stato eliminato",
            "Hai eliminato questo messaggio",
        ),
        (
            "el",
            "Αυτό το μήνυμα διαγράφηκε",
            "Διαγράψατε αυτό το μήνυμα",
        ),
        ("ro", "Acest mesaj a fost șters", "Ai șters acest mesaj"),
        ("fi", "Tämä viesti poistettiin", "Poistit tämän viestin"),
    ];
    for (w, (lang, theirs, mine)) in WORDS.iter().zip(deleted) {
        assert_eq!(w.lang, lang);
        // iOS signs the notice with the chat's name; here without the U+200E mark, so the
        // wording alone must tell.
        let input = format!(
            "[14/03/2026, 21:10:00] Maria 🌸: {}\n\
             [14/03/2026, 21:14:00] Maria 🌸: {theirs}.\n\
             [14/03/2026, 21:15:00] Luca: {mine}\n\
             [14/03/2026, 21:16:00] Luca: ok\n\
             14/03/2026, 21:17 - Maria 🌸 added Sam\n",
            w.notice
        );
        let (convs, errors) = wa(&input);
        assert!(errors.is_empty(), "{lang}: {errors:?}");
        let c = &convs[0];
        assert_eq!(
            roles(c),
            [
                Role::System,
                Role::System,
                Role::System,
                Role::Agent,
                Role::System
            ],
            "{lang}"
        );
        assert!(c
            .turns
            .iter()
            .filter(|t| t.role == Role::System)
            .all(|t| t.speaker.is_none()));
        assert_eq!(c.turns[4].text, "Maria 🌸 added Sam", "{lang}");
    }
}

#[test]
fn ios_marks_its_own_notices_with_u200e() {
    let input = format!(
        "[14/03/26, 21:14:05] Maria 🌸: Hi\n\
         [14/03/26, 21:15:05] Shop: {LRM}Maria 🌸 added Luca\n\
         [14/03/26, 21:16:05] Luca: {LRM}Missed voice call\n\
         [14/03/26, 21:17:05] Luca: Hello!\n"
    );
    let (convs, errors) = wa(&input);
    assert!(errors.is_empty(), "{errors:?}");
    let c = &convs[0];
    assert_eq!(
        roles(c),
        [Role::Customer, Role::System, Role::System, Role::Agent]
    );
    assert_eq!(c.turns[1].text, "Maria 🌸 added Luca");
}

#[test]
fn names_keep_their_emoji_and_lose_invisible_marks_and_the_ios_tilde() {
    let input = format!(
        "{LRM}[14/03/26, 21:14:05] ~\u{202F}Anna 🌺🌺: Ciao{LRM}!\n\
         [14/03/26, 21:15:05] \u{202A}+39 333 123 4567\u{202C}: Buonasera\n\
         [14/03/26, 21:16:05] Luca 🛋️ Shop: Salve!\n"
    );
    let opts = agents(&["luca 🛋️ shop"]);
    let (convs, errors) = read_with(Format::WhatsApp, input.as_bytes(), &opts);
    assert!(errors.is_empty(), "{errors:?}");
    let c = &convs[0];
    let speakers: Vec<_> = c.turns.iter().map(|t| t.speaker.as_deref()).collect();
    assert_eq!(
        speakers,
        [
            Some("Anna 🌺🌺"),
            Some("+39 333 123 4567"),
            Some("Luca 🛋️ Shop")
        ]
    );
    assert_eq!(c.turns[0].text, "Ciao!");
    assert_eq!(roles(c), [Role::Customer, Role::Customer, Role::Agent]);
}

#[test]
fn agent_names_match_ignoring_case_and_accents() {
    let input =
        "14/3/26, 9:14 μ.μ. - Μαρία ☀️: Καλησπέρα\n14/3/26, 9:15 μ.μ. - Νίκος: Καλησπέρα σας!\n";
    let (convs, errors) = read_with(Format::WhatsApp, input.as_bytes(), &agents(&["ΝΙΚΟΣ"]));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(roles(&convs[0]), [Role::Customer, Role::Agent]);
    assert_eq!(convs[0].agent.as_deref(), Some("Νίκος"));
}

#[test]
fn without_agent_names_one_error_names_the_participants_and_all_read_as_customers() {
    let input = "14/03/2026, 21:10 - Maria 🌸 added Luca\n14/03/2026, 21:14 - Maria 🌸: hi\n14/03/2026, 21:15 - Luca: hello\n14/03/2026, 21:16 - Luca: anything else?\n";
    let (convs, errors) = read_str(Format::WhatsApp, input);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 2);
    let r = &errors[0].reason;
    assert!(r.contains("\"Maria 🌸\", \"Luca\""), "{r}");
    assert!(r.contains("--agent-names"), "{r}");
    assert!(r.contains("customer"), "{r}");
    assert_eq!(
        roles(&convs[0]),
        [Role::System, Role::Customer, Role::Customer, Role::Customer]
    );
    assert_eq!(convs[0].agent, None);

    let (convs, errors) = read_with(Format::WhatsApp, input.as_bytes(), &agents(&["Sam"]));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].reason.contains("\"Sam\""), "{}", errors[0].reason);
    assert_eq!(convs[0].turns.len(), 4);
}

#[test]
fn ambiguous_dates_are_settled_by_a_day_over_12_anywhere_in_the_file() {
    let (convs, errors) = wa("06/03/2026, 21:14 - Maria: hi\n13/03/2026, 09:15 - Luca: hello\n");
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(at(&convs[0], 0), "2026-03-06T21:14:00+00:00");

    let (convs, errors) = wa("03/06/2026, 21:14 - Maria: hi\n03/13/2026, 09:15 - Luca: hello\n");
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(at(&convs[0], 0), "2026-03-06T21:14:00+00:00");
}

#[test]
fn ambiguous_dates_follow_the_language_of_the_export_or_are_reported() {
    // Italian words: day first, nothing to report.
    let (convs, errors) =
        wa("06/03/26, 21:14 - Maria: <Media omessi>\n06/03/26, 21:15 - Luca: ok\n");
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(at(&convs[0], 0), "2026-03-06T21:14:00+00:00");
    // Dots: day first in every locale that writes them.
    let (convs, errors) = wa("06.03.2026, 21:14 - Maria: hi\n06.03.2026, 21:15 - Luca: ok\n");
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(at(&convs[0], 0), "2026-03-06T21:14:00+00:00");
    // The same number twice is not ambiguous.
    let (_, errors) = wa("03/03/2026, 21:14 - Maria: hi\n03/03/2026, 21:15 - Luca: ok\n");
    assert!(errors.is_empty(), "{errors:?}");

    // English and 24 hours: day first, said once.
    let (convs, errors) =
        wa("06/03/2026, 21:14 - Maria: hi\n06/03/2026, 21:15 - Luca: ok\n07/03/2026, 10:00 - Luca: ?\n");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 1);
    assert!(
        errors[0].reason.contains("ambiguous") && errors[0].reason.contains("day/month/year"),
        "{}",
        errors[0].reason
    );
    assert_eq!(convs[0].turns.len(), 3);
    assert_eq!(at(&convs[0], 2), "2026-03-07T10:00:00+00:00");

    // An English 12-hour clock: month first, as US phones write, said once.
    let (convs, errors) = wa("3/6/26, 9:14 PM - Maria: hi\n3/6/26, 9:15 PM - Luca: ok\n");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].reason.contains("month/day/year"),
        "{}",
        errors[0].reason
    );
    assert_eq!(at(&convs[0], 0), "2026-03-06T21:14:00+00:00");
}

#[test]
fn an_impossible_date_is_an_error_naming_the_line_and_the_rest_is_kept() {
    let input = "14/03/2026, 21:14 - Maria 🌸: hi\n32/13/2026, 21:15 - Maria 🌸: broken stamp\nand its second line\n14/03/2026, 21:16 - Luca: hello\n";
    let (convs, errors) = wa(input);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0]
            .to_string()
            .starts_with("t.whatsapp:2: impossible date 32/13/2026"),
        "{}",
        errors[0]
    );
    let c = &convs[0];
    assert_eq!(
        texts(c),
        ["hi", "broken stamp\nand its second line", "hello"]
    );
    assert_eq!(at(c, 1), "none");
    assert_eq!(at(c, 2), "2026-03-14T21:16:00+00:00");
}

#[test]
fn dates_against_the_files_order_and_impossible_times_are_errors() {
    let input = "14/03/2026, 21:14 - Maria: a\n15/03/2026, 21:14 - Maria: b\n03/16/2026, 21:15 - Luca: c\n16/03/2026, 25:10 - Luca: d\n16/03/2026, 1:10 p.m. - Luca: e\n16/03/2026, 13:10 PM - Luca: f\n";
    let (convs, errors) = wa(input);
    let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [3, 4, 6], "{errors:?}");
    assert!(errors[0].reason.contains("impossible date 03/16/2026"));
    assert!(errors[1].reason.contains("impossible time 25:10"));
    assert_eq!(convs[0].turns.len(), 6);
    assert_eq!(at(&convs[0], 4), "2026-03-16T13:10:00+00:00");
}

#[test]
fn invalid_utf8_stray_text_and_times_going_back_are_reported_and_the_rest_read() {
    let mut input = b"preamble line\n14/03/2026, 21:14 - Maria: hi\nbad \xFF byte\n".to_vec();
    input.extend_from_slice(b"14/03/2026, 21:10 - Luca: hello\n");
    let (convs, errors) = read_with(Format::WhatsApp, &input, &agents(&["Luca"]));
    let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [1, 3, 4], "{errors:?}");
    assert!(errors[0]
        .reason
        .contains("before the first WhatsApp message"));
    assert!(errors[1].reason.contains("UTF-8"));
    assert!(errors[2]
        .reason
        .starts_with("turn 2: time 2026-03-14T21:10:00"));
    assert_eq!(texts(&convs[0]), ["hi", "hello"]);
}

#[test]
fn a_file_without_messages_is_one_error() {
    for input in ["", "hello\nworld\n", "[21:03] Agent: hi\n"] {
        let (convs, errors) = wa(input);
        assert!(convs.is_empty(), "{input}");
        assert_eq!(errors.len(), 1, "{input}: {errors:?}");
        assert!(errors[0].reason.starts_with("no WhatsApp messages"));
    }
}

#[test]
fn a_bom_and_crlf_line_ends_change_nothing() {
    let input = chat("it", true, "[14/03/26, 21:{m}:05] ");
    let (plain, errors) = wa(&input);
    assert!(errors.is_empty(), "{errors:?}");
    let crlf = format!("\u{FEFF}{}", input.replace('\n', "\r\n"));
    let (got, errors) = wa(&crlf);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(got, plain);
}

#[test]
fn an_io_error_mid_stream_reaches_the_sink() {
    let data = "14/03/2026, 21:14 - Maria: hi\n14/03/2026, 21:15 - Lu";
    assert_io_error_reaches_the_sink(Format::WhatsApp, data, &agents(&["Luca"]));
}

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in entries {
        w.start_file(*name, zip::write::SimpleFileOptions::default())
            .expect("start");
        w.write_all(data).expect("write");
    }
    w.finish().expect("finish").into_inner()
}

#[test]
fn a_zip_export_reads_its_chat_and_counts_the_media_it_names() {
    let ios = format!(
        "[14/03/26, 21:14:05] Maria 🌸: Hi\n{LRM}[14/03/26, 21:14:30] Maria 🌸: {LRM}<attached: 00000003-PHOTO-2026-03-14-21-14-30.jpg>\n[14/03/26, 21:15:05] Luca: Hello\n"
    );
    let android = "14/03/2026, 21:14 - Maria 🌸: Hi\n14/03/2026, 21:14 - Maria 🌸: IMG-20260314-WA0001.jpg (file attached)\n14/03/2026, 21:15 - Luca: Hello\n";
    let cases: [(Vec<u8>, &str); 3] = [
        (
            zip_of(&[
                ("00000003-PHOTO-2026-03-14-21-14-30.jpg", b"\xFF\xD8\xFF"),
                ("_chat.txt", ios.as_bytes()),
            ]),
            "iOS",
        ),
        (
            zip_of(&[
                ("WhatsApp Chat with Maria 🌸.txt", android.as_bytes()),
                ("IMG-20260314-WA0001.jpg", b"\xFF\xD8\xFF"),
            ]),
            "Android",
        ),
        (
            zip_of(&[
                ("notes.txt", b"not the chat\n"),
                ("Chat WhatsApp con Maria.txt", android.as_bytes()),
            ]),
            "a second text",
        ),
    ];
    for (bytes, what) in cases {
        assert_eq!(
            tact_readers::detect(&bytes, Format::from_path(std::path::Path::new("c.zip"))),
            Some(Format::WhatsApp)
        );
        let (convs, errors) = read_with(Format::WhatsApp, &bytes, &agents(&["Luca"]));
        assert!(errors.is_empty(), "{what}: {errors:?}");
        let c = &convs[0];
        assert_eq!(c.id, "t.whatsapp", "{what}");
        assert_eq!(texts(c), ["Hi", "Hello"], "{what}");
        assert_eq!(c.turns[0].attachments, 1, "{what}");
    }
}

#[test]
fn a_zip_without_a_chat_is_one_clear_error() {
    let bytes = zip_of(&[("IMG-1.jpg", b"x"), ("IMG-2.jpg", b"y")]);
    let (convs, errors) = read_with(Format::WhatsApp, &bytes, &agents(&["Luca"]));
    assert!(convs.is_empty());
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 1);
    assert!(
        errors[0].reason.starts_with("no chat text in the zip")
            && errors[0].reason.contains("2 other files"),
        "{}",
        errors[0].reason
    );
}

#[test]
fn zip_errors_name_the_entry_and_broken_or_large_zips_are_reported() {
    let bytes = zip_of(&[(
        "_chat.txt",
        b"[14/03/26, 21:14:05] Maria: hi\n[32/13/26, 21:15:05] Luca: hello\n",
    )]);
    let (convs, errors) = read_with(Format::WhatsApp, &bytes, &agents(&["Luca"]));
    assert_eq!(convs.len(), 1);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0]
            .to_string()
            .starts_with("t.whatsapp/_chat.txt:2: impossible date"),
        "{}",
        errors[0]
    );

    let opts = ReadOptions {
        max_record_bytes: 100,
        ..agents(&["Luca"])
    };
    let (convs, errors) = read_with(Format::WhatsApp, &bytes, &opts);
    assert!(convs.is_empty());
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].reason.starts_with("record too large"));

    let (convs, errors) = read_with(Format::WhatsApp, b"PK\x03\x04 not really a zip", &opts);
    assert!(convs.is_empty());
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].reason.starts_with("not a readable zip"));
}

/// Pieces that reach the stamp, sender and marker paths when shuffled together.
const FRAGMENTS: &[&str] = &[
    "\n",
    "\r\n",
    "\u{200E}",
    "\u{202F}",
    "[",
    "]",
    "14/03/2026, ",
    "3/14/26, ",
    "32/13/26, ",
    "14.3.2026 klo ",
    "06.03.2026 ",
    "21:14",
    "9.14",
    ":05",
    " PM",
    " μ.μ.",
    " ip.",
    " - ",
    " – ",
    "Maria 🌸: ",
    "Luca: ",
    "~ ",
    ": ",
    ":",
    "<Media omitted>",
    "image omitted",
    "<attached: x.jpg>",
    "<",
    ">",
    "IMG-1.jpg (file attached)",
    "(",
    ")",
    "This message was deleted.",
    "Messages and calls are end-to-end encrypted",
    "hello",
    " ",
];

fn check(input: &[u8], max: usize) {
    let opts = ReadOptions {
        max_record_bytes: max,
        ..agents(&["luca"])
    };
    let (convs, errors) = read_with(Format::WhatsApp, input, &opts);
    for c in &convs {
        assert!(!c.turns.is_empty());
        assert_eq!(c.id, "t.whatsapp");
    }
    for e in &errors {
        assert!(e.line >= 1 && !e.reason.is_empty(), "{e}");
    }
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600),
                                   zip in any::<bool>(), max in 8usize..400) {
        let mut input = if zip { b"PK\x03\x04".to_vec() } else { Vec::new() };
        input.extend_from_slice(&bytes);
        check(&input, max);
        check(&input, tact_readers::DEFAULT_MAX_RECORD_BYTES);
    }

    #[test]
    fn shuffled_fragments_never_panic(
        picks in proptest::collection::vec(0..FRAGMENTS.len(), 0..80)
    ) {
        let input: String = picks.iter().map(|i| FRAGMENTS[*i]).collect();
        check(input.as_bytes(), tact_readers::DEFAULT_MAX_RECORD_BYTES);
        check(&zip_of(&[("_chat.txt", input.as_bytes())]), tact_readers::DEFAULT_MAX_RECORD_BYTES);
    }

    #[test]
    fn a_generated_chat_round_trips_its_messages(
        layout in 0..LAYOUTS.len(),
        messages in proptest::collection::vec(
            (any::<bool>(), proptest::collection::vec("[A-Za-zÀ-ÿΑ-ω][A-Za-zÀ-ÿΑ-ω ,!?]{0,20}[A-Za-zÀ-ÿΑ-ω!?]", 1..4)),
            1..20,
        ),
    ) {
        let (_, ios, template) = LAYOUTS[layout];
        let mut input = String::new();
        for (minute, (agent, lines)) in messages.iter().enumerate() {
            let name = if *agent { "Luca" } else { "Maria 🌸" };
            let minute = u32::try_from(minute).expect("small");
            input.push_str(&format!("{}{name}: {}\n", stamp(template, minute), lines.join("\n")));
        }
        let (convs, errors) = wa(&input);
        // A chat where Luca never speaks is reported (no agent), nothing else.
        let agent_speaks = messages.iter().any(|(a, _)| *a);
        prop_assert_eq!(errors.len(), usize::from(!agent_speaks), "{:?}", errors);
        let c = &convs[0];
        prop_assert_eq!(c.turns.len(), messages.len());
        let sec = if ios { "05" } else { "00" };
        for (i, (t, (agent, lines))) in c.turns.iter().zip(&messages).enumerate() {
            prop_assert_eq!(&t.text, &lines.join("\n"));
            prop_assert_eq!(t.role, if *agent { Role::Agent } else { Role::Customer });
            prop_assert_eq!(t.speaker.as_deref(), Some(if *agent { "Luca" } else { "Maria 🌸" }));
            let want = format!("2026-03-14T21:{i:02}:{sec}+00:00");
            prop_assert_eq!(t.at.map(|a| a.to_rfc3339()), Some(want));
        }
    }
}

#[test]
fn each_sample_has_a_notice_media_a_multi_line_message_and_both_sides() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/formats");
    let mut seen = Vec::new();
    for entry in std::fs::read_dir(dir).expect("samples/formats exists") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        if !name.starts_with("whatsapp-") {
            continue;
        }
        let bytes = std::fs::read(&path).expect("readable");
        let (convs, errors) =
            read_with(Format::WhatsApp, &bytes, &super::samples::sample_options());
        assert!(errors.is_empty(), "{name}: {errors:?}");
        let c = &convs[0];
        assert_eq!(c.turns[0].role, Role::System, "{name}");
        assert!(c.turns.iter().any(|t| t.attachments > 0), "{name}");
        assert!(c.turns.iter().any(|t| t.text.contains('\n')), "{name}");
        assert!(c.agent.is_some(), "{name}");
        let customer = c
            .turns
            .iter()
            .find(|t| t.role == Role::Customer)
            .and_then(|t| t.speaker.as_deref())
            .unwrap_or_else(|| panic!("{name}: no customer"));
        assert!(
            customer.chars().any(|ch| ch as u32 >= 0x2600),
            "{name}: {customer}"
        );
        assert!(c.turns.iter().all(|t| t.at.is_some()), "{name}");
        seen.push(name);
    }
    seen.sort();
    let mut want = vec!["whatsapp-fi-ios.zip".to_string()];
    for lang in ["en", "it", "el", "ro", "fi"] {
        for platform in ["android", "ios"] {
            want.push(format!("whatsapp-{lang}-{platform}.txt"));
        }
    }
    want.sort();
    assert_eq!(seen, want);
}
