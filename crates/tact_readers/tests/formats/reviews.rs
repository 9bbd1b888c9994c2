//! Reviews with the business's reply: each layout mapped field by field, ratings as outcomes,
//! the unanswered review as one turn, malformed input reported by line with the rest kept,
//! detection by content, and property tests.

use super::*;
use proptest::prelude::*;
use std::path::Path;
use tact_model::{Channel, Role};

fn reviews(input: &str) -> (Vec<Conversation>, Vec<ReadError>) {
    read_str(Format::Reviews, input)
}

fn texts(c: &Conversation) -> Vec<(Role, &str)> {
    c.turns.iter().map(|t| (t.role, t.text.as_str())).collect()
}

fn at(t: &tact_model::Turn) -> Option<String> {
    t.at.map(|a| a.to_rfc3339())
}

const GOOGLE: &str = r#"{
  "reviews": [
    {
      "name": "accounts/1/locations/2/reviews/g-1",
      "reviewId": "g-1",
      "reviewer": {"displayName": "Anna", "isAnonymous": false},
      "starRating": "FOUR",
      "comment": "Fast delivery, but the box was damaged.",
      "createTime": "2026-03-01T10:00:00.123Z",
      "updateTime": "2026-03-04T10:00:00Z",
      "reviewReply": {"comment": "Sorry about the box, Anna!", "updateTime": "2026-03-02T09:30:00Z"}
    },
    {
      "reviewId": "g-2",
      "reviewer": {"isAnonymous": true},
      "starRating": "STAR_RATING_UNSPECIFIED",
      "comment": "Ottimo negozio.",
      "createTime": "2026-03-03T08:00:00Z"
    }
  ],
  "averageRating": 4.5,
  "totalReviewCount": 2,
  "nextPageToken": "abc"
}
"#;

#[test]
fn google_business_profile_reviews_map_field_by_field() {
    let (convs, errors) = reviews(GOOGLE);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(convs.len(), 2);
    let c = &convs[0];
    assert_eq!(c.id, "g-1");
    assert_eq!(c.channel, Channel::Review);
    assert_eq!(c.outcome.as_deref(), Some("rating:4/5"));
    assert_eq!(c.language, None);
    assert_eq!(c.agent, None);
    assert_eq!(
        texts(c),
        [
            (Role::Customer, "Fast delivery, but the box was damaged."),
            (Role::Agent, "Sorry about the box, Anna!"),
        ]
    );
    assert_eq!(c.turns[0].speaker.as_deref(), Some("Anna"));
    assert_eq!(
        at(&c.turns[0]).as_deref(),
        Some("2026-03-01T10:00:00.123+00:00")
    );
    assert_eq!(
        at(&c.turns[1]).as_deref(),
        Some("2026-03-02T09:30:00+00:00")
    );
    assert_eq!(c.started_at, c.turns[0].at);
    let unanswered = &convs[1];
    assert_eq!(unanswered.id, "g-2");
    assert_eq!(unanswered.outcome, None, "unspecified rating");
    assert_eq!(texts(unanswered), [(Role::Customer, "Ottimo negozio.")]);
    assert_eq!(unanswered.turns[0].speaker, None);
}

const TRUSTPILOT: &str = r#"{
  "links": [{"href": "https://api.example/next", "method": "GET", "rel": "next-page"}],
  "reviews": [
    {
      "id": "tp-1",
      "stars": 2,
      "title": "Αργή επιστροφή",
      "text": "Περίμενα τρεις εβδομάδες.",
      "language": "el",
      "createdAt": "2026-02-01T12:00:00+02:00",
      "consumer": {"id": "c1", "displayName": "Ελένη"},
      "companyReply": {
        "text": "Σύμφωνα με τους όρους, η επιστροφή διαρκεί 30 ημέρες.",
        "authorBusinessUserName": "Νίκος",
        "createdAt": "2026-02-02T09:00:00+02:00",
        "updatedAt": "2026-02-05T09:00:00+02:00"
      }
    }
  ]
}"#;

