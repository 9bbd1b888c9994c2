//! Talk metrics on timed and untimed conversations, in each language.

use tact_analyze::compute_metrics;
use tact_model::{Channel, Conversation, Role, Turn};
use tact_rules::Analyzed;

fn timed(lang: &str, turns: &[(Role, f64, f64, &str)]) -> Conversation {
    Conversation {
        channel: Channel::Call,
        language: Some(lang.into()),
        turns: turns
            .iter()
            .map(|(r, s, e, t)| Turn {
                start: Some(*s),
                end: Some(*e),
                ..Turn::new(*r, *t)
            })
            .collect(),
        ..Default::default()
    }
}

fn untimed(lang: &str, turns: &[(Role, &str)]) -> Conversation {
    Conversation {
        language: Some(lang.into()),
        turns: turns.iter().map(|(r, t)| Turn::new(*r, *t)).collect(),
        ..Default::default()
    }
}

#[test]
fn word_talk_share_questions_and_choices_untimed() {
    let c = untimed(
        "en",
        &[
            (Role::Customer, "Hi, I need a new phone for work."),
            (
                Role::Agent,
                "Sure! Do you prefer Android or iPhone? And how much storage do you need?",
            ),
            (Role::Customer, "Android, 128 GB."),
        ],
    );
    let m = compute_metrics(&Analyzed::new(&c, None));
    assert_eq!((m.agent_words, m.customer_words), (14, 11));
    assert_eq!(m.agent_talk_share, Some(0.56));
    assert_eq!(m.agent_questions, 2);
    assert_eq!(m.choice_questions, 1);
    assert_eq!(m.agent_question_rate, Some(2.0));
    assert_eq!(m.speaker_switches, 2);
    assert_eq!(m.interactivity_per_100_words, Some(8.0));
    assert!(
        m.agent_talk_share_time.is_none()
            && m.patience_seconds.is_none()
            && m.overtalk_count.is_none()
    );
}

#[test]
fn timed_call_patience_overtalk_and_monologue_seconds() {
    let c = timed(
        "it",
        &[
            (
                Role::Customer,
                0.0,
                4.0,
                "Buongiorno, vorrei disdire il contratto della palestra.",
            ),
            (
                Role::Agent,
                5.0,
                20.0,
                "Buongiorno, mi dispiace sentirlo. Posso chiederle come mai vuole disdire?",
            ),
            (
                Role::Customer,
                21.0,
                30.0,
                "Mi sono trasferito in un'altra città e non posso più venire.",
            ),
            (
                Role::Agent,
                28.0,
                40.0,
                "Capisco, allora le spiego le opzioni che abbiamo per il trasferimento.",
            ),
            (Role::Customer, 40.5, 41.0, "sì"),
            (
                Role::Agent,
                41.0,
                60.0,
                "Abbiamo sedi in quasi tutte le città e il suo abbonamento resta valido ovunque.",
            ),
        ],
    );
    let m = compute_metrics(&Analyzed::new(&c, None));
    // Only the pause after a real customer turn counts; the one after "sì" does not.
    assert_eq!(m.patience_seconds, Some(1.0));
    assert_eq!(m.overtalk_count, Some(1));
    assert_eq!(m.overtalk_seconds, Some(2.0));
    // The agent's last two turns form one run: the "sì" in between is a backchannel.
    assert_eq!(m.longest_agent_monologue_seconds, Some(32.0));
    assert_eq!(m.longest_customer_story_seconds, Some(9.0));
    // customer→agent, agent→customer, customer→agent over 60 s; the backchannel is no switch.
    assert_eq!(m.interactivity_per_minute, Some(3.0));
    let share = m.agent_talk_share_time.expect("timed");
    assert!((share - 46.0 / 59.5).abs() < 0.001);
}

#[test]
fn backchannels_in_every_language_do_not_break_a_monologue() {
    for (lang, bc, a1, a2) in [
        (
            "en",
            "mhm",
            "Let me walk you through the three plans.",
            "The first one includes everything.",
        ),
        (
            "it",
            "sì",
            "Le illustro i tre piani disponibili.",
            "Il primo comprende tutto.",
        ),
        (
            "el",
            "ναι",
            "Θα σας εξηγήσω τα τρία προγράμματα.",
            "Το πρώτο περιλαμβάνει τα πάντα.",
        ),
        (
            "ro",
            "da",
            "Vă prezint cele trei abonamente.",
            "Primul include totul.",
        ),
        (
            "fi",
            "joo",
            "Kerron teille kolmesta paketista.",
            "Ensimmäinen sisältää kaiken.",
        ),
    ] {
        let c = untimed(
            lang,
            &[(Role::Agent, a1), (Role::Customer, bc), (Role::Agent, a2)],
        );
        let a = Analyzed::new(&c, None);
        let m = compute_metrics(&a);
        let words = a.turns[0].word_count() + a.turns[2].word_count();
        assert_eq!(m.longest_agent_monologue_words, words, "{lang}");
        assert_eq!(m.speaker_switches, 0, "{lang}");
    }
}

#[test]
fn first_response_time_from_timestamps() {
    let mut c = untimed(
        "ro",
        &[
            (Role::Customer, "Bună ziua, aveți canapeaua în stoc?"),
            (Role::Agent, "Bună ziua! Da, o avem."),
        ],
    );
    c.turns[0].at = Some("2026-03-06T10:00:00+02:00".parse().expect("date"));
    c.turns[1].at = Some("2026-03-06T10:07:30+02:00".parse().expect("date"));
    let m = compute_metrics(&Analyzed::new(&c, None));
    assert_eq!(m.first_response_seconds, Some(450.0));
}
