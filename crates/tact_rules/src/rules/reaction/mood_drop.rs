//! Rule S003 `mood-drop`: the customer's mood falls sharply right after an agent turn.

use crate::rules::courtesy::{find_abuse, Policy};
use crate::{CheckContext, Confidence, Finding, Message, Rule};
use tact_lang::lex;
use tact_model::Span;

/// ## What it detects
/// The customer's mood falls sharply right after an agent turn: the learned per-turn signals
/// (sentiment, anger, disgust) of the customer's reply are far below those of the customer's
/// previous turn, and the reply says so ("that's offensive", "sono arrabbiata"). A customer whose
/// previous turn already named anger or exasperation was upset before the agent spoke, so that
/// is no drop. The moment points at the agent turn in between — that turn is the OOPS, the
/// customer's reply is the evidence.
///
/// ## Why it hurts the sale
/// Seed 000 defines an OOPS moment by the emotion a message evokes: the customer files the
/// interaction as unpleasant, wrong, an obstacle to buying. A customer who arrived warm and turns
/// cold or angry after one reply tells you which reply did it, even when no keyword says so.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer: Hi! I'm really excited, I want to upgrade my plan for my new job.
/// agent: Upgrades are only for customers who pay on time, and you were late in March.   # fires
/// customer: Wow. That's insulting and honestly I'm furious now.
/// ```
/// ```conversation lang=en ok
/// customer: Hi! I'm really excited, I want to upgrade my plan for my new job.
/// agent: Congratulations on the new job! Let's find the plan that fits it.
/// customer: Great, thank you so much, that sounds perfect.
/// ```
/// ```conversation lang=it bad
/// customer: Ciao! Sono davvero contenta, vorrei passare al piano superiore per il nuovo lavoro.
/// agent: Il passaggio è riservato a chi paga puntuale, e lei a marzo era in ritardo.   # fires
/// customer: Ma come si permette? È un'offesa, sono davvero arrabbiata adesso.
/// ```
/// ```conversation lang=it ok
/// customer: Ciao! Sono davvero contenta, vorrei passare al piano superiore per il nuovo lavoro.
/// agent: Complimenti per il nuovo lavoro! Vediamo insieme il piano giusto.
/// customer: Fantastico, grazie mille, è perfetto.
/// ```
/// ```conversation lang=el bad
/// customer: Γεια σας! Είμαι πολύ χαρούμενη, θέλω να αναβαθμίσω το πρόγραμμά μου για τη νέα μου δουλειά.
/// agent: Η αναβάθμιση ισχύει μόνο για όσους πληρώνουν εγκαίρως, κι εσείς τον Μάρτιο καθυστερήσατε.   # fires
/// customer: Πώς τολμάτε; Είναι προσβολή, είμαι πραγματικά θυμωμένη τώρα.
/// ```
/// ```conversation lang=el ok
/// customer: Γεια σας! Είμαι πολύ χαρούμενη, θέλω να αναβαθμίσω το πρόγραμμά μου για τη νέα μου δουλειά.
/// agent: Συγχαρητήρια για τη νέα δουλειά! Ας βρούμε μαζί το πρόγραμμα που σας ταιριάζει.
/// customer: Τέλεια, σας ευχαριστώ πολύ, είναι ό,τι χρειαζόμουν.
/// ```
/// ```conversation lang=ro bad
/// customer: Bună! Sunt foarte bucuroasă, vreau să trec la abonamentul superior pentru noul meu job.
/// agent: Trecerea e doar pentru clienții care plătesc la timp, iar dumneavoastră în martie ați întârziat.   # fires
/// customer: Cum vă permiteți? E o jignire, sunt foarte furioasă acum.
/// ```
/// ```conversation lang=ro ok
/// customer: Bună! Sunt foarte bucuroasă, vreau să trec la abonamentul superior pentru noul meu job.
/// agent: Felicitări pentru noul job! Hai să găsim împreună abonamentul potrivit.
/// customer: Minunat, vă mulțumesc mult, e perfect.
/// ```
/// ```conversation lang=fi bad
/// customer: Hei! Olen tosi innoissani, haluaisin isomman liittymän uutta työpaikkaa varten.
/// agent: Isompi liittymä on vain asiakkaille, jotka maksavat ajallaan, ja sinä olit maaliskuussa myöhässä.   # fires
/// customer: Miten kehtaatte? Tämä on loukkaavaa, olen todella vihainen nyt.
/// ```
/// ```conversation lang=fi ok
/// customer: Hei! Olen tosi innoissani, haluaisin isomman liittymän uutta työpaikkaa varten.
/// agent: Onnea uuteen työpaikkaan! Etsitään yhdessä sopiva liittymä.
/// customer: Mahtavaa, kiitos paljon, tämä on täydellinen.
/// ```
///
/// ## Suggested instead
/// Reread the turn the customer reacted to as the customer heard it: name what went wrong in a
/// few words, apologise once if it stung, and come back to what the customer wanted — before
/// anything else.
///
/// ## Options
/// - `min_drop` (default 0.9): how far the customer's mood must fall between two of their turns
///   (mood = sentiment − (anger + disgust) / 2, from −2 to 1).
/// - `max_after` (default -0.3): the mood the customer must fall to; a drop from delighted to
///   merely neutral is not a moment.
/// - `min_words` (default 3): customer turns shorter than this carry too little text to score.
/// - `extreme` (default -1.9): below this mood the drop counts on its own; above it, the
///   customer's reply must also name the hurt (lexicons `negative_emotion`, `frustration`,
///   `profanity`, or an insult aimed at the agent, not "I'm such an idiot"), because the learned
///   scores of a short, mildly disappointed turn ("a bit more than I hoped", "not that one") can
///   be as low as those of an angry one. On the blind set, drops with no such words were false
///   alarms (the default was -1.3 before).
///
/// ## Known limits
/// The signals are learned from subtitles, tweets and Wikipedia requests, not sales talk: a
/// customer who turns negative about something else (a former provider, the weather) right
/// after a good reply is reported, and a cold but polite reply can be missed. Greek and Romanian
/// neutral turns score slightly negative, which the `max_after` floor absorbs.
pub struct MoodDrop;