#[test]
fn trustpilot_reviews_join_title_and_text_and_name_the_replier() {
    let (convs, errors) = reviews(TRUSTPILOT);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(convs.len(), 1);
    let c = &convs[0];
    assert_eq!(c.id, "tp-1");
    assert_eq!(c.language.as_deref(), Some("el"));
    assert_eq!(c.outcome.as_deref(), Some("rating:2/5"));
    assert_eq!(c.agent.as_deref(), Some("Νίκος"));
    assert_eq!(
        c.turns[0].text,
        "Αργή επιστροφή\n\nΠερίμενα τρεις εβδομάδες."
    );
    assert_eq!(c.turns[0].speaker.as_deref(), Some("Ελένη"));
    assert_eq!(c.turns[1].role, Role::Agent);
    assert_eq!(c.turns[1].speaker.as_deref(), Some("Νίκος"));
    assert_eq!(
        at(&c.turns[1]).as_deref(),
        Some("2026-02-02T09:00:00+02:00"),
        "createdAt before updatedAt"
    );
}

#[test]
fn generic_json_reads_as_an_array_as_json_lines_and_as_one_object() {
    let array = r#"[
  {"id": 7, "rating": "4.5", "review": "Bella esperienza", "reply": "Grazie!", "author": "Marta",
   "date": "2026-03-01", "reply_date": "2026-03-02 10:15", "language": "it", "reply_author": "Luca"},
  {"id": "r-2", "rating": 3, "text": "Ok.", "reply": {"text": "Kiitos!", "date": "2026-03-04"}, "language": "fi"}
]"#;
    let (convs, errors) = reviews(array);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(convs.len(), 2);
    let c = &convs[0];
    assert_eq!(c.id, "7", "a numeric id is kept as text");
    assert_eq!(c.outcome.as_deref(), Some("rating:4.5/5"));
    assert_eq!(c.language.as_deref(), Some("it"));
    assert_eq!(c.agent.as_deref(), Some("Luca"));
    assert_eq!(c.turns[0].speaker.as_deref(), Some("Marta"));
    assert_eq!(
        at(&c.turns[0]).as_deref(),
        Some("2026-03-01T00:00:00+00:00")
    );
    assert_eq!(
        at(&c.turns[1]).as_deref(),
        Some("2026-03-02T10:15:00+00:00")
    );
    assert_eq!(
        texts(&convs[1]),
        [(Role::Customer, "Ok."), (Role::Agent, "Kiitos!")]
    );
    assert_eq!(
        at(&convs[1].turns[1]).as_deref(),
        Some("2026-03-04T00:00:00+00:00")
    );

    let lines = "{\"rating\": 5, \"review\": \"Super\"}\n\n{\"rating\": 1, \"review\": \"Rău\", \"reply\": \"Ne pare rău.\"}\n";
    let (convs, errors) = reviews(lines);
    assert!(errors.is_empty(), "{errors:?}");
    let ids: Vec<_> = convs.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        ["t.reviews:1", "t.reviews:3"],
        "file:line without an id"
    );

    let (convs, errors) = reviews(r#"{"stars": 4, "comment": "Fine", "reviewer": "Jo"}"#);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(convs[0].turns[0].speaker.as_deref(), Some("Jo"));
    assert_eq!(convs[0].outcome.as_deref(), Some("rating:4/5"));
}

#[test]
fn csv_columns_are_found_by_common_names_in_any_case() {
    let input = "Review ID;Reviewer;Stars;Date;Review Text;Owner Reply;Reply Date;Language\n\
                 r1;Ana;4,5;2026-03-01 09:00;\"Mâncare bună,\n\"\"servire\"\" lentă\";Mulțumim!;2026-03-01 12:00;ro\n\
                 r2;Pekka;2;2026-03-02;Huono.;;;fi\n";
    let (convs, errors) = reviews(input);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(convs.len(), 2);
    let c = &convs[0];
    assert_eq!(c.id, "r1");
    assert_eq!(c.channel, Channel::Review);
    assert_eq!(c.outcome.as_deref(), Some("rating:4.5/5"));
    assert_eq!(c.language.as_deref(), Some("ro"));
    assert_eq!(
        texts(c),
        [
            (Role::Customer, "Mâncare bună,\n\"servire\" lentă"),
            (Role::Agent, "Mulțumim!")
        ]
    );
    assert_eq!(c.turns[0].speaker.as_deref(), Some("Ana"));
    assert_eq!(
        at(&c.turns[1]).as_deref(),
        Some("2026-03-01T12:00:00+00:00")
    );
    assert_eq!(texts(&convs[1]), [(Role::Customer, "Huono.")]);
    assert_eq!(convs[1].outcome.as_deref(), Some("rating:2/5"));
}

