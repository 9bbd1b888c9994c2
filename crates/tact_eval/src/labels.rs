//! Precision from a team's own review decisions: each moment a manager confirmed (or whose
//! dispute was rejected) was right; each false alarm (or accepted dispute) was wrong; moments
//! still disputed or up for discussion are counted as pending, not guessed. Per rule and team,
//! and per rule over all teams, with Wilson intervals like every other figure tact reports.

use crate::blind::wilson;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The team name of rows over all teams.
pub const ALL_TEAMS: &str = "(all)";

/// What a review status says about the moment: right, wrong, or not decided.
pub fn verdict(status: &str) -> Option<bool> {
    match status {
        "confirmed" | "dispute-rejected" => Some(true),
        "false-alarm" | "dispute-accepted" => Some(false),
        _ => None,
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LabelRow {
    pub rule: String,
    pub team: String,
    pub right: usize,
    pub wrong: usize,
    pub pending: usize,
    /// Right / decided, with its 95 % interval: (point, low, high).
    pub precision: Option<(f64, f64, f64)>,
}

/// Rows per (rule, team) and per rule over all teams, from (rule, team, status) triples.
pub fn precision<'a>(
    labels: impl IntoIterator<Item = (&'a str, Option<&'a str>, &'a str)>,
) -> Vec<LabelRow> {
    let mut counts: BTreeMap<(String, String), (usize, usize, usize)> = BTreeMap::new();
    for (rule, team, status) in labels {
        let team = team.filter(|t| !t.is_empty()).unwrap_or("(none)");
        for t in [team, ALL_TEAMS] {
            let c = counts.entry((rule.to_string(), t.to_string())).or_default();
            match verdict(status) {
                Some(true) => c.0 += 1,
                Some(false) => c.1 += 1,
                None => c.2 += 1,
            }
        }
    }
    counts
        .into_iter()
        .map(|((rule, team), (right, wrong, pending))| LabelRow {
            rule,
            team,
            right,
            wrong,
            pending,
            precision: wilson(right, right + wrong),
        })
        .collect()
}

/// The rows as a Markdown table.
pub fn markdown(rows: &[LabelRow]) -> String {
    let mut out = String::from(
        "| rule | team | right | false alarms | pending | precision (95 % interval) |\n|---|---|---|---|---|---|\n",
    );
    for r in rows {
        let p = match r.precision {
            Some((p, lo, hi)) => {
                format!("{:.0} % ({:.0}–{:.0})", p * 100.0, lo * 100.0, hi * 100.0)
            }
            None => "–".into(),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {p} |",
            r.rule, r.team, r.right, r.wrong, r.pending
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decisions_count_once_per_team_and_once_overall() {
        let rows = precision([
            ("false-urgency", Some("north"), "confirmed"),
            ("false-urgency", Some("north"), "false-alarm"),
            ("false-urgency", Some("south"), "dispute-rejected"),
            ("false-urgency", Some("south"), "disputed"),
            ("false-urgency", None, "dispute-accepted"),
        ]);
        let get = |team: &str| rows.iter().find(|r| r.team == team).expect(team);
        assert_eq!((get("north").right, get("north").wrong), (1, 1));
        assert_eq!((get("south").right, get("south").pending), (1, 1));
        assert_eq!(get("(none)").wrong, 1);
        let all = get(ALL_TEAMS);
        assert_eq!((all.right, all.wrong, all.pending), (2, 2, 1));
        assert_eq!(all.precision.map(|p| p.0), Some(0.5));
        assert!(get("south")
            .precision
            .is_some_and(|p| p.0 == 1.0 && p.1 < 1.0));
        assert!(markdown(&rows).contains("| false-urgency | (all) | 2 | 2 | 1 | 50 % ("));
    }

    #[test]
    fn undecided_statuses_are_pending() {
        for s in ["disputed", "to-discuss", "anything"] {
            assert_eq!(verdict(s), None);
        }
        let rows = precision([("x", Some("t"), "to-discuss")]);
        assert_eq!(rows[0].precision, None);
    }
}
