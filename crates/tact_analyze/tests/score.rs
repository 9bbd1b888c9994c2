//! Subscores per family, and the risk that a conversation is going wrong: rising along a bad
//! conversation, low on a good one, and computable on every prefix.

use tact_analyze::score as total_score;
use tact_analyze::score::{risk, risk_curve, subscores};
use tact_model::{Conversation, Role, Turn};
use tact_rules::{Analyzed, Engine, Family, Moment, Settings, Severity};

fn conv(lang: &str, turns: &[(Role, &str)]) -> Conversation {
    Conversation {
        language: Some(lang.into()),
        turns: turns.iter().map(|(r, t)| Turn::new(*r, *t)).collect(),
        ..Default::default()
    }
}

fn moments(c: &Conversation) -> Vec<Moment> {
    let a = Analyzed::new(c, None);
    Engine::new(Settings::default()).run(&a)
}

fn bad() -> Conversation {
    conv(
        "en",
        &[
            (Role::Customer, "Hi, my internet has been not working since Monday and I work from home, so I need it fixed."),
            (Role::Agent, "Have you tried turning the router off and on? Everyone knows that. It's not rocket science."),
            (Role::Customer, "Yes, as I said, I already restarted it twice."),
            (Role::Agent, "Well, you must have done it wrong. Also, would you like to upgrade to our premium plan today?"),
            (Role::Customer, "No thanks, I'm not interested. I just want it to work."),
            (Role::Agent, "But the premium plan is really great, you should take it, only today, decide now!"),
            (Role::Customer, "I told you, no. This is ridiculous, I want to cancel my contract."),
            (Role::Agent, "Calm down, that's not true, you signed for two years, you can't cancel."),
            (Role::Customer, "Whatever."),
            (Role::Agent, "So, premium then?"),
            (Role::Customer, "No."),
        ],
    )
}

fn good() -> Conversation {
    conv(
        "en",
        &[
            (Role::Customer, "Hi, my internet has been slow since Monday and I work from home."),
            (Role::Agent, "I'm sorry to hear that, working from home makes it urgent. Since when exactly is it slow?"),
            (Role::Customer, "Since Monday morning, mostly in the afternoons when I'm on video calls."),
            (Role::Agent, "Thank you, that helps. I can see a fault on your line; I'll book a technician for tomorrow morning. Does 9 to 12 work for you?"),
            (Role::Customer, "Yes, tomorrow morning works fine, I'll be at home all day."),
            (Role::Agent, "Booked. You'll get a text with the technician's name. Anything else I can help with?"),
            (Role::Customer, "No, that's all, thank you very much for the quick help."),
            (Role::Agent, "You're welcome, have a good day!"),
        ],
    )
}

#[test]
fn subscores_restrict_the_score_to_each_family() {
    let c = bad();
    let ms = moments(&c);
    assert!(!ms.is_empty());
    let subs = subscores(&ms, &[], c.turns.len());
    assert_eq!(subs.len(), Family::ALL.len());
    for f in Family::ALL {
        let own: Vec<Moment> = ms.iter().filter(|m| m.family == f).cloned().collect();
        assert_eq!(subs[&f], total_score(&own, c.turns.len()), "{f}");
        if own.is_empty() {
            assert_eq!(subs[&f], 100);
        } else {
            assert!(subs[&f] < 100);
        }
    }
    // The total penalty is the sum of the family penalties.
    let total = 100 - i32::from(total_score(&ms, c.turns.len()));
    let parts: i32 = subs.values().map(|&s| 100 - i32::from(s)).sum();
    assert!(
        (total - parts).abs() <= Family::ALL.len() as i32,
        "{total} vs {parts}"
    );
    let none = subscores(&[], &[], 12);
    assert!(none.values().all(|&s| s == 100));
    assert_eq!(none.len(), Family::ALL.len());
}

