//! Amounts of money, plain numbers and clock times, in the number formats of the five languages
//! ("1,299.50" in English, "1.299,50" in Italian, Greek and Romanian, "1 299,50" in Finnish), so
//! that a price can be compared with the limit a customer stated.

use tact_lang::{lex, CueMatch, Lang, TurnText};

/// What a number in the text stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityKind {
    /// A number with a currency next to it ("79 euro", "€79", "79 de lei").
    Money,
    /// A clock time ("19:30", "7 pm").
    Time,
    /// Any other number (a quantity, a count, a size).
    Number,
}

/// A number found in a turn.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub kind: EntityKind,
    /// The value; for a time, hours plus minutes / 60.
    pub value: f64,
    /// The currency as written and folded ("euro", "lei", "€"), for money.
    pub currency: Option<String>,
    /// For a time, whether "am" or "pm" was written with it: its value is then on the 24-hour
    /// clock already, not a guess.
    pub meridiem: bool,
    pub norm_start: u32,
    pub norm_end: u32,
}

/// Currency symbols are the same in every language; currency words are in the `currency` lexicon.
const SYMBOLS: [char; 3] = ['€', '$', '£'];

/// Parses one number as people type prices in any of the five languages: "300", "1.200",
/// "1,200", "1 200", "79,99", "79.99", "1,299.50", "1.299,50". The last separator decides: followed
/// by exactly three digits it groups thousands (as every separator before it does), otherwise it
/// is the decimal mark. "1,299" and "1.299" are both read as 1299, which is what they mean in
/// prices, whichever language wrote them.
pub fn parse_number(s: &str) -> Option<f64> {
    let is_sep = |c: char| matches!(c, '.' | ',' | ' ' | '\u{a0}' | '\u{202f}' | '\'');
    if !s.starts_with(|c: char| c.is_ascii_digit())
        || !s.chars().all(|c| c.is_ascii_digit() || is_sep(c))
        || s.ends_with(is_sep)
    {
        return None;
    }
    let cleaned: String = match s.rfind(is_sep) {
        None => s.to_string(),
        Some(p) if s[p..].chars().skip(1).count() == 3 => {
            s.chars().filter(char::is_ascii_digit).collect()
        }
        Some(p) => {
            let int: String = s[..p].chars().filter(char::is_ascii_digit).collect();
            let sep_len = s[p..].chars().next().map_or(1, char::len_utf8);
            format!("{int}.{}", &s[p + sep_len..])
        }
    };
    cleaned.parse().ok()
}

/// A number glued to a currency written in `lang` ("700e", "49eur", "120lei"): its value.
pub fn glued_amount(word: &str, lang: Lang) -> Option<f64> {
    let split = word.find(|c: char| c.is_alphabetic())?;
    let (digits, unit) = word.split_at(split);
    let value = parse_number(digits)?;
    tact_lang::lexicon_entries(lang, lex::CURRENCY)
        .iter()
        .any(|e| e == unit)
        .then_some(value)
}

/// Every number of a turn with what it stands for, in text order.
pub fn entities(t: &TurnText, lang: Lang) -> Vec<Entity> {
    let text = t.norm.text.as_str();
    let mut out = Vec::new();
    let toks = &t.tokens;
    let currencies: Vec<&CueMatch> = t.cues_of(lex::CURRENCY).collect();
    let mut k = 0;
    while k < toks.len() {
        let tok = toks[k];
        let w = tok.norm(&t.norm);
        if !w.starts_with(|c: char| c.is_ascii_digit()) {
            k += 1;
            continue;
        }
        let (start, mut end) = (tok.norm_start, tok.norm_end);
        // Finnish and careful writers group thousands with a space: "1 299".
        while let Some(next) = toks.get(k + 1) {
            let gap = &text[end as usize..next.norm_start as usize];
            let nw = next.norm(&t.norm);
            let joins = matches!(gap, " " | "\u{a0}" | "\u{202f}")
                && nw.len() == 3
                && nw.bytes().all(|b| b.is_ascii_digit())
                && (end - start) <= 3;
            if !joins {
                break;
            }
            end = next.norm_end;
            k += 1;
        }
        // Word segmentation splits "19:30" at the colon.
        if let Some(next) = toks.get(k + 1) {
            let nw = next.norm(&t.norm);
            if &text[end as usize..next.norm_start as usize] == ":"
                && nw.len() == 2
                && nw.bytes().all(|b| b.is_ascii_digit())
            {
                end = next.norm_end;
                k += 1;
            }
        }
        k += 1;
        let raw = &text[start as usize..end as usize];
        // "19:30", "7.30pm": a clock time.
        if let Some(e) = clock_time(text, raw, start, end) {
            out.push(e);
            continue;
        }
        let (digits, thousand) = match raw.strip_suffix('k') {
            Some(d) => (d, 1000.0),
            None => (raw, 1.0),
        };
        let glued = glued_amount(raw, lang);
        let Some(value) = parse_number(digits).map(|v| v * thousand).or(glued) else {
            continue;
        };
        let currency = match glued {
            Some(_) => Some(
                raw.trim_start_matches(|c: char| !c.is_alphabetic())
                    .to_string(),
            ),
            None => currency_near(&currencies, text, start, end),
        };
        // "alle 9", "klo 7.30", "after 6": an hour, when a clock word stands right before it
        // and no unit ("after 2 days") right after it.
        if currency.is_none() {
            if let Some(e) = cued_hour(t, raw, start, end) {
                out.push(e);
                continue;
            }
        }
        out.push(Entity {
            kind: if currency.is_some() {
                EntityKind::Money
            } else {
                EntityKind::Number
            },
            value,
            currency,
            meridiem: false,
            norm_start: start,
            norm_end: end,
        });
    }
    out
}

