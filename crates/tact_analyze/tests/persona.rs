//! Buyer persona in each language, on hand-written conversations, and no persona when the
//! customer says too little.

use tact_analyze::persona::{persona, Persona, PersonaLabel};
use tact_model::{Conversation, Role, Turn};
use tact_rules::Analyzed;

fn conv(lang: &str, turns: &[(Role, &str)]) -> Conversation {
    Conversation {
        language: Some(lang.into()),
        turns: turns.iter().map(|(r, t)| Turn::new(*r, *t)).collect(),
        ..Default::default()
    }
}

fn persona_of(c: &Conversation) -> Option<Persona> {
    let a = Analyzed::new(c, None);
    persona(&a)
}

fn assert_persona(c: &Conversation, want: PersonaLabel) -> Persona {
    let p = persona_of(c).unwrap_or_else(|| panic!("no persona for {:?}", c.turns));
    assert_eq!(p.label, want, "scores {:?}", p.scores);
    assert!(p.confidence > 0.0 && p.confidence <= 1.0);
    assert_eq!(p.scores.len(), PersonaLabel::ALL.len());
    assert!(!p.evidence.is_empty());
    for e in &p.evidence {
        assert_eq!(&c.turns[e.turn].text[e.start..e.end], e.cue);
        assert_eq!(c.turns[e.turn].role, Role::Customer);
        assert_eq!(e.label, want);
    }
    assert_eq!(p.approach, want.approach());
    p
}

#[test]
fn english_in_a_hurry() {
    let c = conv(
        "en",
        &[
            (Role::Agent, "Good morning, how can I help you?"),
            (
                Role::Customer,
                "I need a replacement charger asap, I'm in a hurry.",
            ),
            (Role::Agent, "Of course. Which model is your laptop?"),
            (
                Role::Customer,
                "The X13. Can you ship it today? I don't have time to wait.",
            ),
        ],
    );
    assert_persona(&c, PersonaLabel::InAHurry);
}

#[test]
fn english_skeptic() {
    let c = conv(
        "en",
        &[
            (Role::Agent, "This plan will cut your bill in half."),
            (
                Role::Customer,
                "Are you sure? I've heard that from your competitors before.",
            ),
            (Role::Agent, "Yes, most customers save a lot."),
            (
                Role::Customer,
                "Sounds too good to be true. What's the catch? Prove it.",
            ),
        ],
    );
    assert_persona(&c, PersonaLabel::Skeptic);
}

#[test]
fn italian_tire_kicker() {
    let c = conv(
        "it",
        &[
            (Role::Agent, "Buongiorno, posso aiutarla?"),
            (
                Role::Customer,
                "No, grazie, do solo un'occhiata per curiosità.",
            ),
            (Role::Agent, "Certo, se le serve qualcosa sono qui."),
            (
                Role::Customer,
                "Sto solo guardando, magari più avanti torno.",
            ),
        ],
    );
    assert_persona(&c, PersonaLabel::TireKicker);
}

#[test]
fn italian_dreamer() {
    let c = conv(
        "it",
        &[
            (Role::Agent, "Mi dica pure, che cosa cerca?"),
            (
                Role::Customer,
                "Il mio sogno è una barca a vela. Un giorno mi piacerebbe girare il Mediterraneo.",
            ),
            (Role::Agent, "Che bel progetto! Ha già navigato?"),
            (
                Role::Customer,
                "Mai, ma prima o poi lo farò, quando andrò in pensione.",
            ),
        ],
    );
    assert_persona(&c, PersonaLabel::Dreamer);
}

#[test]
fn greek_freebie_seeker() {
    let c = conv(
        "el",
        &[
            (Role::Agent, "Καλησπέρα, πώς μπορώ να βοηθήσω;"),
            (
                Role::Customer,
                "Έχετε δωρεάν δοκιμή; Θέλω πρώτα να το δοκιμάσω δωρεάν.",
            ),
            (Role::Agent, "Υπάρχει συνδρομή με μηνιαία χρέωση."),
            (
                Role::Customer,
                "Και η εγκατάσταση είναι χωρίς χρέωση; Δίνετε και κάποιο δώρο;",
            ),
        ],
    );
    assert_persona(&c, PersonaLabel::FreebieSeeker);
}

