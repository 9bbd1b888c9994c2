//! Rule P003 `agent-monologue`: long stretches of agent talk that never hand over the floor.

use super::common::lead_words;
use crate::{Analyzed, CheckContext, Confidence, Finding, Message, Rule};
use tact_lang::lex;
use tact_model::Channel;

/// ## What it detects
/// A stretch of agent talk far too long for a conversation — more than `max_words` words (250 in
/// email and review replies) or, in a timed call, more than `max_seconds` seconds — that does not
/// end by handing the floor to the customer. Customer backchannels ("mhm", "sì", "ναι", "da",
/// "joo") do not break the stretch; a real customer turn does, and so does an agent question or
/// invitation ("what do you think?", "cosa ne pensa?", "τι λέτε;", "ce părere aveți?", "mitä mieltä
/// olet?") that the customer answered, even with a "yes". The stretch is long only if it ends
/// without such an invitation in its last sentences; short closing lines ("Thanks!", a signature)
/// are skipped when looking for them. In a script each line is judged on its own, since the
/// customer's replies are not written down.
///
/// ## Why it hurts the sale
/// Seed 001 lists "scripts that the girl from the call centre reads to you on the phone" among
/// the forms of over-service that leave the customer with "a feeling of annoyance and boredom",
/// and describes the bank call that runs through thanks, a special offer and loan terms — "blah
/// blah blah" — without a pause; the customer ends up "digesting gigabytes of unnecessary
/// information". Seed 004 defines the seller's craft as going through the customer's worries:
/// "kuunnella, ymmärtää" — listen, understand — which a monologue leaves no room for.
///
/// ## Examples
/// ```conversation lang=en bad
/// agent [2.0-38.0]: So, the Family plan gives you four lines with unlimited calls and texts and 40 gigabytes of data each, and any data you don't use rolls over to the next month. On top of that you get the streaming bundle free for the first six months, and after that it's 5 euros a month, which you can cancel whenever you like, no questions asked.
/// customer [38.2-38.8]: mhm
/// agent [39.0-80.0]: And the router is included: we deliver it within two working days and a technician can set it up for you at no extra cost. The contract runs for 24 months, the first month is free, and if you move house we transfer the line for free as well. Honestly, it's the best plan we have at the moment and most families your size take it.   # fires
/// ```
/// ```conversation lang=en ok
/// agent [2.0-38.0]: So, the Family plan gives you four lines with unlimited calls and texts and 40 gigabytes of data each, and any data you don't use rolls over to the next month. On top of that you get the streaming bundle free for the first six months, and after that it's 5 euros a month, which you can cancel whenever you like, no questions asked.
/// customer [38.2-38.8]: mhm
/// agent [39.0-80.0]: And the router is included: we deliver it within two working days and a technician can set it up for you at no extra cost. The contract runs for 24 months, the first month is free, and if you move house we transfer the line for free as well. How does that sound for your family, and is there anything you'd like me to go over again?
/// ```
/// ```conversation lang=it bad
/// agent [2.0-38.0]: Allora, il piano Famiglia le dà quattro linee con chiamate e messaggi illimitati e 40 giga di traffico ciascuna, e i giga che non usa passano al mese successivo. In più ha il pacchetto streaming gratis per i primi sei mesi, poi costa 5 euro al mese e lo può disdire quando vuole, senza nessuna penale.
/// customer [38.2-38.8]: sì
/// agent [39.0-80.0]: Il modem è incluso: lo consegniamo entro due giorni lavorativi e un tecnico può installarlo a casa sua senza costi aggiuntivi. Il contratto dura 24 mesi, il primo mese è gratuito e, se cambia casa, trasferiamo la linea gratuitamente. Sinceramente è il miglior piano che abbiamo in questo momento e quasi tutte le famiglie come la sua lo scelgono.   # fires
/// ```
/// ```conversation lang=it ok
/// agent [2.0-38.0]: Allora, il piano Famiglia le dà quattro linee con chiamate e messaggi illimitati e 40 giga di traffico ciascuna, e i giga che non usa passano al mese successivo. In più ha il pacchetto streaming gratis per i primi sei mesi, poi costa 5 euro al mese e lo può disdire quando vuole, senza nessuna penale.
/// customer [38.2-38.8]: sì
/// agent [39.0-80.0]: Il modem è incluso: lo consegniamo entro due giorni lavorativi e un tecnico può installarlo a casa sua senza costi aggiuntivi. Il contratto dura 24 mesi, il primo mese è gratuito e, se cambia casa, trasferiamo la linea gratuitamente. Cosa ne pensa per la sua famiglia, c'è qualcosa che vuole che le rispieghi?
/// ```
/// ```conversation lang=el bad
/// agent [2.0-38.0]: Λοιπόν, το οικογενειακό πρόγραμμα σας δίνει τέσσερις γραμμές με απεριόριστες κλήσεις και μηνύματα και 40 gigabyte δεδομένων η καθεμία, και ό,τι δεν χρησιμοποιήσετε μεταφέρεται στον επόμενο μήνα. Επιπλέον έχετε το πακέτο streaming δωρεάν για τους πρώτους έξι μήνες, και μετά κοστίζει 5 ευρώ τον μήνα και μπορείτε να το ακυρώσετε όποτε θέλετε.
/// customer [38.2-38.8]: ναι
/// agent [39.0-80.0]: Ο ρούτερ περιλαμβάνεται: τον παραδίδουμε μέσα σε δύο εργάσιμες και ένας τεχνικός μπορεί να τον εγκαταστήσει χωρίς επιπλέον κόστος. Το συμβόλαιο διαρκεί 24 μήνες, ο πρώτος μήνας είναι δωρεάν, και αν μετακομίσετε μεταφέρουμε τη γραμμή δωρεάν. Ειλικρινά είναι το καλύτερο πρόγραμμα που έχουμε αυτή τη στιγμή και οι περισσότερες οικογένειες σαν τη δική σας το επιλέγουν.   # fires
/// ```
/// ```conversation lang=el ok
/// agent [2.0-38.0]: Λοιπόν, το οικογενειακό πρόγραμμα σας δίνει τέσσερις γραμμές με απεριόριστες κλήσεις και μηνύματα και 40 gigabyte δεδομένων η καθεμία, και ό,τι δεν χρησιμοποιήσετε μεταφέρεται στον επόμενο μήνα. Επιπλέον έχετε το πακέτο streaming δωρεάν για τους πρώτους έξι μήνες, και μετά κοστίζει 5 ευρώ τον μήνα και μπορείτε να το ακυρώσετε όποτε θέλετε.
/// customer [38.2-38.8]: ναι
/// agent [39.0-80.0]: Ο ρούτερ περιλαμβάνεται: τον παραδίδουμε μέσα σε δύο εργάσιμες και ένας τεχνικός μπορεί να τον εγκαταστήσει χωρίς επιπλέον κόστος. Το συμβόλαιο διαρκεί 24 μήνες, ο πρώτος μήνας είναι δωρεάν, και αν μετακομίσετε μεταφέρουμε τη γραμμή δωρεάν. Πώς σας φαίνεται για την οικογένειά σας, θέλετε να σας εξηγήσω κάτι ξανά;
/// ```
/// ```conversation lang=ro bad
/// agent [2.0-38.0]: Deci, abonamentul Familie vă oferă patru linii cu apeluri și mesaje nelimitate și 40 de gigabytes de date fiecare, iar datele pe care nu le folosiți se reportează în luna următoare. În plus, aveți pachetul de streaming gratuit în primele șase luni, apoi costă 5 euro pe lună și îl puteți anula oricând doriți.
/// customer [38.2-38.8]: da
/// agent [39.0-80.0]: Routerul este inclus: îl livrăm în două zile lucrătoare și un tehnician vi-l poate instala fără costuri suplimentare. Contractul este pe 24 de luni, prima lună este gratuită, iar dacă vă mutați vă transferăm linia gratuit. Sincer, este cel mai bun abonament pe care îl avem acum și majoritatea familiilor ca a dumneavoastră îl aleg.   # fires
/// ```
/// ```conversation lang=ro ok
/// agent [2.0-38.0]: Deci, abonamentul Familie vă oferă patru linii cu apeluri și mesaje nelimitate și 40 de gigabytes de date fiecare, iar datele pe care nu le folosiți se reportează în luna următoare. În plus, aveți pachetul de streaming gratuit în primele șase luni, apoi costă 5 euro pe lună și îl puteți anula oricând doriți.
/// customer [38.2-38.8]: da
/// agent [39.0-80.0]: Routerul este inclus: îl livrăm în două zile lucrătoare și un tehnician vi-l poate instala fără costuri suplimentare. Contractul este pe 24 de luni, prima lună este gratuită, iar dacă vă mutați vă transferăm linia gratuit. Cum vi se pare pentru familia dumneavoastră, doriți să vă mai explic ceva?
/// ```
/// ```conversation lang=fi bad
/// agent [2.0-38.0]: Eli Perhe-liittymässä saatte neljä liittymää, joissa on rajattomat puhelut ja viestit ja 40 gigatavua dataa kussakin, ja käyttämätön data siirtyy seuraavalle kuukaudelle. Lisäksi saatte suoratoistopaketin ilmaiseksi kuudeksi ensimmäiseksi kuukaudeksi, minkä jälkeen se maksaa 5 euroa kuukaudessa ja sen voi perua milloin tahansa.
/// customer [38.2-38.8]: joo
/// agent [39.0-80.0]: Reititin kuuluu hintaan: toimitamme sen kahdessa arkipäivässä ja asentaja voi asentaa sen teille ilman lisämaksua. Sopimus on 24 kuukauden mittainen, ensimmäinen kuukausi on ilmainen, ja jos muutatte, siirrämme liittymän uuteen osoitteeseen maksutta. Rehellisesti sanottuna tämä on paras liittymämme tällä hetkellä ja useimmat teidän kokoisenne perheet valitsevat sen.   # fires
/// ```
/// ```conversation lang=fi ok
/// agent [2.0-38.0]: Eli Perhe-liittymässä saatte neljä liittymää, joissa on rajattomat puhelut ja viestit ja 40 gigatavua dataa kussakin, ja käyttämätön data siirtyy seuraavalle kuukaudelle. Lisäksi saatte suoratoistopaketin ilmaiseksi kuudeksi ensimmäiseksi kuukaudeksi, minkä jälkeen se maksaa 5 euroa kuukaudessa ja sen voi perua milloin tahansa.
/// customer [38.2-38.8]: joo
/// agent [39.0-80.0]: Reititin kuuluu hintaan: toimitamme sen kahdessa arkipäivässä ja asentaja voi asentaa sen teille ilman lisämaksua. Sopimus on 24 kuukauden mittainen, ensimmäinen kuukausi on ilmainen, ja jos muutatte, siirrämme liittymän uuteen osoitteeseen maksutta. Miltä tämä kuulostaa teidän perheellenne, haluatteko, että käyn jotain läpi uudestaan?
/// ```
///
/// ## Suggested instead
/// Break the explanation into short pieces and hand the floor back after each one: ask what
/// matters most to the customer, or check with "does that make sense?", before going on.
///
/// ## Options
/// - `max_words` (default 120): words a stretch may hold in chat, calls and other channels.
/// - `max_words_email` (default 250): words a stretch may hold in email and review replies.
/// - `max_seconds` (default 60): seconds a stretch may last in a timed call.
/// - `tail_sentences` (default 2): how many of the last sentences (of four words or more) are
///   searched for a question or an invitation.
///
/// ## Known limits
/// Any question near the end counts as an invitation, including a rhetorical one ("and who
/// wouldn't want that?"). A long answer that the customer explicitly asked for ("explain the whole
/// contract to me") is reported like any other monologue. Unpunctuated transcripts are one
/// sentence per turn, so only invitation phrases in the last 30 words count there.
pub struct AgentMonologue;

