//! Times as exports write them: wall-clock timestamps for messages and cue times for calls,
//! parsed leniently in one place so every format accepts the same spellings.

use chrono::{DateTime, NaiveDateTime};
use tact_model::Timestamp;

pub(crate) const TIMESTAMP_HELP: &str =
    "expected RFC 3339 (2026-03-06T21:03:00+01:00) or YYYY-MM-DD HH:MM[:SS] (taken as UTC)";

/// RFC 3339, or a date and time without offset, which is taken as UTC.
pub(crate) fn datetime(s: &str) -> Option<Timestamp> {
    let s = s.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t);
    }
    const NAIVE: [&str; 4] = [
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
    ];
    NAIVE.iter().find_map(|f| {
        NaiveDateTime::parse_from_str(s, f)
            .ok()
            .map(|n| n.and_utc().fixed_offset())
    })
}

/// A time of day without a date (`21:03`, `21:03:15`): it cannot become a timestamp.
pub(crate) fn is_clock(s: &str) -> bool {
    let parts: Vec<&str> = s.trim().split(':').collect();
    let ok = |p: &str, max: u32| {
        (1..=2).contains(&p.len())
            && p.bytes().all(|b| b.is_ascii_digit())
            && p.parse::<u32>().is_ok_and(|v| v <= max)
    };
    match parts.as_slice() {
        [h, m] => ok(h, 23) && ok(m, 59),
        [h, m, s] => ok(h, 23) && ok(m, 59) && ok(s, 60),
        _ => false,
    }
}

/// A cue time `[hh:]mm:ss[.fff]` in seconds; `,` is accepted for `.` because SRT uses it.
pub(crate) fn cue_time(s: &str) -> Option<f64> {
    let s = s.trim();
    let (clock, frac) = match s.find(['.', ',']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = clock.split(':').collect();
    if !parts.iter().all(|p| digits(p)) {
        return None;
    }
    let (h, m, sec) = match parts.as_slice() {
        [m, s] => ("0", *m, *s),
        [h, m, s] => (*h, *m, *s),
        _ => return None,
    };
    let h: f64 = h.parse().ok()?;
    let m: u32 = m.parse().ok()?;
    let sec: u32 = sec.parse().ok()?;
    if m >= 60 || sec >= 60 {
        return None;
    }
    let frac = match frac {
        Some(f) if digits(f) && f.len() <= 9 => format!("0.{f}").parse::<f64>().ok()?,
        Some(_) => return None,
        None => 0.0,
    };
    let total = h * 3600.0 + f64::from(m * 60 + sec) + frac;
    total.is_finite().then_some(total)
}

/// Seconds from the start of a call: a plain number (`12.5`) or a cue time (`00:00:12.500`).
pub(crate) fn seconds(s: &str) -> Option<f64> {
    let s = s.trim();
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && v >= 0.0 => Some(v),
        Ok(_) => None,
        Err(_) => cue_time(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datetimes_accept_rfc3339_and_naive_utc() {
        let t = datetime("2026-03-06T21:03:00+01:00").expect("rfc3339");
        assert_eq!(t.offset().local_minus_utc(), 3600);
        for s in [
            "2026-03-06 21:03",
            "2026-03-06 21:03:00",
            "2026-03-06T21:03:00Z",
            "2026-03-06T21:03",
        ] {
            let t = datetime(s).unwrap_or_else(|| panic!("{s}"));
            assert_eq!(t.to_rfc3339(), "2026-03-06T21:03:00+00:00", "{s}");
        }
        assert!(datetime("21:03").is_none());
        assert!(datetime("2026-13-06 21:03").is_none());
    }

    #[test]
    fn clocks_are_recognized_but_not_dates() {
        assert!(is_clock("21:03"));
        assert!(is_clock("9:03:15"));
        assert!(!is_clock("25:03"));
        assert!(!is_clock("2026-03-06"));
    }

    #[test]
    fn cue_times_in_vtt_and_srt_spellings() {
        assert_eq!(cue_time("00:01:02.500"), Some(62.5));
        assert_eq!(cue_time("01:02.5"), Some(62.5));
        assert_eq!(cue_time("01:00:00,250"), Some(3600.25));
        assert_eq!(cue_time("00:61:00.000"), None);
        assert_eq!(cue_time("00:0x:00.000"), None);
        assert_eq!(cue_time("12"), None);
        assert_eq!(seconds("12.5"), Some(12.5));
        assert_eq!(seconds("00:00:12.500"), Some(12.5));
        assert_eq!(seconds("-1"), None);
        assert_eq!(seconds("NaN"), None);
    }
}
