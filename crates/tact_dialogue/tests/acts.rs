//! The dialogue layer in each of the five languages: what a "no" answers, what a refusal
//! declines, which questions are only checks, and which reply gives the value asked for. The
//! sentences were written by the tact team for these tests.

use tact_dialogue::{Answer, AnsweredBy, Dialogue, DialogueTurn, QuestionKind, Side};
use tact_lang::{split_sentences, Lang, TurnText};

/// Reads turns written as `('a' | 'c', text)`: agent or customer.
fn read(lang: Lang, turns: &[(char, &str)]) -> Dialogue {
    let texts: Vec<TurnText> = turns.iter().map(|(_, t)| TurnText::new(t, lang)).collect();
    let sentences: Vec<_> = texts
        .iter()
        .zip(turns)
        .map(|(t, (_, raw))| split_sentences(t, lang, raw))
        .collect();
    let content: Vec<Vec<bool>> = texts.iter().map(TurnText::content_mask).collect();
    let input: Vec<DialogueTurn<'_>> = turns
        .iter()
        .enumerate()
        .map(|(i, (who, _))| DialogueTurn {
            side: if *who == 'c' {
                Side::Customer
            } else {
                Side::Seller
            },
            lang,
            text: &texts[i],
            sentences: &sentences[i],
            content: &content[i],
        })
        .collect();
    Dialogue::read(&input)
}

const LANGS: [Lang; 5] = [Lang::En, Lang::It, Lang::El, Lang::Ro, Lang::Fi];

#[test]
fn a_no_to_a_preference_question_answers_it_and_declines_nothing() {
    let cases = [
        ("Do you prefer a window seat?", "No."),
        ("Preferisce un posto vicino al finestrino?", "No."),
        ("Προτιμάτε θέση δίπλα στο παράθυρο;", "Όχι."),
        ("Preferați un loc la geam?", "Nu."),
        ("Haluatko mieluummin ikkunapaikan?", "Ei."),
    ];
    for (lang, (q, a)) in LANGS.into_iter().zip(cases) {
        let d = read(lang, &[('a', q), ('c', a)]);
        let question = d.turns[0].last_question().expect("a question");
        assert!(
            question.preference && !question.proposes,
            "{lang:?}: {question:?}"
        );
        assert_eq!(d.turns[1].answer, Some(Answer::No), "{lang:?}");
        assert_eq!(
            d.links.answers[1],
            Some((0, AnsweredBy::Word(Answer::No))),
            "{lang:?}"
        );
        assert_eq!(d.links.declines[1], None, "{lang:?}");
    }
}

#[test]
fn a_refusal_of_a_priced_proposal_declines_it() {
    let cases = [
        (
            "Would you like to add the extended warranty for 79 euros?",
            "No thanks.",
        ),
        (
            "Vuole aggiungere la garanzia estesa a 79 euro?",
            "No grazie.",
        ),
        (
            "Θέλετε να προσθέσουμε την επέκταση εγγύησης με 79 ευρώ;",
            "Όχι ευχαριστώ.",
        ),
        (
            "Doriți să adăugați garanția extinsă la 79 de euro?",
            "Nu, mulțumesc.",
        ),
        ("Haluatko lisätä jatkotakuun 79 eurolla?", "Ei kiitos."),
    ];
    for (lang, (q, a)) in LANGS.into_iter().zip(cases) {
        let d = read(lang, &[('a', q), ('c', a)]);
        let question = d.turns[0].last_question().expect("a question");
        assert!(question.proposes, "{lang:?}: {question:?}");
        assert_eq!(d.turns[0].price(), Some(79.0), "{lang:?}");
        assert_eq!(d.links.declines[1], Some(0), "{lang:?}");
        assert_eq!(d.links.accepts[1], None, "{lang:?}");
    }
}