/// Words after an invitation phrase beyond which it is no longer "at the end".
const TAIL_WORDS: usize = 30;
/// Sentences shorter than this ("Thanks!", "Best regards, Anna") are closings, not content.
const SHORT_SENTENCE: usize = 4;

/// Whether the agent turns `turns` (in order) end by handing the floor over: a question or an
/// invitation phrase within the last `tail` sentences of four words or more.
fn ends_with_invitation(c: &Analyzed<'_>, turns: &[usize], tail: usize) -> bool {
    let mut substantive = 0;
    for &j in turns.iter().rev() {
        let t = &c.turns[j];
        for s in t.sentences.iter().rev() {
            let words = t
                .text
                .tokens
                .iter()
                .filter(|k| k.norm_start >= s.norm_start && k.norm_end <= s.norm_end)
                .count();
            let invites = s.is_question
                || t.text.cues_of(lex::INVITATION).any(|m| {
                    m.norm_start >= s.norm_start
                        && m.norm_end <= s.norm_end
                        && t.text
                            .tokens
                            .iter()
                            .filter(|k| k.norm_start >= m.norm_end)
                            .count()
                            <= TAIL_WORDS
                });
            if invites {
                return true;
            }
            if words >= SHORT_SENTENCE {
                substantive += 1;
                if substantive >= tail {
                    return false;
                }
            }
        }
    }
    false
}

