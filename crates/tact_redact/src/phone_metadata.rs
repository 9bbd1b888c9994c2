//! libphonenumber's metadata, one database per country calling code. The `phonenumber` crate's
//! own database parses every pattern of every country (about 250 regions) the first time any
//! number is read, a quarter of a second per run, while a conversation in Italian needs Italy's
//! patterns and perhaps a few codes written with a `+`. Here the metadata (the same file the
//! crate ships, `data/libphonenumber/`) is read once without its patterns, and a code's
//! database is built the first time a number of that code is read: the same checks, on the
//! same metadata, for a fraction of the cost.

use phonenumber::country::Id;
use phonenumber::metadata::{loader, Database};
use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, OnceLock};

const XML: &str = include_str!("../data/libphonenumber/PhoneNumberMetadata.xml");

/// Compiled patterns a code's database keeps at once (the crate keeps 100: a pattern dropped
/// is parsed and compiled again on its next use).
const REGEX_CACHE: usize = 2000;

struct Metadata {
    /// Each region's calling code (`IT` → 39).
    code_of: HashMap<String, u16>,
    /// Every calling code.
    codes: HashSet<u16>,
    /// The metadata of the codes whose database is not built yet.
    pending: Mutex<HashMap<u16, Vec<loader::Metadata>>>,
    /// The databases built so far; each lives as long as the process.
    built: Mutex<HashMap<u16, &'static Database>>,
}

fn metadata() -> &'static Metadata {
    static METADATA: OnceLock<Metadata> = OnceLock::new();
    METADATA.get_or_init(|| {
        let all = loader::load(std::io::Cursor::new(XML))
            .expect("the shipped libphonenumber metadata loads");
        let mut code_of = HashMap::new();
        let mut pending: HashMap<u16, Vec<loader::Metadata>> = HashMap::new();
        for m in all {
            let Some(code) = m.country_code else { continue };
            if let Some(id) = &m.id {
                code_of.insert(id.clone(), code);
            }
            pending.entry(code).or_default().push(m);
        }
        Metadata {
            codes: pending.keys().copied().collect(),
            code_of,
            pending: Mutex::new(pending),
            built: Mutex::new(HashMap::new()),
        }
    })
}

/// The database of one calling code, built on first use; `None` for a code no region has.
pub(crate) fn for_code(code: u16) -> Option<&'static Database> {
    let md = metadata();
    let mut built = md.built.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(db) = built.get(&code) {
        return Some(db);
    }
    let regions = md
        .pending
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .remove(&code)?;
    let db = Database::from(regions).ok()?;
    if let Ok(mut cache) = db.cache().lock() {
        cache.set_capacity(REGEX_CACHE);
    }
    let db: &'static Database = Box::leak(Box::new(db));
    built.insert(code, db);
    Some(db)
}

/// The database holding a region's metadata.
pub(crate) fn for_region(region: Id) -> Option<&'static Database> {
    let code = *metadata().code_of.get(region.as_ref())?;
    for_code(code)
}

/// The database of the calling code a number in international writing (`+44 20 …`, digits
/// after the `+`) starts with: calling codes are a prefix code, so at most one of its first
/// one to three digits is one.
pub(crate) fn for_international(number: &str) -> Option<&'static Database> {
    let digits: String = number
        .trim_start_matches('+')
        .chars()
        .filter(char::is_ascii_digit)
        .take(3)
        .collect();
    let md = metadata();
    (1..=digits.len())
        .filter_map(|n| digits[..n].parse::<u16>().ok())
        .find(|code| md.codes.contains(code))
        .and_then(for_code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_code_at_a_time_reads_numbers_as_the_crates_whole_database_does() {
        for n in [
            "+39 333 123 4567",
            "+39 02 1234 5678",
            "+30 210 123 4567",
            "+30 69 1234 5678",
            "+40 721 234 567",
            "+358 40 1234567",
            "+358 9 123 4567",
            "+44 20 7946 0018",
            "+44 7911 123456",
            "+353 1 234 5678",
            "+1 201 555 0123",
            "+1 416 555 0199",
            "+49 30 1234567",
            "+33 1 23 45 67 89",
            "+7 495 123 45 67",
            "+86 10 1234 5678",
            "+800 1234 5678",
            "+39 123",
            "+44 1234",
            "+999 123 456",
        ] {
            let whole = phonenumber::parse(None, n).ok();
            let ours = for_international(n).and_then(|db| {
                phonenumber::parse_with(db, None, n)
                    .ok()
                    .map(|p| (p.clone(), phonenumber::is_valid_with(db, &p)))
            });
            match (whole, ours) {
                (Some(w), Some((o, valid))) => {
                    assert_eq!(w, o, "{n}");
                    assert_eq!(w.is_valid(), valid, "{n}");
                }
                (None, None) => {}
                (Some(w), None) => assert!(!w.is_valid(), "{n} read only by the whole database"),
                (None, Some((_, valid))) => assert!(!valid, "{n} read only here"),
            }
        }
        assert_eq!(
            for_region(Id::IT).map(|db| db.by_id("IT").is_some()),
            Some(true)
        );
    }
}