#[test]
fn greek_enthusiast() {
    let c = conv(
        "el",
        &[
            (Role::Agent, "Αυτό είναι το νέο μας μοντέλο."),
            (Role::Customer, "Τέλειο! Μου αρέσει πολύ, είναι υπέροχο!"),
            (Role::Agent, "Χαίρομαι πολύ."),
            (
                Role::Customer,
                "Ανυπομονώ να το δοκιμάσω, είναι καταπληκτικό!",
            ),
        ],
    );
    assert_persona(&c, PersonaLabel::Enthusiast);
}

#[test]
fn romanian_penny_pincher() {
    let c = conv(
        "ro",
        &[
            (Role::Agent, "Bună ziua, cu ce vă pot ajuta?"),
            (
                Role::Customer,
                "Caut cel mai ieftin abonament. Aveți vreo reducere?",
            ),
            (Role::Agent, "Avem trei pachete."),
            (
                Role::Customer,
                "Al doilea e prea scump. Aveți un cod de reducere sau o promoție?",
            ),
        ],
    );
    assert_persona(&c, PersonaLabel::PennyPincher);
}

#[test]
fn romanian_in_a_hurry() {
    let c = conv(
        "ro",
        &[
            (Role::Agent, "Bună ziua!"),
            (
                Role::Customer,
                "Bună, am nevoie de un taxi imediat, mă grăbesc la aeroport.",
            ),
            (Role::Agent, "Unde sunteți?"),
            (Role::Customer, "Gara de Nord, vă rog cât mai repede."),
        ],
    );
    assert_persona(&c, PersonaLabel::InAHurry);
}

#[test]
fn finnish_closed() {
    let c = conv(
        "fi",
        &[
            (Role::Agent, "Hei! Millaista puhelinta olette etsimässä?"),
            (Role::Customer, "En tiedä."),
            (Role::Agent, "Onko teillä jokin budjetti mielessä?"),
            (Role::Customer, "Ihan sama."),
            (Role::Agent, "Käytättekö puhelinta paljon töissä?"),
            (
                Role::Customer,
                "Ei kiitos, en halua sanoa. Ei mitään erityistä.",
            ),
        ],
    );
    assert_persona(&c, PersonaLabel::Closed);
}

#[test]
fn finnish_tire_kicker_and_open() {
    let kicker = conv(
        "fi",
        &[
            (Role::Agent, "Hei, voinko auttaa?"),
            (
                Role::Customer,
                "Kiitos, katselen vain. Vertailen hintoja eri kaupoissa.",
            ),
            (Role::Agent, "Selvä, kertokaa jos tarvitsette apua."),
            (Role::Customer, "Joo, kunhan katselen, ehkä myöhemmin."),
        ],
    );
    assert_persona(&kicker, PersonaLabel::TireKicker);
    let open = conv(
        "fi",
        &[
            (Role::Agent, "Hei, miten voin auttaa?"),
            (
                Role::Customer,
                "Rehellisesti sanottuna etsin autoa perheelle. Meillä on kolme lasta ja koira, \
                 ja ajamme yleensä pitkiä matkoja mökille joka viikonloppu.",
            ),
            (Role::Agent, "Kuulostaa siltä, että tila on tärkeää."),
            (
                Role::Customer,
                "Kyllä, ja minulle on tärkeää turvallisuus. Esimerkiksi talvella tiet ovat \
                 liukkaita, joten haluaisin nelivedon.",
            ),
        ],
    );
    assert_persona(&open, PersonaLabel::Open);
}

#[test]
fn too_little_from_the_customer_is_no_persona() {
    let c = conv(
        "en",
        &[
            (
                Role::Agent,
                "Hello! We have a great discount today on every laptop, asap!",
            ),
            (Role::Customer, "Free? asap?"),
        ],
    );
    assert!(persona_of(&c).is_none());
    let no_cue = conv(
        "en",
        &[
            (Role::Agent, "Hello, what can I do for you?"),
            (
                Role::Customer,
                "The blue cable on the printer upstairs has a loose plug on its left side.",
            ),
        ],
    );
    assert!(persona_of(&no_cue).is_none());
}

#[test]
fn persona_serializes_with_kebab_case_labels() {
    let c = conv(
        "en",
        &[
            (Role::Agent, "How can I help?"),
            (Role::Customer, "I'm just looking, just browsing around the shop, maybe later I'll buy something for my brother."),
        ],
    );
    let p = assert_persona(&c, PersonaLabel::TireKicker);
    let v = serde_json::to_value(&p).expect("test value");
    assert_eq!(v["label"], "tire-kicker");
    assert!(v["scores"].get("in-a-hurry").is_some());
    assert!(v["evidence"][0]["cue"].is_string());
}