/// The agent turns of a run split where the agent invited the customer in and the customer
/// answered (even with a backchannel): each piece is a stretch judged on its own.
fn stretches(c: &Analyzed<'_>, first: usize, last: usize, tail: usize) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    let mut cur = Vec::new();
    for j in first..=last {
        if !c.is_seller(j) {
            continue;
        }
        cur.push(j);
        let answered = j < last && c.is_customer(j + 1);
        if answered && ends_with_invitation(c, &[j], tail) {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

impl Rule for AgentMonologue {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        let channel = c.conversation.channel;
        let max_words = if matches!(channel, Channel::Email | Channel::Review) {
            cx.config.usize("max_words_email", 250)
        } else {
            cx.config.usize("max_words", 120)
        };
        let max_seconds = cx.config.f64("max_seconds", 60.0);
        let tail = cx.config.usize("tail_sentences", 2).max(1);
        let runs: Vec<(usize, usize)> = if channel == Channel::Script {
            c.seller_turns().map(|i| (i, i)).collect()
        } else {
            c.runs(true).iter().map(|r| (r.first, r.last)).collect()
        };
        for (first, last) in runs {
            for turns in stretches(c, first, last, tail) {
                let (Some(&a), Some(&b)) = (turns.first(), turns.last()) else {
                    continue;
                };
                let words: usize = turns.iter().map(|&j| c.turns[j].word_count()).sum();
                let seconds = match (c.turn(a).start, c.turn(b).end) {
                    (Some(s), Some(e)) if e >= s => Some(e - s),
                    _ => None,
                };
                let too_long = words > max_words || seconds.is_some_and(|s| s > max_seconds);
                if !too_long || ends_with_invitation(c, &turns, tail) {
                    continue;
                }
                let longest = turns
                    .iter()
                    .copied()
                    .max_by_key(|&j| (c.turns[j].word_count(), std::cmp::Reverse(j)))
                    .unwrap_or(a);
                let span = lead_words(&c.turns[longest], 12);
                let message = match seconds {
                    Some(s) => Message::new("moment-agent-monologue-timed")
                        .text("seconds", format!("{s:.0}"))
                        .text("max_seconds", format!("{max_seconds:.0}")),
                    None => Message::new("moment-agent-monologue"),
                };
                out.push(Finding {
                    confidence: Confidence::DEFAULT,
                    turn: longest,
                    span,
                    message: message
                        .number("words", words as f64)
                        .number("turns", turns.len() as f64)
                        .number("max_words", max_words as f64)
                        .text("opening", c.quote(longest, span)),
                });
            }
        }
    }
}
