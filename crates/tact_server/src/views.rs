//! The figures pages and the API show, computed from the weekly totals: the overview (score and
//! moments per family week by week, per team; who moved most; which rules fire most) and the
//! scorecards per agent or team. One home, so the page and the API cannot disagree.

use crate::store::{WeekMoments, WeekRow};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use tact_rules::Family;

/// The group name of conversations without an agent (or team), as the CLI's scorecards say.
pub const NO_GROUP: &str = tact_analyze::scorecard::NO_GROUP;

fn group_name(s: &str) -> String {
    if s.is_empty() {
        NO_GROUP.to_string()
    } else {
        s.to_string()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Series {
    pub name: String,
    /// One value per week of [`Overview::weeks`]; `None` where the series has no data.
    pub values: Vec<Option<f64>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Mover {
    pub agent: String,
    pub before: f64,
    pub after: f64,
    pub change: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Overview {
    pub weeks: Vec<String>,
    pub conversations: i64,
    pub moments: i64,
    pub mean_score: Option<f64>,
    /// Mean score per team, week by week.
    pub score_by_team: Vec<Series>,
    /// Moments per family, week by week (all teams in scope).
    pub moments_by_family: Vec<Series>,
    /// Agents whose mean score changed most between the last week and the weeks before it.
    pub movers: Vec<Mover>,
    /// Rules with the most moments, with their counts.
    pub top_rules: Vec<(String, i64)>,
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

pub fn overview(weeks: &[WeekRow], moments: &[WeekMoments]) -> Overview {
    let week_list: Vec<String> = weeks
        .iter()
        .map(|w| w.week.clone())
        .chain(moments.iter().map(|m| m.week.clone()))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let index = |w: &str| week_list.binary_search_by(|x| x.as_str().cmp(w)).ok();
    let mut teams: BTreeMap<String, Vec<(i64, i64)>> = BTreeMap::new();
    for w in weeks {
        let Some(i) = index(&w.week) else { continue };
        let e = teams
            .entry(group_name(&w.team))
            .or_insert_with(|| vec![(0, 0); week_list.len()]);
        e[i].0 += w.score_sum;
        e[i].1 += w.conversations;
    }
    let score_by_team = teams
        .into_iter()
        .map(|(name, v)| Series {
            name,
            values: v
                .iter()
                .map(|(s, n)| (*n > 0).then(|| round1(*s as f64 / *n as f64)))
                .collect(),
        })
        .collect();
    let mut families: BTreeMap<Family, Vec<f64>> = Family::ALL
        .iter()
        .map(|f| (*f, vec![0.0; week_list.len()]))
        .collect();
    let mut rules: BTreeMap<String, i64> = BTreeMap::new();
    for m in moments {
        if let (Some(i), Ok(f)) = (
            index(&m.week),
            serde_json::from_value::<Family>(serde_json::Value::String(m.family.clone())),
        ) {
            if let Some(v) = families.get_mut(&f) {
                v[i] += m.moments as f64;
            }
        }
        *rules.entry(m.rule.clone()).or_default() += m.moments;
    }
    let moments_by_family = families
        .into_iter()
        .map(|(f, v)| Series {
            name: f.as_str().to_string(),
            values: v.into_iter().map(Some).collect(),
        })
        .collect();
    let mut top_rules: Vec<(String, i64)> = rules.into_iter().filter(|(_, n)| *n > 0).collect();
    top_rules.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    top_rules.truncate(10);
    let conversations: i64 = weeks.iter().map(|w| w.conversations).sum();
    let score_sum: i64 = weeks.iter().map(|w| w.score_sum).sum();
    Overview {
        movers: movers(weeks, &week_list),
        weeks: week_list,
        conversations,
        moments: moments.iter().map(|m| m.moments).sum(),
        mean_score: (conversations > 0).then(|| round1(score_sum as f64 / conversations as f64)),
        score_by_team,
        moments_by_family,
        top_rules,
    }
}

/// Mean score of each agent in the last week against all their weeks before it; the five
/// largest changes either way.
fn movers(weeks: &[WeekRow], week_list: &[String]) -> Vec<Mover> {
    let Some(last) = week_list.last() else {
        return Vec::new();
    };
    let mut by_agent: BTreeMap<String, [(i64, i64); 2]> = BTreeMap::new();
    for w in weeks.iter().filter(|w| !w.agent.is_empty()) {
        let e = by_agent.entry(w.agent.clone()).or_default();
        let slot = usize::from(&w.week == last);
        e[slot].0 += w.score_sum;
        e[slot].1 += w.conversations;
    }
    let mut out: Vec<Mover> = by_agent
        .into_iter()
        .filter(|(_, [b, a])| b.1 > 0 && a.1 > 0)
        .map(|(agent, [b, a])| {
            let before = round1(b.0 as f64 / b.1 as f64);
            let after = round1(a.0 as f64 / a.1 as f64);
            Mover {
                agent,
                before,
                after,
                change: round1(after - before),
            }
        })
        .collect();
    out.sort_by(|a, b| b.change.abs().total_cmp(&a.change.abs()));
    out.truncate(5);
    out
}

#[derive(Debug, Clone, Serialize)]
pub struct Scorecard {
    pub name: String,
    pub conversations: i64,
    pub turns: i64,
    pub mean_score: f64,
    pub moments: i64,
    /// Moments per 100 turns, per family (every family listed).
    pub per_100_turns: BTreeMap<String, f64>,
    /// Moments per 100 turns, all families.
    pub moments_per_100_turns: f64,
}

/// Scorecards per agent (`by_agent`) or per team, sorted by `sort` (a column name, `-` prefix
/// for descending); unknown names sort by name.
pub fn scorecards(
    weeks: &[WeekRow],
    moments: &[WeekMoments],
    by_agent: bool,
    sort: &str,
) -> Vec<Scorecard> {
    let key = |team: &str, agent: &str| group_name(if by_agent { agent } else { team });
    let mut groups: BTreeMap<String, (i64, i64, i64, BTreeMap<String, i64>)> = BTreeMap::new();
    for w in weeks {
        let g = groups.entry(key(&w.team, &w.agent)).or_default();
        g.0 += w.conversations;
        g.1 += w.turns;
        g.2 += w.score_sum;
    }
    for m in moments {
        let g = groups.entry(key(&m.team, &m.agent)).or_default();
        *g.3.entry(m.family.clone()).or_default() += m.moments;
    }
    let mut cards: Vec<Scorecard> = groups
        .into_iter()
        .filter(|(_, g)| g.0 > 0)
        .map(|(name, (n, turns, score_sum, fam))| {
            let per = |k: i64| round1(k as f64 * 100.0 / turns.max(1) as f64);
            Scorecard {
                name,
                conversations: n,
                turns,
                mean_score: round1(score_sum as f64 / n as f64),
                moments: fam.values().sum(),
                moments_per_100_turns: per(fam.values().sum()),
                per_100_turns: Family::ALL
                    .iter()
                    .map(|f| {
                        (
                            f.as_str().to_string(),
                            per(*fam.get(f.as_str()).unwrap_or(&0)),
                        )
                    })
                    .collect(),
            }
        })
        .collect();
    let (desc, col) = match sort.strip_prefix('-') {
        Some(c) => (true, c),
        None => (false, sort),
    };
    let value = |c: &Scorecard| -> Option<f64> {
        Some(match col {
            "conversations" => c.conversations as f64,
            "turns" => c.turns as f64,
            "score" => c.mean_score,
            "moments" => c.moments_per_100_turns,
            fam => *c.per_100_turns.get(fam)?,
        })
    };
    cards.sort_by(|a, b| {
        let o = match (value(a), value(b)) {
            (Some(x), Some(y)) => x.total_cmp(&y),
            _ => a.name.cmp(&b.name),
        };
        if desc {
            o.reverse()
        } else {
            o
        }
    });
    cards
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(week: &str, team: &str, agent: &str, n: i64, turns: i64, score: i64) -> WeekRow {
        WeekRow {
            week: week.into(),
            team: team.into(),
            agent: agent.into(),
            conversations: n,
            turns,
            score_sum: score,
        }
    }

    fn m(week: &str, team: &str, agent: &str, family: &str, rule: &str, n: i64) -> WeekMoments {
        WeekMoments {
            week: week.into(),
            team: team.into(),
            agent: agent.into(),
            family: family.into(),
            rule: rule.into(),
            moments: n,
        }
    }

    #[test]
    fn the_overview_averages_per_team_and_week_and_finds_the_movers() {
        let weeks = [
            w("2026-W01", "north", "ana", 2, 20, 180),
            w("2026-W02", "north", "ana", 1, 10, 60),
            w("2026-W02", "south", "bo", 1, 10, 100),
            w("2026-W01", "south", "bo", 1, 10, 98),
        ];
        let moments = [
            m("2026-W02", "north", "ana", "pressure", "false-urgency", 3),
            m("2026-W01", "north", "ana", "listening", "ignored-need", 1),
        ];
        let o = overview(&weeks, &moments);
        assert_eq!(o.weeks, ["2026-W01", "2026-W02"]);
        assert_eq!(o.conversations, 5);
        assert_eq!(o.moments, 4);
        let north = o
            .score_by_team
            .iter()
            .find(|s| s.name == "north")
            .expect("north");
        assert_eq!(north.values, [Some(90.0), Some(60.0)]);
        let pressure = o
            .moments_by_family
            .iter()
            .find(|s| s.name == "pressure")
            .expect("pressure");
        assert_eq!(pressure.values, [Some(0.0), Some(3.0)]);
        assert_eq!(o.movers[0].agent, "ana");
        assert_eq!(o.movers[0].change, -30.0);
        assert_eq!(o.top_rules[0], ("false-urgency".to_string(), 3));
    }

    #[test]
    fn scorecards_group_sort_and_name_the_missing_group() {
        let weeks = [
            w("2026-W01", "north", "ana", 2, 40, 150),
            w("2026-W01", "north", "", 1, 10, 100),
            w("2026-W01", "south", "bo", 1, 10, 90),
        ];
        let moments = [m(
            "2026-W01",
            "north",
            "ana",
            "pressure",
            "false-urgency",
            4,
        )];
        let cards = scorecards(&weeks, &moments, true, "-score");
        let names: Vec<_> = cards.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, [NO_GROUP, "bo", "ana"]);
        let ana = &cards[2];
        assert_eq!(ana.mean_score, 75.0);
        assert_eq!(ana.per_100_turns["pressure"], 10.0);
        assert_eq!(ana.per_100_turns["listening"], 0.0);
        let teams = scorecards(&weeks, &moments, false, "conversations");
        assert_eq!(teams[0].name, "south");
        assert_eq!(teams[1].conversations, 3);
    }
}