impl Rule for MoodDrop {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        let min_drop = cx.config.f64("min_drop", 0.9);
        let max_after = cx.config.f64("max_after", -0.3);
        let min_words = cx.config.usize("min_words", 3);
        let extreme = cx.config.f64("extreme", -1.9);
        let mut prev: Option<(usize, f64)> = None;
        // Whether the customer's previous turn already named anger or exasperation: then the
        // mood was low before the agent spoke, whatever the learned score says.
        let mut upset_before = false;
        for j in c.customer_turns() {
            if c.turns[j].word_count() < min_words {
                continue;
            }
            let now = c.signals(j).mood();
            if let Some((p, before)) = prev {
                // The agent turn the customer answered is the one right before this turn.
                let agent = c.prev_seller(j).filter(|&a| a > p);
                // Short turns score noisily: a learned drop counts when the customer also names the
                // hurt ("that's offensive", "sono arrabbiata") or the fall is extreme.
                let turn = &c.turns[j];
                // An insult counts when aimed at the agent, as buyer-rudeness reads it.
                let aimed = find_abuse(
                    turn,
                    &Policy {
                        possessive_is_listener: false,
                        profanity_needs_aim: true,
                        contempt_counts: false,
                    },
                )
                .is_some();
                let cue = turn.text.cues.iter().find(|m| {
                    [lex::NEGATIVE_EMOTION, lex::FRUSTRATION].contains(&m.lex)
                        || (aimed && [lex::INSULT, lex::PROFANITY].contains(&m.lex))
                });
                let corroborated = now <= extreme || cue.is_some();
                if let Some(a) = agent.filter(|_| {
                    before - now >= min_drop && now <= max_after && corroborated && !upset_before
                }) {
                    // Quote the sentence that names the hurt, else the reply's first sentence.
                    let sentence = turn
                        .sentences
                        .iter()
                        .find(|s| {
                            cue.is_some_and(|m| {
                                m.norm_start >= s.norm_start && m.norm_end <= s.norm_end
                            })
                        })
                        .or(turn.sentences.first());
                    let said = sentence.map_or(c.text(j), |s| c.quote(j, s.span));
                    out.push(Finding {
                        confidence: Confidence::DEFAULT,
                        turn: a,
                        span: Span::new(0, 0),
                        message: Message::new("moment-mood-drop")
                            .text("before", format!("{before:+.2}"))
                            .text("after", format!("{now:+.2}"))
                            .text("reply", said),
                    });
                }
            }
            prev = Some((j, now));
            upset_before = c.turns[j]
                .text
                .cues
                .iter()
                .any(|m| [lex::NEGATIVE_EMOTION, lex::FRUSTRATION].contains(&m.lex));
        }
    }
}