fn clock_time(text: &str, raw: &str, start: u32, end: u32) -> Option<Entity> {
    let after = text[end as usize..].trim_start();
    let meridiem = ["am", "pm", "a.m.", "p.m."].iter().find(|m| {
        raw.ends_with(*m)
            || after
                .strip_prefix(*m)
                .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    });
    let core = raw.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
    let (h, m) = match core.split_once(':') {
        Some((h, m)) if m.len() == 2 => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
        _ if meridiem.is_some() => match core.split_once('.') {
            Some((h, m)) if m.len() == 2 => (h.parse().ok()?, m.parse().ok()?),
            _ => (core.parse().ok()?, 0),
        },
        _ => return None,
    };
    if h > 24 || m > 59 {
        return None;
    }
    let h = match meridiem {
        Some(m) if m.starts_with('p') && h < 12 => h + 12,
        _ => h,
    };
    Some(Entity {
        kind: EntityKind::Time,
        value: f64::from(h) + f64::from(m) / 60.0,
        currency: None,
        meridiem: meridiem.is_some(),
        norm_start: start,
        norm_end: end,
    })
}

/// A bare number read as a clock hour because a clock word (`clock_cue`) ends right before it:
/// "9", "18", "7.30", "7,30" (Finnish and others write the minutes after a point or a comma).
fn cued_hour(t: &TurnText, raw: &str, start: u32, end: u32) -> Option<Entity> {
    if !t.cue_right_before(lex::CLOCK_CUE, start) || t.cue_right_after(lex::DURATION_UNIT, end) {
        return None;
    }
    let (h, m) = match raw.split_once(['.', ',']) {
        Some((h, m)) if m.len() == 2 => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
        Some(_) => return None,
        None => (raw.parse::<u32>().ok()?, 0),
    };
    if h > 24 || m > 59 {
        return None;
    }
    Some(Entity {
        kind: EntityKind::Time,
        value: f64::from(h) + f64::from(m) / 60.0,
        currency: None,
        meridiem: false,
        norm_start: start,
        norm_end: end,
    })
}

/// The currency written right before or after a number: a symbol touching it or one space away,
/// or a currency word of the `currency` lexicon (`currencies`, in text order) with at most one
/// short word between ("79 de euro" in Romanian); a word before the number wins over one after.
fn currency_near(currencies: &[&CueMatch], text: &str, start: u32, end: u32) -> Option<String> {
    let before = text[..start as usize].trim_end();
    if let Some(c) = before.chars().last().filter(|c| SYMBOLS.contains(c)) {
        return Some(c.to_string());
    }
    let after = text[end as usize..].trim_start();
    if let Some(c) = after.chars().next().filter(|c| SYMBOLS.contains(c)) {
        return Some(c.to_string());
    }
    let near = |a: u32, b: u32| {
        let gap = &text[a.min(b) as usize..a.max(b) as usize];
        gap.trim().is_empty() || (gap.split_whitespace().count() == 1 && gap.trim().len() <= 3)
    };
    // Only cues within one short word of the number can be near it: the binary searches keep
    // a turn with many numbers and currency words linear instead of quadratic.
    let reach_before = near_reach(text, start, false);
    let from = currencies.partition_point(|c| c.norm_end < reach_before);
    let to = currencies.partition_point(|c| c.norm_start < start);
    let found = currencies[from.min(to)..to]
        .iter()
        .find(|c| c.norm_end <= start && near(c.norm_end, start))
        .or_else(|| {
            let reach_after = near_reach(text, end, true);
            let from = currencies.partition_point(|c| c.norm_start < end);
            currencies[from..]
                .iter()
                .take_while(|c| c.norm_start <= reach_after)
                .find(|c| near(end, c.norm_start))
        });
    found.map(|c| text[c.norm_start as usize..c.norm_end as usize].to_string())
}