#[test]
fn csv_ids_default_to_file_and_line_and_bom_and_crlf_are_tolerated() {
    let input = "rating,comment,response\n5,\"Great,\nreally\",Thanks\n1,Bad,\n";
    let (convs, errors) = reviews(input);
    assert!(errors.is_empty(), "{errors:?}");
    let ids: Vec<_> = convs.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["t.reviews:2", "t.reviews:4"]);
    assert_bom_and_crlf_tolerated(Format::Reviews, input);
    assert_bom_and_crlf_tolerated(Format::Reviews, GOOGLE);
}

#[test]
fn a_review_without_a_reply_is_one_turn_and_a_bare_reply_is_one_agent_turn() {
    let (convs, errors) =
        reviews("rating,review,reply\n2,Nobody answered me,\n4,,Thank you for the stars!\n");
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(texts(&convs[0]), [(Role::Customer, "Nobody answered me")]);
    assert_eq!(
        texts(&convs[1]),
        [(Role::Agent, "Thank you for the stars!")]
    );
    assert_eq!(convs[1].outcome.as_deref(), Some("rating:4/5"));
}

#[test]
fn ratings_keep_their_scale_and_star_words_become_numbers() {
    let input = "rating,review\nFIVE,a\ntwo,b\n8/10,c\n 3 ,d\n,e\n";
    let (convs, errors) = reviews(input);
    assert!(errors.is_empty(), "{errors:?}");
    let outcomes: Vec<_> = convs.iter().map(|c| c.outcome.as_deref()).collect();
    assert_eq!(
        outcomes,
        [
            Some("rating:5/5"),
            Some("rating:2/5"),
            Some("rating:8/10"),
            Some("rating:3/5"),
            None
        ]
    );
    let (convs, errors) = reviews("rating,review\n8,on a scale of ten?\n");
    assert!(convs.is_empty());
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].reason.contains("not between 1 and 5 stars"),
        "{}",
        errors[0].reason
    );
}

#[test]
fn bad_json_reviews_name_their_line_and_the_others_are_read() {
    let input = r#"[
{"id": "a", "rating": 5, "review": "Great", "reply": "Thanks"},
{"id": "b", "rating": 4},
{"id": "c", "rating": "excellent", "review": "Nice"},
{"id": "d", "rating": 3, "review": "Ok", "date": "yesterday"},
"just a string",
{"id": "e", "rating": 2, "review": "Meh",
 "reply": "Sorry", "reply_date": "2026-03-01", "date": "2026-03-05"},
{"id": "f", "review": ["not", "text"]}
]"#;
    let (convs, errors) = reviews(input);
    let ids: Vec<_> = convs.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["a", "e"]);
    let got: Vec<(usize, &str)> = errors.iter().map(|e| (e.line, e.reason.as_str())).collect();
    assert_eq!(got.len(), 6, "{got:#?}");
    assert_eq!(got[0].0, 3);
    assert!(
        got[0]
            .1
            .starts_with("review 2: neither review text nor a reply"),
        "{}",
        got[0].1
    );
    assert_eq!(got[1].0, 4);
    assert!(
        got[1]
            .1
            .starts_with("review 3: rating \"excellent\" is not a rating"),
        "{}",
        got[1].1
    );
    assert_eq!(got[2].0, 5);
    assert!(
        got[2]
            .1
            .starts_with("review 4: bad date \"yesterday\" in \"date\""),
        "{}",
        got[2].1
    );
    assert_eq!(
        got[3],
        (6, "review 5: expected a review object, found a string")
    );
    assert_eq!(
        got[4].0, 7,
        "a reply before its review is reported, the review kept"
    );
    assert!(
        got[4].1.starts_with("turn 2: time 2026-03-01"),
        "{}",
        got[4].1
    );
    assert_eq!(got[5].0, 9);
    assert!(
        got[5].1.contains("\"review\" is an array, not text"),
        "{}",
        got[5].1
    );
}

#[test]
fn broken_json_syntax_stops_at_its_line_and_keeps_what_came_before() {
    let input = "{\"reviews\": [\n{\"id\": \"a\", \"review\": \"x\"},\n{\"id\": \"b\", \"review\": },\n{\"id\": \"c\", \"review\": \"y\"}\n]}\n";
    let (convs, errors) = reviews(input);
    assert_eq!(convs.len(), 1);
    assert_eq!(convs[0].id, "a");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 3);
    assert!(
        errors[0].reason.starts_with("review 2: "),
        "{}",
        errors[0].reason
    );
    assert!(errors[0]
        .reason
        .ends_with("the rest of the file is not read"));

    let (convs, errors) = reviews("{\"reviews\": [{\"review\": \"x\"}\n");
    assert_eq!(convs.len(), 1);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].reason.contains("the array is not closed"));
}