#[test]
fn risk_rises_along_a_conversation_that_goes_wrong() {
    let c = bad();
    let a = Analyzed::new(&c, None);
    let ms = moments(&c);
    let curve = risk_curve(&a, &ms);
    eprintln!(
        "bad: {curve:?} {:?}",
        ms.iter()
            .map(|m| (m.turn, m.rule, m.severity))
            .collect::<Vec<_>>()
    );
    assert_eq!(curve.len(), c.turns.len());
    assert!(curve.iter().all(|r| (0.0..=1.0).contains(r)));
    let last = risk(&a, &ms);
    assert_eq!(Some(&last), curve.last());
    assert!(last > 0.7, "{last}");
    // The customer opens with a complaint (their mood counts in risk): some risk, far from
    // where the conversation ends.
    assert!(curve[0] < 0.5 && curve[0] < last - 0.4, "{curve:?}");
    // Monotone-ish: each half of the conversation ends riskier than it started.
    let mid = curve.len() / 2;
    assert!(curve[mid] > curve[0]);
    assert!(curve[curve.len() - 1] > curve[mid]);
    // Never a large drop while things keep going wrong.
    for w in curve.windows(2) {
        assert!(w[1] >= w[0] - 0.1, "{curve:?}");
    }
}

#[test]
fn risk_stays_low_on_a_good_conversation() {
    let c = good();
    let a = Analyzed::new(&c, None);
    let ms = moments(&c);
    let curve = risk_curve(&a, &ms);
    eprintln!(
        "good: {curve:?} {:?}",
        ms.iter().map(|m| (m.turn, m.rule)).collect::<Vec<_>>()
    );
    assert!(curve.iter().all(|&r| r < 0.25), "{curve:?}");
    assert!(risk(&a, &ms) < 0.2);
}

#[test]
fn risk_works_on_a_prefix_and_on_nothing() {
    let full = bad();
    let prefix = Conversation {
        turns: full.turns[..5].to_vec(),
        ..full.clone()
    };
    let a = Analyzed::new(&prefix, None);
    let ms = moments(&prefix);
    let r = risk(&a, &ms);
    assert!((0.0..=1.0).contains(&r));
    let empty = conv("en", &[]);
    let a = Analyzed::new(&empty, None);
    assert!(risk(&a, &[]) < 0.1);
    assert!(risk_curve(&a, &[]).is_empty());
}

#[test]
fn later_and_heavier_moments_weigh_more() {
    let c = conv(
        "en",
        &[
            (Role::Customer, "Hello there."),
            (Role::Agent, "Hello."),
            (
                Role::Customer,
                "I would like some help with my order please.",
            ),
            (Role::Agent, "Sure."),
            (Role::Customer, "It is order number twelve."),
            (Role::Agent, "Thanks."),
            (Role::Customer, "Thanks."),
            (Role::Agent, "Bye."),
        ],
    );
    let a = Analyzed::new(&c, None);
    let at = |turn: usize, severity: Severity| Moment {
        confidence: tact_rules::Confidence::DEFAULT,
        rule: "test",
        code: "T000",
        family: Family::Courtesy,
        severity,
        turn,
        start: 0,
        end: 0,
        evidence: String::new(),
        message: String::new(),
        message_key: "",
        message_args: Default::default(),
        suggestion: String::new(),
        alternative: String::new(),
    };
    let early = risk(&a, &[at(1, Severity::Error)]);
    let late = risk(&a, &[at(7, Severity::Error)]);
    let late_info = risk(&a, &[at(7, Severity::Info)]);
    assert!(late > early, "{late} {early}");
    assert!(late > late_info);
    assert!(early > risk(&a, &[]));
}

#[test]
fn reactions_weigh_by_how_far_the_customer_fell() {
    use tact_analyze::{reaction_weights, score, weighted_score};
    let conv = Conversation {
        language: Some("en".into()),
        turns: vec![
            Turn::new(
                Role::Customer,
                "Hi! I'm really excited, I want to upgrade my plan for my new job.",
            ),
            Turn::new(
                Role::Agent,
                "Upgrades are only for customers who pay on time, and you were late in March.",
            ),
            Turn::new(
                Role::Customer,
                "Wow. That's insulting and honestly I'm furious now.",
            ),
        ],
        ..Conversation::default()
    };
    let a = Analyzed::new(&conv, None);
    let moments = Engine::new(Settings::all_rules().with_raw_confidence(true)).run(&a);
    let weights = reaction_weights(&a, &moments);
    let drop = moments
        .iter()
        .position(|m| m.rule == "mood-drop")
        .expect("mood-drop fires");
    assert!(
        weights[drop] > 1.5,
        "a fall from delighted to furious weighs more: {}",
        weights[drop]
    );
    for (m, w) in moments.iter().zip(&weights) {
        if m.family != tact_rules::Family::Reaction {
            assert_eq!(*w, 1.0, "{}", m.rule);
        }
    }
    assert!(weighted_score(&moments, &weights, a.len()) < score(&moments, a.len()));
}