#[test]
fn thanks_then_a_bare_no_declines_but_no_one_after_thanks_does_not() {
    let offer = [
        "I can give you the sports pack at half price, 12 euros a month.",
        "Posso darle il pacchetto sport a metà prezzo, 12 euro al mese.",
        "Μπορώ να σας δώσω το αθλητικό πακέτο στη μισή τιμή, 12 ευρώ το μήνα.",
        "Vă pot oferi pachetul sport la jumătate de preț, 12 euro pe lună.",
        "Voin tarjota urheilupaketin puoleen hintaan, 12 euroa kuukaudessa.",
    ];
    let declines = [
        "Thanks, but no.",
        "Grazie, ma no.",
        "Ευχαριστώ, αλλά όχι.",
        "Mulțumesc, dar nu.",
        "Kiitos, mutta ei.",
    ];
    // The same opening before a "no" that negates what follows: nothing is refused.
    let other = [
        "Thanks, but no one told me about the fee.",
        "Grazie, ma no davvero, il decoder non funziona ancora.",
        "Ευχαριστώ, αλλά όχι αυτό που ρώτησα: και ο λογαριασμός;",
        "Mulțumesc, dar nu funcționează nici acum.",
        "Kiitos, mutta ei toimi vieläkään.",
    ];
    for (k, lang) in LANGS.into_iter().enumerate() {
        let d = read(lang, &[('a', offer[k]), ('c', declines[k])]);
        assert!(d.turns[1].refusal.is_some(), "{lang:?}: {}", declines[k]);
        assert_eq!(d.links.declines[1], Some(0), "{lang:?}");
        let d = read(lang, &[('a', offer[k]), ('c', other[k])]);
        assert_eq!(d.links.declines[1], None, "{lang:?}: {}", other[k]);
    }
}

#[test]
fn short_checks_are_not_questions_to_answer() {
    let cases = [
        "Shall I go on?",
        "Va bene?",
        "Εντάξει;",
        "E în regulă?",
        "Okei?",
    ];
    for (lang, q) in LANGS.into_iter().zip(cases) {
        let d = read(lang, &[('a', q)]);
        assert_eq!(d.turns[0].questions.len(), 1, "{lang:?}");
        assert_eq!(
            d.turns[0].questions[0].kind,
            QuestionKind::Check,
            "{lang:?}"
        );
        assert!(d.turns[0].last_question().is_none(), "{lang:?}");
    }
}

#[test]
fn a_price_answers_how_much_but_not_when() {
    let cases = [
        ("How much is the blue one?", "It is 49 euros."),
        ("Quanto costa quello blu?", "Costa 49 euro."),
        ("Πόσο κοστίζει το μπλε;", "Κάνει 49 ευρώ."),
        ("Cât costă cel albastru?", "Costă 49 de lei."),
        ("Paljonko sininen maksaa?", "Se maksaa 49 euroa."),
    ];
    for (lang, (q, a)) in LANGS.into_iter().zip(cases) {
        let d = read(lang, &[('c', q), ('a', a)]);
        assert_eq!(d.links.answers[1], Some((0, AnsweredBy::Value)), "{lang:?}");
    }
    let d = read(
        Lang::En,
        &[
            ('c', "When will the fridge be delivered?"),
            ('a', "Have you seen our warranty? Only 99 euros."),
        ],
    );
    assert_ne!(d.links.answers[1], Some((0, AnsweredBy::Value)));
}

#[test]
fn a_deal_is_read_in_every_language() {
    let cases = [
        "Deal, I'll take it.",
        "Affare fatto, lo prendo.",
        "Συμφωνήσαμε, το παίρνω.",
        "Ne-am înțeles, îl iau.",
        "Sovittu, otan sen.",
    ];
    for (lang, t) in LANGS.into_iter().zip(cases) {
        let d = read(lang, &[('c', t)]);
        assert!(d.turns[0].agreement, "{lang:?}: {t}");
    }
}

#[test]
fn a_budget_is_read_with_its_amount() {
    let cases = [
        "I need a laptop, my budget is 600 euros at most.",
        "Mi serve un portatile, massimo 600 euro.",
        "Θέλω ένα λάπτοπ, μέχρι 600 ευρώ.",
        "Am nevoie de un laptop, maxim 600 de lei.",
        "Tarvitsen läppärin, budjetti on enintään 600 euroa.",
    ];
    for (lang, t) in LANGS.into_iter().zip(cases) {
        let d = read(lang, &[('c', t)]);
        assert!(
            d.turns[0].needs.iter().any(|n| n.budget == Some(600.0)),
            "{lang:?}: {:?}",
            d.turns[0].needs
        );
    }
}

#[test]
fn a_customer_who_says_it_again_is_linked_to_the_first_time() {
    let d = read(
        Lang::It,
        &[
            (
                'c',
                "Vorrei sapere gli orari di apertura del negozio di Milano.",
            ),
            (
                'a',
                "Abbiamo una promozione sui frigoriferi questa settimana.",
            ),
            ('c', "Ripeto: gli orari di apertura del negozio di Milano?"),
        ],
    );
    assert_eq!(d.links.repeats[2], Some(0));
    assert_eq!(d.links.repeats[0], None);
}