#[test]
fn a_review_over_the_record_limit_is_reported_and_the_next_is_read() {
    let opts = ReadOptions {
        max_record_bytes: 120,
        ..ReadOptions::default()
    };
    let long = "y".repeat(2_000);
    let wrapped = format!(
        "{{\"reviews\": [\n{{\"id\": \"a\", \"review\": \"{long}\"}},\n{{\"id\": \"b\", \"review\": \"ok\"}}\n]}}\n"
    );
    let lines = format!(
        "{{\"id\": \"a\", \"review\": \"{long}\"}}\n{{\"id\": \"b\", \"review\": \"ok\"}}\n"
    );
    let csv = format!("id,rating,review\na,5,\"{long}\"\nb,4,ok\n");
    for (input, line) in [(wrapped, 2), (lines, 1), (csv, 2)] {
        let (convs, errors) = read_with(Format::Reviews, input.as_bytes(), &opts);
        let ids: Vec<_> = convs.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["b"], "{errors:?}");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].line, line);
        assert!(
            errors[0]
                .reason
                .ends_with("record too large (over 120 bytes; raise --max-record-bytes)")
                || errors[0].reason.contains("record limit of 120 bytes"),
            "{}",
            errors[0].reason
        );
    }
}

#[test]
fn bad_csv_rows_name_their_line_and_an_unclosed_quote_stops_at_the_next_review() {
    let input = "id,rating,review,reply,date
a,5,Great,Thanks,2026-03-01
b,4,,,2026-03-02
c,excellent,Nice,,2026-03-03
d,3,Ok,,yesterday
e,2,\"Unclosed quote here,,2026-03-04
and a second line of it
f,1,Bad,Sorry,2026-03-05
";
    let (convs, errors) = reviews(input);
    let ids: Vec<_> = convs.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["a", "f"]);
    let lines: Vec<_> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [3, 4, 5, 6], "{errors:?}");
    assert!(errors[0]
        .reason
        .starts_with("neither review text nor a reply"));
    assert!(errors[1]
        .reason
        .starts_with("rating \"excellent\" is not a rating"));
    assert!(errors[1].reason.ends_with("(in \"rating\")"));
    assert!(errors[2]
        .reason
        .starts_with("bad date \"yesterday\" in \"date\""));
    assert_eq!(
        errors[3].reason,
        "unterminated quote in column \"review\" opened here; line 8 starts a new review, so \
         lines 6–7 are skipped and reading resumes there"
    );
}

#[test]
fn a_csv_without_a_text_or_reply_column_is_one_error() {
    let (convs, errors) = reviews("name,score\nx,5\n");
    assert!(convs.is_empty());
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 1);
    assert!(
        errors[0]
            .reason
            .starts_with("the header has no review text or reply column"),
        "{}",
        errors[0].reason
    );
    let (_, errors) = reviews("");
    assert_eq!(errors.len(), 1);
    assert!(errors[0].reason.starts_with("empty input"), "{errors:?}");
}

fn detected(head: &str, ext: Option<Format>) -> Option<Format> {
    tact_readers::detect(head.as_bytes(), ext)
}

#[test]
fn review_exports_are_detected_by_content_and_tact_formats_are_not_claimed() {
    assert_eq!(detected(GOOGLE, Some(Format::Json)), Some(Format::Reviews));
    assert_eq!(detected(TRUSTPILOT, None), Some(Format::Reviews));
    let generic = r#"[{"id": "r1", "rating": 4, "review": "Good", "reply": "Thanks"}]"#;
    assert_eq!(detected(generic, Some(Format::Json)), Some(Format::Reviews));
    let line = r#"{"rating": 4, "reply": "Thanks", "text": "Good"}"#;
    assert_eq!(detected(line, Some(Format::Jsonl)), Some(Format::Reviews));
    for csv in [
        "review_id,reviewer,rating,date,review,owner_reply\n",
        "\u{FEFF}\"Stars\";\"Review Text\";\"Response\"\r\n",
        "Rating\tComment\n",
    ] {
        assert_eq!(
            detected(csv, Some(Format::Csv)),
            Some(Format::Reviews),
            "{csv}"
        );
    }

    let tact_json = r#"{"id": "c1", "outcome": "rating:4/5", "turns": [{"role": "customer", "text": "my \"rating\": 1, \"review\": bad"}]}"#;
    assert_eq!(
        detected(tact_json, Some(Format::Jsonl)),
        Some(Format::Jsonl)
    );
    let tact_array = r#"[{"id": "c1", "rating": 4, "review": "x", "turns": []}]"#;
    assert_eq!(detected(tact_array, Some(Format::Json)), Some(Format::Json));
    let no_reply_or_review = r#"{"rating": 4, "text": "Good"}"#;
    assert_eq!(
        detected(no_reply_or_review, Some(Format::Json)),
        Some(Format::Json)
    );
    for csv in [
        "conversation_id,role,text\n",
        "conversation_id,role,text,rating,review\n",
        "id,score,comment\n",
        "id,rating,product\n",
    ] {
        assert_eq!(detected(csv, Some(Format::Csv)), Some(Format::Csv), "{csv}");
    }
    assert_eq!(
        detected("Agent: your rating, review\n", Some(Format::Text)),
        Some(Format::Text)
    );
}

