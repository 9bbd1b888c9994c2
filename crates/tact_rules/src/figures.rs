//! What the blind sets measured of each rule, read from `eval/rule-figures.tsv` (written by
//! `tact eval`): the rule docs show it and the registry's preview column must agree with it, so a
//! rule's trust is stated once, from data, in every language.

/// A rule's counts on one blind set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figure {
    /// `holdout` (labelled after the rules were last tuned) or the number of a set held out once
    /// and used to tune the rules since (`1` is the first).
    pub set: &'static str,
    pub conversations: usize,
    pub raised: usize,
    pub confirmed: usize,
    pub gold: usize,
    pub found: usize,
}

/// The precision a rule on by default must have reached.
pub const BAR: f64 = 0.90;

/// The fewest moments a rule must have raised on the held-out set for its precision to count:
/// with fewer, one wrong moment more or less moves the figure across the bar.
pub const MIN_RAISED: usize = 5;

impl Figure {
    pub fn precision(&self) -> Option<(f64, f64, f64)> {
        wilson(self.confirmed, self.raised)
    }
    pub fn recall(&self) -> Option<(f64, f64, f64)> {
        wilson(self.found, self.gold)
    }
    /// Whether the measured precision falls short of [`BAR`].
    pub fn below_bar(&self) -> bool {
        self.precision().is_some_and(|(p, _, _)| p < BAR)
    }
}

/// A proportion `k / n` with its Wilson score 95 % interval: (point, low, high).
pub fn wilson(k: usize, n: usize) -> Option<(f64, f64, f64)> {
    if n == 0 {
        return None;
    }
    let (k, n) = (k as f64, n as f64);
    let z = 1.959_963_984_540_054_f64;
    let p = k / n;
    let denom = 1.0 + z * z / n;
    let centre = (p + z * z / (2.0 * n)) / denom;
    let half = z * ((p * (1.0 - p) / n) + z * z / (4.0 * n * n)).sqrt() / denom;
    Some((p, (centre - half).max(0.0), (centre + half).min(1.0)))
}

/// A proportion with its interval as the docs and reports print it: "42 % (29–57)".
pub fn format_interval(x: Option<(f64, f64, f64)>) -> String {
    x.map_or("–".into(), |(p, lo, hi)| {
        format!("{:.0} % ({:.0}–{:.0})", p * 100.0, lo * 100.0, hi * 100.0)
    })
}

const TSV: &str = include_str!("../../../eval/rule-figures.tsv");

/// Every line of the file.
pub fn all() -> impl Iterator<Item = (&'static str, Figure)> {
    TSV.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let n = |i: usize| f.get(i).and_then(|x| x.parse().ok());
            Some((
                *f.first()?,
                Figure {
                    set: f.get(1)?,
                    conversations: n(2)?,
                    raised: n(3)?,
                    confirmed: n(4)?,
                    gold: n(5)?,
                    found: n(6)?,
                },
            ))
        })
}

/// The figure that speaks for a rule: that of the newest set on which it raised something (the
/// file lists the held-out set first); `None` when it raised nothing anywhere (not measured).
pub fn figure(rule: &str) -> Option<Figure> {
    all()
        .find(|(r, f)| *r == rule && f.raised > 0)
        .map(|(_, f)| f)
}

/// Counts of several sets added up, under the name `set` (the sets a rule was tuned on, added
/// up, are optimistic: the rule was corrected where it was wrong there).
fn added(set: &'static str, figs: impl Iterator<Item = Figure>) -> Figure {
    figs.fold(
        Figure {
            set,
            conversations: 0,
            raised: 0,
            confirmed: 0,
            gold: 0,
            found: 0,
        },
        |mut sum, f| {
            sum.conversations += f.conversations;
            sum.raised += f.raised;
            sum.confirmed += f.confirmed;
            sum.gold += f.gold;
            sum.found += f.found;
            sum
        },
    )
}

/// Whether a rule is on by default: it reached the bar on at least [`MIN_RAISED`] moments of the
/// held-out set, and the sets it was tuned on, added up, are not below the bar either (a few
/// right moments on one small set are luck when the rule fell short on the sets before it, which
/// flattered it); or it never raised anything on any blind set, so there is nothing yet to say it
/// is wrong (its docs say it is unmeasured).
pub fn on_by_default(rule: &str) -> bool {
    // Raised nothing confident anywhere: unmeasured, unless the calibration hid what it raised
    // (then it was measured, and found wanting).
    let hidden = crate::calibration::figures()
        .iter()
        .any(|f| f.rule == rule && f.raised > 0);
    on_by_default_given(&of_rule(rule), hidden)
}

/// [`on_by_default`] from a rule's figures, newest set first, and whether the calibration hid
/// moments it raised.
fn on_by_default_given(figs: &[Figure], hidden: bool) -> bool {
    match figs.iter().find(|f| f.raised > 0) {
        None => !hidden,
        Some(f) => {
            let tuned = added("tuned", figs.iter().copied().filter(|f| f.set != "holdout"));
            f.set == "holdout" && f.raised >= MIN_RAISED && !f.below_bar() && !tuned.below_bar()
        }
    }
}

/// The figures of a rule on every set, for its docs.
pub fn of_rule(rule: &str) -> Vec<Figure> {
    all().filter(|(r, _)| *r == rule).map(|(_, f)| f).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(set: &'static str, raised: usize, confirmed: usize) -> Figure {
        Figure {
            set,
            conversations: 50,
            raised,
            confirmed,
            gold: 10,
            found: confirmed,
        }
    }

    #[test]
    fn a_rule_is_on_when_held_out_and_tuned_sets_both_reach_the_bar() {
        let on = |figs: &[Figure]| on_by_default_given(figs, false);
        // At the bar on enough held-out moments, and on the sets before.
        assert!(on(&[
            fig("holdout", 5, 5),
            fig("2", 20, 19),
            fig("1", 3, 3)
        ]));
        assert!(on(&[fig("holdout", 6, 6)]));
        // Five of five held out, but 49 of 71 on the sets it was tuned on: luck, not the bar.
        assert!(!on(&[fig("holdout", 5, 5), fig("2", 71, 49)]));
        // Too few held-out moments, or below the bar there.
        assert!(!on(&[fig("holdout", 4, 4), fig("1", 10, 10)]));
        assert!(!on(&[fig("holdout", 10, 8)]));
        // Measured only on sets it was tuned on.
        assert!(!on(&[fig("holdout", 0, 0), fig("1", 10, 10)]));
        // Never raised anything: unmeasured and on, unless the calibration hid what it raised.
        assert!(on(&[fig("holdout", 0, 0), fig("1", 0, 0)]));
        assert!(!on_by_default_given(&[fig("holdout", 0, 0)], true));
    }

    #[test]
    fn wilson_interval_matches_the_textbook_values() {
        // 8 of 10: Wilson 95 % interval 0.490–0.943 (Newcombe 1998).
        let (p, lo, hi) = wilson(8, 10).expect("n > 0");
        assert!((p - 0.8).abs() < 1e-9);
        assert!((lo - 0.490).abs() < 0.001, "{lo}");
        assert!((hi - 0.943).abs() < 0.001, "{hi}");
        assert_eq!(wilson(0, 0), None);
        let (_, lo, hi) = wilson(0, 5).expect("n > 0");
        assert!(lo == 0.0 && hi > 0.4 && hi < 0.5, "{hi}");
    }
}
