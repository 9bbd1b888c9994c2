//! How sure a moment can be, from how often its detector was right on the development blind
//! sets (`eval/detector-figures.tsv`, written by `tact eval`). A rule judges its evidence from the
//! dialogue around it; that judgement cannot know that the same detector was wrong on two real
//! conversations out of three. Capping the confidence by the measured precision keeps such
//! moments visible for review (`--min-confidence 0`) without letting them accuse anyone in the
//! score, and lets a detector earn its confidence back as it gets better: the figures are data,
//! regenerated, never hand-set.

use crate::Confidence;
use std::collections::HashMap;

/// The fewest moments a detector must have raised on the development sets before its
/// precision caps anything: with fewer, one moment more or less swings the figure.
pub const MIN_RAISED: usize = 5;

const TSV: &str = include_str!("../../../eval/detector-figures.tsv");

/// One detector's counts on the development sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DetectorFigure {
    pub rule: &'static str,
    /// The message key the detector reports with (`moment-no-next-step`).
    pub key: &'static str,
    pub raised: usize,
    pub confirmed: usize,
}

impl DetectorFigure {
    /// The confidence a moment of this detector can have at most: its precision with one
    /// right and one wrong moment added (Laplace), so that 5 of 5 is not called certain; `None`
    /// under [`MIN_RAISED`].
    pub fn cap(&self) -> Option<Confidence> {
        (self.raised >= MIN_RAISED)
            .then(|| Confidence(((self.confirmed + 1) as f64 / (self.raised + 2) as f64) as f32))
    }
}

/// Reads the lines of a figures file; lines that are not four tab-separated fields with two
/// counts are comments or damage, and a test (`every_calibrated_detector_is_a_message_of_the_catalogue`)
/// fails on the latter by comparing with [`data_lines`].
pub fn parse(tsv: &'static str) -> Vec<DetectorFigure> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            match f.as_slice() {
                [rule, key, raised, confirmed] => Some(DetectorFigure {
                    rule,
                    key,
                    raised: raised.parse().ok()?,
                    confirmed: confirmed.parse().ok()?,
                }),
                _ => None,
            }
        })
        .collect()
}

/// The shipped figures.
pub fn figures() -> Vec<DetectorFigure> {
    parse(TSV)
}

/// The data lines of the shipped file, to check that none was dropped by [`parse`].
pub fn data_lines() -> usize {
    TSV.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .count()
}

/// Caps by message key.
#[derive(Debug, Clone, Default)]
pub struct Caps(HashMap<&'static str, Confidence>);

impl Caps {
    pub fn new(figures: &[DetectorFigure]) -> Caps {
        Caps(
            figures
                .iter()
                .filter_map(|f| Some((f.key, f.cap()?)))
                .collect(),
        )
    }

    /// `c`, lowered to the cap of the detector that reports with `key`, if it has one.
    pub fn apply(&self, key: &str, c: Confidence) -> Confidence {
        match self.0.get(key) {
            Some(cap) if *cap < c => *cap,
            _ => c,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "# comment\nmood-drop\tmoment-mood-drop\t24\t6\n\
        escalation-threat\tmoment-escalation-threat\t9\t9\n\
        blames-customer\tmoment-blames-customer\t4\t0\n";

    #[test]
    fn a_detector_is_capped_by_its_smoothed_precision_once_it_raised_enough() {
        let caps = Caps::new(&parse(FILE));
        // 6 of 24: (6+1)/(24+2) = 0.27, under the score's bar.
        let c = caps.apply("moment-mood-drop", Confidence::DEFAULT);
        assert!((c.0 - 7.0 / 26.0).abs() < 1e-6, "{c:?}");
        assert!(c < Confidence::SCORE_MIN);
        // 9 of 9: 10/11 = 0.91, above the rule's own 0.75, which stays.
        assert_eq!(
            caps.apply("moment-escalation-threat", Confidence::DEFAULT),
            Confidence::DEFAULT
        );
        // Four moments are too few to judge the detector by.
        assert_eq!(
            caps.apply("moment-blames-customer", Confidence::HIGH),
            Confidence::HIGH
        );
        assert_eq!(
            caps.apply("moment-unknown", Confidence::LOW),
            Confidence::LOW
        );
    }

    #[test]
    fn a_low_confidence_moment_is_never_raised_by_a_good_figure() {
        let caps = Caps::new(&parse(FILE));
        assert_eq!(
            caps.apply("moment-escalation-threat", Confidence::LOW),
            Confidence::LOW
        );
    }
}