fn sample_file(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../samples/formats")
        .join(name);
    std::fs::read(path).expect("sample exists")
}

#[test]
fn the_samples_read_in_five_languages_with_argumentative_and_missing_replies() {
    let cases: [(&str, &[&str], &[&str]); 3] = [
        (
            "reviews-google.json",
            &[
                "rating:4/5",
                "rating:2/5",
                "rating:1/5",
                "rating:5/5",
                "rating:3/5",
            ],
            &[],
        ),
        (
            "reviews-trustpilot.json",
            &[
                "rating:2/5",
                "rating:5/5",
                "rating:1/5",
                "rating:3/5",
                "rating:4/5",
            ],
            &["Sam", "Luca", "Νίκος", "Andrei", "Aino"],
        ),
        (
            "reviews.csv",
            &[
                "rating:1/5",
                "rating:5/5",
                "rating:2/5",
                "rating:4/5",
                "rating:3/5",
                "rating:2/5",
            ],
            &["Sam", "Luca", "Νίκος", "Elena", "Aino"],
        ),
    ];
    for (name, outcomes, agents) in cases {
        let bytes = sample_file(name);
        let head = &bytes[..bytes.len().min(tact_readers::HEAD_BYTES)];
        let ext = Format::from_path(Path::new(name));
        assert_eq!(
            tact_readers::detect(head, ext),
            Some(Format::Reviews),
            "{name}"
        );
        let (convs, errors) = read_with(Format::Reviews, &bytes, &ReadOptions::default());
        assert!(errors.is_empty(), "{name}: {errors:?}");
        let got: Vec<_> = convs.iter().filter_map(|c| c.outcome.as_deref()).collect();
        assert_eq!(got, outcomes, "{name}");
        let got: Vec<_> = convs.iter().filter_map(|c| c.agent.as_deref()).collect();
        assert_eq!(got, agents, "{name}");
        assert!(convs.iter().all(|c| c.channel == Channel::Review));
        assert!(convs
            .iter()
            .all(|c| c.turns[0].role == Role::Customer && c.turns[0].at.is_some()));
    }
    let (convs, _) = read_with(
        Format::Reviews,
        &sample_file("reviews.csv"),
        &ReadOptions::default(),
    );
    let unanswered: Vec<_> = convs.iter().filter(|c| c.turns.len() == 1).collect();
    assert_eq!(unanswered.len(), 1);
    assert_eq!(unanswered[0].id, "csv-en-06");
    let languages: Vec<_> = convs.iter().filter_map(|c| c.language.as_deref()).collect();
    assert_eq!(languages, ["en", "it", "el", "ro", "fi", "en"]);
}

#[test]
fn a_reviews_array_is_streamed_review_by_review() {
    let mut json = String::from("{\"nextPageToken\": \"x\", \"reviews\": [\n");
    for i in 0..2000 {
        json.push_str(&format!(
            "{}{{\"reviewId\": \"g{i}\", \"starRating\": \"FIVE\", \"comment\": \"ok\"}}\n",
            if i == 0 { "" } else { "," }
        ));
    }
    json.push_str("]}\n");
    assert_streamed(Format::Reviews, &json, 2000);
}

/// A review as an export would hold it.
#[derive(Debug, Clone)]
struct Generated {
    id: String,
    author: Option<String>,
    rating: u8,
    text: String,
    reply: Option<String>,
    date: Option<i64>,
    reply_after: i64,
    language: Option<String>,
}

fn words() -> impl Strategy<Value = String> {
    prop_oneof![
        // No digits: a line of a quoted text must not look like a row of its own.
        "[a-zA-Z ,.;:!?'\"\n\t€]{1,40}",
        "[α-ωΑ-Ωάέήίόύώ ,.;]{1,40}",
        "[a-zäöåÄÖ ,.]{1,40}",
        "[a-zăâîșțĂÂÎȘȚ ,.\"]{1,40}",
    ]
    .prop_map(|s| s.trim().to_string())
    .prop_filter("some text", |s| !s.is_empty())
}

