//! Rule O004 `robotic-script`: a template read out instead of an answer to this customer.

use crate::predicates::{covered, said, shorten};
use crate::{Analyzed, CheckContext, Confidence, Finding, Message, Rule, RuleConfig};
use tact_lang::lex;
use tact_model::Span;

/// ## What it detects
/// The agent answers the customer with a template instead of a reply. Three ways to tell:
/// - a long agent turn (at least `min_words` words) whose wording, with numbers and names masked,
///   has already been said at least `min_repeats` times in the conversations of this run and
///   once before in this conversation, and that takes up nothing of what the customer had just
///   said (no shared content word);
/// - a stock "I don't understand what you mean" ("non ho capito", "δεν κατάλαβα τι εννοείτε",
///   "nu înțeleg ce vreți să spuneți", "en ymmärrä mitä tarkoitat") with no question to find out
///   what the customer meant;
/// - a reply to a complaint made only of call-centre formulas ("we apologise for any
///   inconvenience, is there anything else I can help you with?", "ci scusiamo per il disagio",
///   "ζητούμε συγγνώμη για την ταλαιπωρία", "ne cerem scuze pentru neplăcerile create",
///   "pahoittelemme aiheutunutta haittaa"), with nothing said about the problem itself.
///
/// ## Why it hurts the sale
/// Seed 001 lists "scripts that the girl from the next call centre reads to you on the phone"
/// among the faces of over-service, and explains why it humiliates: "the customer feels there is
/// no person in front of them, but an android loaded with a script". The sensitive ear of the
/// customer registers it, and concludes that the company does not trust a person with keeping
/// them. The seed's rule of thumb: nearly every memorable service moment happens when the seller
/// steps out of the template.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer: My internet has been down since Monday.
/// agent: Thank you for your message, we have forwarded your request to the competent department and will reply soon.
/// customer: It's Thursday now and I work from home.
/// agent: Thank you for your message, we have forwarded your request to the competent department and will reply soon.
/// customer: Can someone at least tell me when the technician comes?
/// agent: Thank you for your message, we have forwarded your request to the competent department and will reply soon.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: My internet has been down since Monday.
/// agent: I'm sorry your internet has been down since Monday. I've opened a ticket and the technician can come on Friday morning.
/// ```
/// ```conversation lang=it bad
/// customer: Il frigorifero che ho comprato fa un rumore fortissimo.
/// agent: Gentile cliente, la sua segnalazione è stata inoltrata all'ufficio competente che le risponderà al più presto.
/// customer: Ma intanto posso usarlo lo stesso?
/// agent: Gentile cliente, la sua segnalazione è stata inoltrata all'ufficio competente che le risponderà al più presto.
/// customer: Quindi nessuno mi sa dire niente?
/// agent: Gentile cliente, la sua segnalazione è stata inoltrata all'ufficio competente che le risponderà al più presto.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Il frigorifero che ho comprato fa un rumore fortissimo.
/// agent: Mi dispiace per il rumore. Può usare il frigorifero senza problemi, e le mando un tecnico giovedì mattina.
/// ```
/// ```conversation lang=el bad
/// customer: Η παραγγελία μου έχει κολλήσει στο κέντρο διανομής.
/// agent: Σας ευχαριστούμε για το μήνυμά σας, το αίτημά σας προωθήθηκε στο αρμόδιο τμήμα και θα σας απαντήσουμε σύντομα.
/// customer: Μπορείτε να μου πείτε πότε θα έρθει το δέμα;
/// agent: Σας ευχαριστούμε για το μήνυμά σας, το αίτημά σας προωθήθηκε στο αρμόδιο τμήμα και θα σας απαντήσουμε σύντομα.
/// customer: Έχω πληρώσει και για γρήγορη αποστολή.
/// agent: Σας ευχαριστούμε για το μήνυμά σας, το αίτημά σας προωθήθηκε στο αρμόδιο τμήμα και θα σας απαντήσουμε σύντομα.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Η παραγγελία μου έχει κολλήσει στο κέντρο διανομής.
/// agent: Λυπάμαι για την καθυστέρηση. Η παραγγελία σας φεύγει σήμερα από το κέντρο διανομής και θα την έχετε αύριο.
/// ```
/// ```conversation lang=ro bad
/// customer: Mașina de spălat livrată ieri nu funcționează deloc.
/// agent: Ne cerem scuze pentru neplăcerile create. Vă mai pot ajuta cu ceva?   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Mașina de spălat livrată ieri nu funcționează deloc.
/// agent: Ne cerem scuze pentru neplăcerile create. Vă trimitem mâine un tehnician care să repare mașina de spălat.
/// ```
/// ```conversation lang=fi bad
/// customer: Tilaamani sohva tuli rikki ja olen odottanut vastausta viikon.
/// agent: Pahoittelemme aiheutunutta haittaa. Voinko auttaa vielä jossain?   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Tilaamani sohva tuli rikki ja olen odottanut vastausta viikon.
/// agent: Pahoittelen, että sohva tuli rikki. Lähetämme uuden sohvan ensi viikolla ilman lisämaksua.
/// ```
///
/// ```conversation lang=en bad
/// customer: Can you move my table to the terrace, my friend is bringing her dog?
/// agent: I'm sorry, I don't understand what you mean. I can only help you with reservations.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: Can you move my table to the terrace, my friend is bringing her dog?
/// agent: I'm sorry, I didn't understand: do you want to change the table of tonight's booking?
/// ```
/// ```conversation lang=it bad
/// customer: Posso spostare il tavolo in terrazza? La mia amica porta il cane.
/// agent: Mi scusi, non ho capito. Posso aiutarla solo con le prenotazioni.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Posso spostare il tavolo in terrazza? La mia amica porta il cane.
/// agent: Mi scusi, non ho capito: vuole cambiare il tavolo della prenotazione di stasera?
/// ```
/// ```conversation lang=el bad
/// customer: Μπορώ να αλλάξω το τραπέζι στη βεράντα; Η φίλη μου φέρνει τον σκύλο της.
/// agent: Λυπάμαι, δεν καταλαβαίνω τι εννοείτε. Μπορώ να βοηθήσω μόνο με κρατήσεις.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Μπορώ να αλλάξω το τραπέζι στη βεράντα; Η φίλη μου φέρνει τον σκύλο της.
/// agent: Λυπάμαι, δεν κατάλαβα: θέλετε να αλλάξουμε το τραπέζι της αποψινής κράτησης;
/// ```
/// ```conversation lang=ro bad
/// customer: Pot să mut masa pe terasă? Prietena mea vine cu câinele.
/// agent: Îmi pare rău, nu înțeleg ce vreți să spuneți. Vă pot ajuta doar cu rezervări.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Pot să mut masa pe terasă? Prietena mea vine cu câinele.
/// agent: Îmi pare rău, n-am înțeles: vreți să schimbăm masa de la rezervarea de diseară?
/// ```
/// ```conversation lang=fi bad
/// customer: Voinko siirtää pöydän terassille? Ystäväni tuo koiransa.
/// agent: Pahoittelen, en ymmärrä mitä tarkoitat. Voin auttaa vain varauksissa.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Voinko siirtää pöydän terassille? Ystäväni tuo koiransa.
/// agent: Pahoittelen, en ymmärtänyt: haluatko vaihtaa tämäniltaisen varauksen pöydän?
/// ```
///
/// ## Suggested instead
/// Answer the customer's own words: name their problem, say what happens next and when, and keep
/// the standard phrases for after that, if at all.
///
/// ## Options
/// - `min_words` (default 12): the shortest agent turn that is compared with the corpus.
/// - `min_repeats` (default 3): how many times the same wording must have been seen in this run.
///
/// ## Known limits
/// The template path depends on corpus order: the corpus is the conversations of one run, read in
/// order, so the first `min_repeats - 1` sightings of a template never fire and the same
/// conversation can be reported in one run and not in another (a smaller or differently sorted
/// batch). A template read out once in a conversation is not judged, since a real template (a
/// weather report, a booking confirmation) is often the right answer. Only identical wording
/// (numbers and mid-sentence capitalised names masked) counts as the same template; a template
/// with one word changed is new. The agent's first turn is never compared, since greetings and
/// recording notices are scripted everywhere. "Not adapted" means no content word in common with
/// the customer's last turn, so a template that happens to repeat one of the customer's words
/// passes. A stock "anything else I can do for you?" after a question or complaint is not read:
/// on the blind sets it was as often a fair close as a brush-off.
pub struct RoboticScript;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Content words of their own a reply may add to formulas and still be only formulas.
const MAX_OWN_WORDS: usize = 2;

