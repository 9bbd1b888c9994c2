//! Behaviour of the embedded model: loads, stays in range on any text, orders clear hand-written
//! examples correctly in every language, round-trips, and trains deterministically.

use proptest::prelude::*;
use tact_signals::{train_on, Lang, SentimentLabel, SignalModel, TrainSet, TurnSignals};

fn model() -> &'static SignalModel {
    SignalModel::embedded()
}

fn in_range(s: &TurnSignals) -> bool {
    let unit = |x: f32| x.is_finite() && (0.0..=1.0).contains(&x);
    let signed = |x: f32| x.is_finite() && (-1.0..=1.0).contains(&x);
    signed(s.sentiment)
        && signed(s.politeness)
        && unit(s.toxicity)
        && s.emotions.to_array().iter().all(|&e| unit(e))
}

#[test]
fn embedded_model_loads() {
    assert!(
        SignalModel::embedded_is_trained(),
        "weights/signals.bin missing or corrupt"
    );
    assert_eq!(model().bits(), tact_signals::DEFAULT_BITS);
}

#[test]
fn weights_round_trip() {
    let bytes = model().to_bytes();
    let back = SignalModel::from_bytes(&bytes).expect("parses");
    assert_eq!(&back, model());
    assert_eq!(back.to_bytes(), bytes);
}

#[test]
fn empty_and_odd_text_in_range() {
    for lang in Lang::ALL {
        for t in ["", " ", "!!!", "😡😡😡", "12345", "ΑΑΑΑ", "\u{0}\u{200b}"] {
            let s = model().predict(lang, t);
            assert!(in_range(&s), "{lang:?} {t:?} {s:?}");
        }
    }
}

#[test]
fn serializes_snake_case() {
    let s = model().predict(Lang::En, "Thank you so much, this is great!");
    let v = serde_json::to_value(s).expect("serializes");
    for k in [
        "sentiment",
        "sentiment_label",
        "politeness",
        "toxicity",
        "emotions",
    ] {
        assert!(v.get(k).is_some(), "missing {k}");
    }
    assert!(v["emotions"].get("anticipation").is_some());
    assert!(v["sentiment_label"].is_string());
}

/// Hand-written examples (never taken from the training data):
/// (lang, strongly negative, strongly positive, angry, calm, insulting, polite).
const CASES: [(Lang, &str, &str, &str, &str, &str, &str); 5] = [
    (
        Lang::En,
        "This is terrible, I hate it, the worst service I have ever had.",
        "This is wonderful, I love it, thank you so much!",
        "I am furious! Stop lying to me, this is outrageous!",
        "Okay, I will check the calendar and call you on Monday.",
        "You are an idiot and a useless moron.",
        "Thank you for your help, could you please send me the details?",
    ),
    (
        Lang::It,
        "È terribile, lo odio, il peggior servizio che abbia mai avuto.",
        "È meraviglioso, lo adoro, grazie mille!",
        "Sono furioso! Smettila di mentirmi, è una vergogna!",
        "Va bene, controllo il calendario e la chiamo lunedì.",
        "Sei un idiota e un cretino inutile.",
        "Grazie per l'aiuto, potrebbe per favore mandarmi i dettagli?",
    ),
    (
        Lang::El,
        "Είναι απαίσιο, το μισώ, η χειρότερη εξυπηρέτηση που είχα ποτέ.",
        "Είναι υπέροχο, το λατρεύω, σας ευχαριστώ πολύ!",
        "Είμαι έξαλλος! Σταμάτα να μου λες ψέματα, είναι αίσχος!",
        "Εντάξει, θα κοιτάξω το ημερολόγιο και θα σας πάρω τη Δευτέρα.",
        "Είσαι ηλίθιος και άχρηστος βλάκας.",
        "Σας ευχαριστώ για τη βοήθεια, μπορείτε παρακαλώ να μου στείλετε τις λεπτομέρειες;",
    ),
    (
        Lang::Ro,
        "Este groaznic, urăsc asta, cel mai prost serviciu pe care l-am avut vreodată.",
        "Este minunat, îmi place mult, vă mulțumesc foarte mult!",
        "Sunt furios! Nu mă mai minți, este o rușine!",
        "Bine, mă uit în calendar și vă sun luni.",
        "Ești un idiot și un prost inutil.",
        "Vă mulțumesc pentru ajutor, ați putea vă rog să-mi trimiteți detaliile?",
    ),
    (
        Lang::Fi,
        "Tämä on kamalaa, vihaan tätä, huonointa palvelua ikinä.",
        "Tämä on ihanaa, rakastan tätä, kiitos todella paljon!",
        "Olen raivoissani! Lopeta valehtelu, tämä on törkeää!",
        "Selvä, katson kalenterin ja soitan teille maanantaina.",
        "Olet idiootti ja hyödytön ääliö.",
        "Kiitos avusta, voisitteko ystävällisesti lähettää minulle tiedot?",
    ),
];