/// How far from `at` (forwards or backwards) a cue can be and still be near it: past white
/// space, at most one word, and white space again.
fn near_reach(text: &str, at: u32, forwards: bool) -> u32 {
    let at = at as usize;
    let mut words = 0;
    let mut in_word = false;
    let mut edge = at;
    let mut step = |pos: usize, c: char| -> bool {
        if c.is_whitespace() {
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
            if words > 1 {
                return false;
            }
        }
        edge = pos;
        true
    };
    if forwards {
        for (i, c) in text[at..].char_indices() {
            if !step(at + i + c.len_utf8(), c) {
                break;
            }
        }
    } else {
        for (i, c) in text[..at].char_indices().rev() {
            if !step(i, c) {
                break;
            }
        }
    }
    edge as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_after_a_clock_word_is_an_hour_in_every_language() {
        let hours = |text: &str, lang: Lang| -> Vec<f64> {
            ents(text, lang)
                .into_iter()
                .filter(|e| e.0 == EntityKind::Time)
                .map(|e| e.1)
                .collect()
        };
        assert_eq!(
            hours("I can only come after 6, any weekday", Lang::En),
            [6.0]
        );
        assert_eq!(
            hours("I'll be back after 2 days", Lang::En),
            Vec::<f64>::new()
        );
        assert_eq!(
            hours("Ho posto giovedì alle 9 o venerdì alle 11", Lang::It),
            [9.0, 11.0]
        );
        assert_eq!(
            hours("Έχω Τρίτη στις 10 ή Πέμπτη στις 12", Lang::El),
            [10.0, 12.0]
        );
        assert_eq!(hours("Pot veni doar după ora 6 seara", Lang::Ro), [6.0]);
        assert_eq!(hours("Sopisiko keskiviikko klo 7.30?", Lang::Fi), [7.5]);
        // Money stays money whatever word stands before it.
        assert_eq!(
            hours("Da 19 a 39 euro, alle 12 euro ci arriviamo", Lang::It),
            Vec::<f64>::new()
        );
    }

    fn ents(text: &str, lang: Lang) -> Vec<(EntityKind, f64, Option<String>)> {
        let t = TurnText::new(text, lang);
        entities(&t, lang)
            .into_iter()
            .map(|e| (e.kind, e.value, e.currency))
            .collect()
    }

    #[test]
    fn numbers_follow_each_language() {
        assert_eq!(parse_number("1,299.50"), Some(1299.5));
        assert_eq!(parse_number("1.299,50"), Some(1299.5));
        assert_eq!(parse_number("1.299"), Some(1299.0));
        assert_eq!(parse_number("1,299"), Some(1299.0));
        assert_eq!(parse_number("1 299,5"), Some(1299.5));
        assert_eq!(parse_number("19,99"), Some(19.99));
        assert_eq!(parse_number("19.99"), Some(19.99));
        assert_eq!(parse_number("12"), Some(12.0));
        assert_eq!(parse_number("12."), None);
        assert_eq!(parse_number("abc"), None);
    }

    #[test]
    fn money_in_five_languages() {
        use EntityKind::Money;
        for (lang, text, value) in [
            (Lang::En, "It costs $1,299.50 in total.", 1299.5),
            (Lang::It, "Il prezzo è 1.299,50 euro.", 1299.5),
            (Lang::El, "Κοστίζει 79 ευρώ.", 79.0),
            (Lang::Ro, "Costă 79 de lei pe lună.", 79.0),
            (Lang::Fi, "Hinta on 1 299 euroa.", 1299.0),
            (Lang::Fi, "Budjetti on max 700e.", 700.0),
        ] {
            let e = ents(text, lang);
            assert_eq!(e.len(), 1, "{text}: {e:?}");
            assert_eq!((e[0].0, e[0].1), (Money, value), "{text}");
        }
    }

    #[test]
    fn each_amount_takes_the_currency_next_to_it_and_only_that() {
        let e = ents(
            "Plan A is 10 euro, plan B is dollars 20, and 30 of them ship free; 40 for the pound.",
            Lang::En,
        );
        let currencies: Vec<_> = e.iter().map(|(_, v, c)| (*v, c.as_deref())).collect();
        assert_eq!(
            currencies,
            [
                (10.0, Some("euro")),
                (20.0, Some("dollars")),
                (30.0, None),
                (40.0, None)
            ]
        );
        // A word before the number wins over one after it.
        let e = ents("It is euro 15 dollars, roughly.", Lang::En);
        assert_eq!(e[0].2.as_deref(), Some("euro"));
    }

    #[test]
    fn times_and_plain_numbers() {
        let e = ents("A table for 4 at 19:30, or 7 pm.", Lang::En);
        assert_eq!(e[0].0, EntityKind::Number);
        assert_eq!(e[1].0, EntityKind::Time);
        assert!((e[1].1 - 19.5).abs() < 1e-9);
        assert_eq!((e[2].0, e[2].1), (EntityKind::Time, 19.0));
        assert!(ents("Nessun numero qui.", Lang::It).is_empty());
    }
}
