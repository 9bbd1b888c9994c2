//! Rule P004 `talks-over-customer`: the agent starts talking before the customer has finished.

use super::common::{lead_words, tail_words};
use crate::{CheckContext, Confidence, Finding, Message, Rule};

/// ## What it detects
/// In a timed call, an agent turn that starts while the customer is still speaking and overlaps
/// the customer's turn by more than `min_overlap` seconds. Backchannels on either side do not
/// count: an agent's "mhm" or "sì" while the customer talks is listening, and talking on over a
/// customer's "yeah" is not cutting them off. Nor does a customer who breaks into the agent's
/// turn (the customer started later), and conversations without call times never fire.
///
/// ## Why it hurts the sale
/// Seed 003 lists refusing to listen ("puteți refuza să-l ascultați") and entering the dispute to
/// show who knows better as the ways of winning against a customer — and "after beating the
/// customer in the argument, we lose them at the sale". Seed 004 names listening ("kuunnella,
/// ymmärtää") as the seller's craft, and seed 000 counts the agent "per niente interessato alle
/// loro esigenze" among the sources of OOPS moments: a customer who cannot finish a sentence
/// feels exactly that.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer [0.0-6.5]: I've been charged twice this month and I'd like to know why, because last time
/// agent [4.0-9.0]: Yes, yes, the double charge is a known issue, we'll refund it.   # fires
/// ```
/// ```conversation lang=en ok
/// customer [0.0-6.5]: I've been charged twice this month and I'd like to know why.
/// agent [3.0-3.4]: mhm
/// agent [6.9-12.0]: I'm sorry about that, let me check the two charges for you.
/// ```
/// ```conversation lang=it bad
/// customer [0.0-6.5]: Mi avete addebitato due volte questo mese e vorrei capire perché, visto che già l'ultima volta
/// agent [4.0-9.0]: Sì, sì, il doppio addebito è un problema noto, glielo rimborsiamo.   # fires
/// ```
/// ```conversation lang=it ok
/// customer [0.0-6.5]: Mi avete addebitato due volte questo mese e vorrei capire perché.
/// agent [3.0-3.4]: sì
/// agent [6.9-12.0]: Mi dispiace, controllo subito i due addebiti.
/// ```
/// ```conversation lang=el bad
/// customer [0.0-6.5]: Με χρεώσατε δύο φορές αυτόν τον μήνα και θέλω να μάθω γιατί, επειδή και την προηγούμενη φορά
/// agent [4.0-9.0]: Ναι, ναι, η διπλή χρέωση είναι γνωστό πρόβλημα, θα σας την επιστρέψουμε.   # fires
/// ```
/// ```conversation lang=el ok
/// customer [0.0-6.5]: Με χρεώσατε δύο φορές αυτόν τον μήνα και θέλω να μάθω γιατί.
/// agent [3.0-3.4]: μάλιστα
/// agent [6.9-12.0]: Λυπάμαι γι' αυτό, ελέγχω αμέσως τις δύο χρεώσεις.
/// ```
/// ```conversation lang=ro bad
/// customer [0.0-6.5]: Mi-ați luat banii de două ori luna asta și aș vrea să știu de ce, pentru că și data trecută
/// agent [4.0-9.0]: Da, da, dubla debitare e o problemă cunoscută, vi-i returnăm.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer [0.0-6.5]: Mi-ați luat banii de două ori luna asta și aș vrea să știu de ce.
/// agent [3.0-3.4]: da
/// agent [6.9-12.0]: Îmi pare rău, verific imediat cele două plăți.
/// ```
/// ```conversation lang=fi bad
/// customer [0.0-6.5]: Minulta on veloitettu kahdesti tässä kuussa ja haluaisin tietää miksi, koska viimeksikin
/// agent [4.0-9.0]: Joo joo, tuplaveloitus on tunnettu ongelma, palautamme sen.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer [0.0-6.5]: Minulta on veloitettu kahdesti tässä kuussa ja haluaisin tietää miksi.
/// agent [3.0-3.4]: mm
/// agent [6.9-12.0]: Olen pahoillani, tarkistan heti ne kaksi veloitusta.
/// ```
///
/// ## Suggested instead
/// Let the customer finish, signal that you are listening with a short "mhm", and start your
/// answer by picking up the customer's own last words, so they know they were heard.
///
/// ## Options
/// - `min_overlap` (default 0.5): seconds of overlap tolerated before a turn counts as talking over
///   the customer; short overlaps are normal turn-taking.
///
/// ## Known limits
/// It trusts the transcript's times: diarization that cuts turns late reports overlaps that did
/// not happen. An agent who breaks in only to yield ("sorry, go ahead") is reported, and one who
/// talks over the customer's backchannel-only reply ("yes, but…") is not.
pub struct TalksOverCustomer;

impl Rule for TalksOverCustomer {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        if !c.conversation.is_timed() {
            return;
        }
        let min_overlap = cx.config.f64("min_overlap", 0.5);
        let mut last_flagged = None;
        for i in c.seller_turns() {
            let agent = &c.turns[i];
            let Some(ci) = c.prev_customer(i) else {
                continue;
            };
            let customer = &c.turns[ci];
            if agent.is_backchannel || customer.is_backchannel || last_flagged == Some(ci) {
                continue;
            }
            let (a, t) = (c.turn(i), c.turn(ci));
            let (Some(a_start), Some(c_start), Some(c_end)) = (a.start, t.start, t.end) else {
                continue;
            };
            // The customer must have had the floor first; a customer breaking into the agent's
            // turn is not the agent talking over them.
            if c_start > a_start {
                continue;
            }
            let overlap = c_end.min(a.end.unwrap_or(c_end)) - a_start;
            if overlap <= min_overlap {
                continue;
            }
            last_flagged = Some(ci);
            // The agent's words spoken during the overlap, estimated from the turn's pace.
            let words = agent.word_count().max(1);
            let during = a
                .duration()
                .filter(|d| *d > 0.0)
                .map_or(words, |d| ((words as f64) * overlap / d).ceil() as usize)
                .clamp(3, 12);
            let span = lead_words(agent, during);
            let cut = tail_words(customer, 6);
            out.push(Finding {
                confidence: Confidence::DEFAULT,
                turn: i,
                span,
                message: Message::new("moment-talks-over-customer")
                    .text("started", c.quote(i, span))
                    .text("overlap", format!("{overlap:.1}"))
                    .text("cut", c.quote(ci, cut)),
            });
        }
    }
}