fn generated() -> impl Strategy<Value = Generated> {
    (
        "[a-z0-9-]{1,12}",
        prop::option::of("[A-Za-zΑ-Ωα-ω]{1,12}"),
        1u8..=5,
        words(),
        prop::option::of(words()),
        prop::option::of(946_684_800i64..1_900_000_000),
        0i64..1_000_000,
        prop::option::of("(en|it|el|ro|fi)"),
    )
        .prop_map(
            |(id, author, rating, text, reply, date, reply_after, language)| Generated {
                id,
                author,
                rating,
                text,
                reply,
                date,
                reply_after,
                language,
            },
        )
}

fn stamp(secs: i64) -> String {
    chrono::DateTime::from_timestamp(secs, 0)
        .map(|t| t.to_rfc3339())
        .unwrap_or_default()
}

fn as_json(g: &Generated) -> serde_json::Value {
    serde_json::json!({
        "id": g.id,
        "author": g.author,
        "rating": g.rating,
        "review": g.text,
        "reply": g.reply,
        "date": g.date.map(stamp),
        "reply_date": g.date.map(|d| stamp(d + g.reply_after)),
        "language": g.language,
    })
}

fn as_csv(all: &[Generated]) -> Vec<u8> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let header = [
        "id",
        "author",
        "rating",
        "review",
        "reply",
        "date",
        "reply_date",
        "language",
    ];
    w.write_record(header).expect("header");
    for g in all {
        let opt = |o: &Option<String>| o.clone().unwrap_or_default();
        w.write_record([
            g.id.clone(),
            opt(&g.author),
            g.rating.to_string(),
            g.text.clone(),
            opt(&g.reply),
            g.date.map(stamp).unwrap_or_default(),
            g.date.map(|d| stamp(d + g.reply_after)).unwrap_or_default(),
            opt(&g.language),
        ])
        .expect("row");
    }
    w.into_inner().expect("flushed")
}

fn assert_same(got: &[Conversation], want: &[Generated]) {
    assert_eq!(got.len(), want.len());
    for (c, g) in got.iter().zip(want) {
        assert_eq!(c.id, g.id);
        assert_eq!(c.outcome, Some(format!("rating:{}/5", g.rating)));
        assert_eq!(c.language, g.language);
        assert_eq!(c.turns[0].text, g.text);
        assert_eq!(c.turns[0].speaker, g.author);
        assert_eq!(c.turns[0].at.map(|t| t.timestamp()), g.date);
        let reply = c.turns.get(1).map(|t| t.text.clone());
        assert_eq!(reply, g.reply);
        if let (Some(t), Some(d)) = (c.turns.get(1), g.date) {
            assert_eq!(t.at.map(|t| t.timestamp()), Some(d + g.reply_after));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn arbitrary_bytes_never_panic(
        input in prop::collection::vec(any::<u8>(), 0..400),
        max_record_bytes in 1usize..200,
    ) {
        let opts = ReadOptions { max_record_bytes, ..ReadOptions::default() };
        for prefix in [&b""[..], b"[", b"{\"reviews\": [", b"rating,review,reply\n"] {
            let data = [prefix, &input].concat();
            for o in [&opts, &ReadOptions::default()] {
                let (convs, errors) = read_with(Format::Reviews, &data, o);
                for c in &convs {
                    prop_assert!(!c.turns.is_empty() && !c.id.is_empty());
                }
                for e in &errors {
                    prop_assert!(e.line >= 1 && !e.reason.is_empty());
                }
            }
        }
    }

    #[test]
    fn generated_reviews_round_trip_through_json_json_lines_and_csv(
        all in prop::collection::vec(generated(), 1..5),
    ) {
        let values: Vec<serde_json::Value> = all.iter().map(as_json).collect();
        let wrapped = serde_json::json!({ "reviews": values }).to_string();
        let lines: String = values.iter().map(|v| format!("{v}\n")).collect();
        let csv = as_csv(&all);
        for input in [wrapped.as_bytes(), lines.as_bytes(), &csv] {
            let (convs, errors) = read_with(Format::Reviews, input, &ReadOptions::default());
            prop_assert!(errors.is_empty(), "{errors:?}");
            assert_same(&convs, &all);
        }
    }
}