fn fnv(mut h: u64, s: &str) -> u64 {
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// The wording of turn `i` with numbers as `#` and names (capitalised words that do not open a
/// sentence) as `@`, hashed so that the corpus stores a number, not the text.
fn fingerprint(c: &Analyzed<'_>, i: usize) -> u64 {
    let t = &c.turns[i];
    let openers: std::collections::HashSet<u32> = t
        .sentences
        .iter()
        .filter_map(|s| {
            let k = t
                .text
                .tokens
                .partition_point(|k| k.norm_start < s.norm_start);
            t.text.tokens.get(k).map(|k| k.norm_start)
        })
        .collect();
    let mut h = fnv(FNV_OFFSET, "robotic-script\u{0}");
    for k in &t.text.tokens {
        let word = k.norm(&t.text.norm);
        let masked = if word.chars().any(char::is_numeric) {
            "#"
        } else if !openers.contains(&k.norm_start)
            && c.quote(i, k.span)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        {
            "@"
        } else {
            word
        };
        h = fnv(h, masked);
        h = fnv(h, " ");
    }
    h
}

/// Whether the customer turn says something a reply could take up: a question, a complaint, or
/// a few content words.
fn is_specific(c: &Analyzed<'_>, ci: usize) -> bool {
    let t = &c.turns[ci];
    t.has_question() || t.text.has(lex::CUSTOMER_COMPLAINT) || c.content_stems(ci).len() >= 3
}

/// Content words of turn `i` outside its `script_formula` cues, as stems.
fn own_stems(c: &Analyzed<'_>, i: usize) -> Vec<String> {
    let t = &c.turns[i];
    c.content_tokens(i)
        .filter(|k| !covered(t, lex::SCRIPT_FORMULA, k.norm_start, k.norm_end))
        .map(|k| c.stem_of(i, k).to_string())
        .collect()
}

/// Whether seller turn `i`, a template already read out earlier in this conversation, replies
/// to customer turn `ci` without taking up anything of it. A template is the right reply when it
/// answers the customer's question, takes up the need they stated, or moves on after they
/// answered the agent's own question (a form being filled in): the dialogue layer links those
/// turns.
fn template(c: &Analyzed<'_>, i: usize, ci: usize) -> bool {
    let links = &c.dialogue.links;
    let fitting = links.direct_answer(i) == Some(ci)
        || links.addressed_by[ci] == Some(i)
        || links.direct_answer(ci).is_some();
    let said = c.content_stems(ci);
    !fitting && is_specific(c, ci) && !c.content_stems(i).iter().any(|s| said.contains(s))
}

/// A reply to a complaint in customer turn `ci` made only of call-centre formulas, from seller
/// turn `i` up to the customer's next turn: the complaint and the first formula.
fn formulas(c: &Analyzed<'_>, i: usize, ci: usize) -> Option<(Span, Span)> {
    let complaint = c.turns[ci].text.first(lex::CUSTOMER_COMPLAINT)?;
    let formula = c.turns[i].text.first(lex::SCRIPT_FORMULA)?;
    let reply: Vec<usize> = (i..c.len())
        .take_while(|&j| !c.is_customer(j))
        .filter(|&j| c.is_seller(j))
        .collect();
    let own: Vec<String> = reply.iter().flat_map(|&j| own_stems(c, j)).collect();
    let said = c.content_stems(ci);
    (own.len() <= MAX_OWN_WORDS && !own.iter().any(|s| said.contains(s)))
        .then_some((complaint.span, formula.span))
}

/// "I don't understand what you mean" with no question to find out what was meant: a stock
/// non-answer, often followed by what the agent can do instead ("I am only able to...").
fn not_understood(c: &Analyzed<'_>, i: usize) -> Option<Span> {
    let t = &c.turns[i];
    let m = t.text.cues_of(lex::NOT_UNDERSTOOD).find(|m| said(t, m))?;
    (!t.has_question()).then_some(m.span)
}

/// The shortest seller turn compared with the corpus (option `min_words`): `corpus_keys` and
/// `check` must agree on it, or the counts would be read against the wrong turns.
fn min_words(config: &RuleConfig) -> usize {
    config.usize("min_words", 12).max(1)
}

/// The message of the template counter, the detector that reads other conversations.
const TEMPLATE: &str = "moment-robotic-script-template";

impl Rule for RoboticScript {
    fn corpus_message(&self) -> Option<&'static str> {
        Some(TEMPLATE)
    }

    /// The fingerprints of the long seller turns, in turn order: `check` reads their counts in
    /// the same order.
    fn corpus_keys(&self, c: &Analyzed<'_>, config: &RuleConfig) -> Vec<u64> {
        let min_words = min_words(config);
        c.seller_turns()
            .filter(|&i| c.turns[i].word_count() >= min_words)
            .map(|i| fingerprint(c, i))
            .collect()
    }

    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        let min_words = min_words(cx.config);
        let min_repeats = cx.config.usize("min_repeats", 3).max(1);
        let first_seller = c.seller_turns().next();
        // Fingerprints of this conversation's long seller turns so far, and how often the run
        // had seen each (`corpus_keys` lists them in this order).
        let mut here: Vec<u64> = Vec::new();
        let mut counts = cx.corpus.map(|s| s.iter());
        for i in c.seller_turns() {
            // Every long turn is counted, whether or not it is judged here.
            let (seen, again_here) = match counts.as_mut() {
                Some(counts) if c.turns[i].word_count() >= min_words => {
                    let f = fingerprint(c, i);
                    let again_here = here.contains(&f);
                    here.push(f);
                    (counts.next().copied().unwrap_or(1) as usize, again_here)
                }
                _ => (0, false),
            };
            // The reply to a customer turn: the first seller turn after it.
            let Some(ci) = c
                .prev_customer(i)
                .filter(|&ci| c.next_seller(ci) == Some(i))
            else {
                continue;
            };
            // A template once in a conversation may be the fitting answer (real templates,
            // such as a weather report, often are); the same one twice without taking up what
            // was said is not. It is reported beside the other detectors, not instead of them:
            // the engine keeps the surer of a turn's findings, so hiding the template counter
            // (see `Engine::compares_conversations`) never hides what they find.
            if seen >= min_repeats && again_here && Some(i) != first_seller && template(c, i, ci) {
                out.push(Finding {
                    confidence: Confidence::DEFAULT,
                    turn: i,
                    span: Span::new(0, c.text(i).len()),
                    message: Message::new(TEMPLATE)
                        .number("times", seen as f64)
                        .text("template", shorten(c.text(i))),
                });
            }
            let message = if let Some(span) = not_understood(c, i) {
                Message::new("moment-robotic-script-not-understood")
                    .text("line", c.quote(i, span))
                    .text("customer", shorten(c.text(ci)))
            } else if let Some((complaint, formula)) = formulas(c, i, ci) {
                out.push(Finding {
                    confidence: Confidence::DEFAULT,
                    turn: i,
                    span: formula,
                    message: Message::new("moment-robotic-script-formulas")
                        .text("complaint", c.quote(ci, complaint))
                        .text("formula", c.quote(i, formula)),
                });
                continue;
            } else {
                continue;
            };
            out.push(Finding {
                confidence: Confidence::DEFAULT,
                turn: i,
                span: Span::new(0, c.text(i).len()),
                message,
            });
        }
    }
}
