//! The public-data evaluators on small files written here in the data sets' own formats, so the
//! loading code, the label-map wiring and the figures are checked without shared/data.

use std::fs;
use tact_eval::{eval_casino, eval_pfg_outcome, eval_reoffer_on_pfg};

fn casino_dialogue(id: i64, lines: &[(&str, &str, &str)], likes: [&str; 2]) -> String {
    let logs: Vec<String> = lines
        .iter()
        .map(|(who, text, _)| format!(r#"{{"text": {text:?}, "task_data": {{}}, "id": "{who}"}}"#))
        .chain(std::iter::once(
            r#"{"text": "Submit-Deal", "task_data": {"issue2youget": {}}, "id": "mturk_agent_1"}"#
                .to_string(),
        ))
        .collect();
    let ann: Vec<String> = lines
        .iter()
        .map(|(_, text, labels)| format!("[{text:?}, {labels:?}]"))
        .collect();
    let info = |like: &str| {
        format!(
            r#"{{"outcomes": {{"points_scored": 20, "satisfaction": "Slightly satisfied", "opponent_likeness": "{like}"}}}}"#
        )
    };
    format!(
        r#"{{"dialogue_id": {id}, "chat_logs": [{}], "participant_info": {{"mturk_agent_1": {}, "mturk_agent_2": {}}}, "annotations": [{}]}}"#,
        logs.join(", "),
        info(likes[0]),
        info(likes[1]),
        ann.join(", ")
    )
}

#[test]
fn casino_strategies_and_outcomes_are_read_through_the_label_map() {
    let dir = tempfile::tempdir().expect("present");
    let a = casino_dialogue(
        1,
        &[
            (
                "mturk_agent_1",
                "Hi there, how are you doing today?",
                "small-talk",
            ),
            (
                "mturk_agent_2",
                "I am well, thanks. I really need extra water for my kids.",
                "self-need",
            ),
            (
                "mturk_agent_1",
                "I am so sorry to hear that, that sounds hard.",
                "showing-empathy",
            ),
            (
                "mturk_agent_2",
                "You obviously do not need that much firewood, be serious.",
                "uv-part",
            ),
        ],
        ["Extremely dislike", "Extremely like"],
    );
    let b = casino_dialogue(
        2,
        &[
            (
                "mturk_agent_1",
                "Hello! Which item matters most to you?",
                "elicit-pref",
            ),
            (
                "mturk_agent_2",
                "Food matters most to me, we hike a lot.",
                "self-need",
            ),
        ],
        ["Undecided", "Slightly dislike"],
    );
    // A dialogue without participant outcomes is reported, not fatal.
    let broken =
        r#"{"dialogue_id": 3, "chat_logs": [], "participant_info": {}, "annotations": []}"#;
    fs::write(
        dir.path().join("casino_train.json"),
        format!("[{a}, {b}, {broken}]"),
    )
    .expect("present");

    let r = eval_casino(dir.path()).expect("present");
    assert_eq!(r.dialogues, 2);
    assert_eq!(r.annotated_dialogues, 2);
    assert_eq!(r.skipped_dialogues.len(), 1);
    assert!(
        r.skipped_dialogues[0].contains("dialogue 3"),
        "{:?}",
        r.skipped_dialogues
    );
    assert_eq!(r.unmatched_annotations, 0);

    let uv = r
        .strategies
        .iter()
        .find(|s| s.label == "uv-part")
        .expect("uv-part is mapped");
    // Six utterances, each judged once as a seller turn.
    assert_eq!(uv.utterances, 6);
    assert_eq!(uv.positives, 1);
    assert_eq!(uv.confusion.total(), 6);
    assert!(uv.rules.contains(&"condescension".to_string()));
    assert_eq!(uv.signals.len(), 1);
    let empathy = r
        .strategies
        .iter()
        .find(|s| s.label == "showing-empathy")
        .expect("present");
    assert_eq!(empathy.positives, 1);
    assert!(empathy.rules.is_empty());
    // Unmapped labels ("none" in the map) are not evaluated.
    assert!(r.strategies.iter().all(|s| s.label != "small-talk"));

    // Likeness: participant 1 dislikes side 2 (bad), participant 2 likes side 1 (good); in
    // dialogue 2, participant 1 is undecided (left out) and participant 2 dislikes side 1.
    let likeness = &r.outcomes[0];
    assert_eq!((likeness.n, likeness.bad), (3, 2));
    assert!(likeness.auc_score.is_some());
}

#[test]
fn a_casino_file_that_is_not_json_names_the_file_and_line() {
    let dir = tempfile::tempdir().expect("present");
    fs::write(
        dir.path().join("casino_train.json"),
        "[\n{\"dialogue_id\": 1,\n oops",
    )
    .expect("present");
    let e = eval_casino(dir.path()).expect_err("must fail").to_string();
    assert!(e.contains("casino_train.json:3"), "{e}");
}

const PFG_HEADER: &str = ",Unit,Turn,B4,B2,er_label_1,ee_label_1\n";

#[test]
fn pfg_refusal_and_pitch_labels_come_from_the_label_map() {
    let dir = tempfile::tempdir().expect("present");
    let rows = [
        "0,Would you like to donate to Save the Children today?,0,0,d1,proposition-of-donation,",
        "1,No thanks I do not want to donate anything.,0,1,d1,,disagree-donation",
        "2,Are you sure? Even one dollar would help the children a lot.,1,0,d1,foot-in-the-door,",
        "3,Okay fine.,1,1,d1,,agree-donation",
        "4,That is very generous of you!,2,0,d1,praise-user,",
    ];
    fs::write(
        dir.path().join("300_dialog.csv"),
        format!("{PFG_HEADER}{}\n", rows.join("\n")),
    )
    .expect("present");
    let r = eval_reoffer_on_pfg(dir.path()).expect("present");
    assert_eq!(r.dialogues, 1);
    assert!(r.refusals.contains(&"disagree-donation".to_string()));
    assert!(r.pitches.contains(&"foot-in-the-door".to_string()));
    // Two persuader turns follow a persuadee turn; one of them pitches after a refusal.
    assert_eq!(r.confusion.total(), 2);
    assert_eq!(r.confusion.tp + r.confusion.fn_, 1);
    let praise = r
        .labels
        .iter()
        .find(|l| l.label == "praise-user")
        .expect("present");
    assert_eq!((praise.utterances, praise.positives), (3, 1));
}

#[test]
fn pfg_outcome_uses_the_actual_donation() {
    let dir = tempfile::tempdir().expect("present");
    let dialog = ",Unit,Turn,B4,B2\n0,Hi! Would you donate to the charity?,0,0,d1\n1,Sure I will give a dollar.,0,1,d1\n\
                  2,\"Hello, could you donate some of your pay?\",0,0,d2\n3,No I do not want to.,0,1,d2\n";
    let info = "B2,B3,B4,B6\nd1,u1,0,0\nd1,u2,1,1.0\nd2,u3,0,0\nd2,u4,1,0.0\nd3,u5,1,2\n";
    fs::write(dir.path().join("full_dialog.csv"), dialog).expect("present");
    fs::write(dir.path().join("full_info.csv"), info).expect("present");
    let o = eval_pfg_outcome(dir.path()).expect("present");
    assert_eq!((o.n, o.bad), (2, 1));

    fs::write(
        dir.path().join("full_info.csv"),
        "B2,B3,B4,B6\nd1,u2,1,lots\n",
    )
    .expect("present");
    let e = eval_pfg_outcome(dir.path())
        .expect_err("must fail")
        .to_string();
    assert!(e.contains("full_info.csv:2") && e.contains("lots"), "{e}");
}