#[test]
fn negative_scores_below_positive() {
    for (lang, neg, pos, ..) in CASES {
        let (n, p) = (model().predict(lang, neg), model().predict(lang, pos));
        assert!(
            n.sentiment < p.sentiment,
            "{lang:?}: {} vs {}",
            n.sentiment,
            p.sentiment
        );
    }
}

#[test]
fn angry_has_more_anger_than_calm() {
    for (lang, _, _, angry, calm, ..) in CASES {
        let (a, c) = (model().predict(lang, angry), model().predict(lang, calm));
        assert!(
            a.emotions.anger > c.emotions.anger,
            "{lang:?}: {} vs {}",
            a.emotions.anger,
            c.emotions.anger
        );
    }
}

#[test]
fn insult_is_more_toxic_than_polite() {
    for (lang, .., insult, polite) in CASES {
        let (i, p) = (model().predict(lang, insult), model().predict(lang, polite));
        assert!(
            i.toxicity > p.toxicity,
            "{lang:?}: {} vs {}",
            i.toxicity,
            p.toxicity
        );
    }
}

#[test]
fn polite_request_beats_rude_one_in_english() {
    let polite = model().predict(
        Lang::En,
        "Could you please take a look at my order when you have a moment? Thanks!",
    );
    let rude = model().predict(Lang::En, "Why on earth did you do that? Fix it now.");
    assert!(polite.politeness > rude.politeness);
}

fn tiny_set() -> TrainSet {
    let mut s = TrainSet::new();
    for _ in 0..3 {
        s.sentiment(Lang::En, "great lovely happy", SentimentLabel::Positive)
            .sentiment(Lang::En, "awful horrible sad", SentimentLabel::Negative)
            .sentiment(
                Lang::It,
                "il treno parte alle nove",
                SentimentLabel::Neutral,
            )
            .emotions(Lang::Fi, "olen vihainen", &["anger"])
            .emotions(Lang::El, "χαρά", &["joy", "trust"])
            .politeness(Lang::En, "please, thank you", true)
            .politeness(Lang::En, "do it now", false);
    }
    s
}

#[test]
fn tiny_training_is_deterministic() {
    let set = tiny_set();
    let a = train_on(&set, 7, 10);
    let b = train_on(&set, 7, 10);
    assert_eq!(a.to_bytes(), b.to_bytes());
    let p = a.predict(Lang::En, "great lovely happy");
    let n = a.predict(Lang::En, "awful horrible sad");
    assert!(p.sentiment > n.sentiment);
    assert_eq!(p.sentiment_label, SentimentLabel::Positive);
    assert!(a.predict(Lang::Fi, "olen vihainen").emotions.anger > 0.5);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_text_in_range(text in "\\PC{0,80}", li in 0usize..5) {
        let s = model().predict(Lang::ALL[li], &text);
        prop_assert!(in_range(&s), "{:?}", s);
    }

    #[test]
    fn any_greek_text_in_range(text in "[α-ωΑ-Ω ;,.!]{0,60}") {
        let s = model().predict(Lang::El, &text);
        prop_assert!(in_range(&s), "{:?}", s);
    }
}
