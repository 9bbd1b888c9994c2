//! Scorecards: per agent or per team, how they sell and not only how much (seed 002) — mean
//! score, moments per 100 turns by family, talk metrics and the trend over time — accumulated
//! one report at a time so memory grows with the number of groups, not of conversations.

use crate::ConversationReport;
use serde::{Serialize, Serializer};
use std::collections::BTreeMap;
use tact_rules::Family;

/// The group name of conversations without an agent (or team).
pub const NO_GROUP: &str = "(none)";

/// Trend history kept per group, at most: beyond it neighbouring conversations are merged into
/// buckets, so a group's memory is bounded and the trend becomes an approximation.
const MAX_BUCKETS: usize = 512;

/// What to group conversations by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupBy {
    Agent,
    Team,
}

impl GroupBy {
    pub fn as_str(self) -> &'static str {
        match self {
            GroupBy::Agent => "agent",
            GroupBy::Team => "team",
        }
    }
}

impl std::str::FromStr for GroupBy {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "agent" => Ok(GroupBy::Agent),
            "team" => Ok(GroupBy::Team),
            other => Err(format!("unknown group `{other}`: expected agent or team")),
        }
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct Mean {
    sum: f64,
    n: usize,
}

impl Mean {
    fn add(&mut self, x: Option<f64>) {
        if let Some(x) = x {
            self.sum += x;
            self.n += 1;
        }
    }
    fn get(&self) -> Option<f64> {
        (self.n > 0).then(|| round3(self.sum / self.n as f64))
    }
}

/// Scores of consecutive conversations (in trend order), merged.
#[derive(Debug, Clone, Copy)]
struct Bucket {
    key: i64,
    seq: u64,
    sum: f64,
    count: usize,
}

#[derive(Debug, Clone, Default)]
struct Group {
    conversations: usize,
    turns: usize,
    score_sum: f64,
    moments: usize,
    by_family: BTreeMap<Family, usize>,
    talk_share: Mean,
    question_rate: Mean,
    monologue: Mean,
    patience: Mean,
    history: Vec<Bucket>,
    last_key: Option<i64>,
}

impl Group {
    fn push_history(&mut self, key: i64, seq: u64, score: f64) {
        self.history.push(Bucket {
            key,
            seq,
            sum: score,
            count: 1,
        });
        if self.history.len() > MAX_BUCKETS {
            // Re-bucket into at most about MAX_BUCKETS / 2 buckets of equal size, neighbours only.
            self.history.sort_by_key(|b| (b.key, b.seq));
            let n: usize = self.history.iter().map(|b| b.count).sum();
            let target = n.div_ceil(MAX_BUCKETS / 4).max(1);
            let mut merged: Vec<Bucket> = Vec::with_capacity(MAX_BUCKETS / 2 + 1);
            for b in self.history.drain(..) {
                match merged.last_mut() {
                    Some(last) if last.count + b.count <= target => {
                        last.sum += b.sum;
                        last.count += b.count;
                    }
                    _ => merged.push(b),
                }
            }
            self.history = merged;
        }
    }

    fn trend(&self) -> Trend {
        let mut h = self.history.clone();
        h.sort_by_key(|b| (b.key, b.seq));
        let n: usize = h.iter().map(|b| b.count).sum();
        if n < 2 {
            return Trend::default();
        }
        let half = (n / 2) as f64;
        let total: f64 = h.iter().map(|b| b.sum).sum();
        let first = prefix_sum(&h, half) / half;
        let second = (total - prefix_sum(&h, n as f64 - half)) / half;
        Trend {
            first_half_mean_score: Some(round3(first)),
            second_half_mean_score: Some(round3(second)),
            change: Some(round3(second - first)),
        }
    }

    fn card(&self, name: &str) -> Scorecard {
        let per100 = |k: usize| {
            if self.turns == 0 {
                0.0
            } else {
                round3(k as f64 * 100.0 / self.turns as f64)
            }
        };
        Scorecard {
            group: name.to_string(),
            conversations: self.conversations,
            turns: self.turns,
            mean_score: round3(self.score_sum / self.conversations.max(1) as f64),
            moments: self.moments,
            moments_per_100_turns: per100(self.moments),
            moments_per_100_turns_by_family: Family::ALL
                .iter()
                .map(|&f| (f, per100(self.by_family.get(&f).copied().unwrap_or(0))))
                .collect(),
            mean_agent_talk_share: self.talk_share.get(),
            mean_agent_question_rate: self.question_rate.get(),
            mean_longest_agent_monologue_words: self.monologue.get().unwrap_or(0.0),
            mean_patience_seconds: self.patience.get(),
            trend: self.trend(),
        }
    }
}

/// The sum of the first `units` conversations of sorted buckets, a bucket cut in proportion.
fn prefix_sum(buckets: &[Bucket], units: f64) -> f64 {
    let mut left = units;
    let mut sum = 0.0;
    for b in buckets {
        if left <= 0.0 {
            break;
        }
        let c = b.count as f64;
        if c <= left {
            sum += b.sum;
            left -= c;
        } else {
            sum += b.sum * left / c;
            left = 0.0;
        }
    }
    sum
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Mean score of the earlier and the later half of a group's conversations.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Trend {
    /// Mean score of the first ⌊n/2⌋ conversations (null with fewer than two).
    pub first_half_mean_score: Option<f64>,
    /// Mean score of the last ⌊n/2⌋ conversations (the middle one of an odd count is in
    /// neither half).
    pub second_half_mean_score: Option<f64>,
    /// Second half minus first half: positive means improving.
    pub change: Option<f64>,
}

/// One group's scorecard.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scorecard {
    /// The agent or team name; [`NO_GROUP`] for conversations without one.
    pub group: String,
    pub conversations: usize,
    pub turns: usize,
    pub mean_score: f64,
    pub moments: usize,
    pub moments_per_100_turns: f64,
    /// Every family, 0 when none.
    pub moments_per_100_turns_by_family: BTreeMap<Family, f64>,
    /// Means over the conversations where the metric is measurable (null when none is).
    pub mean_agent_talk_share: Option<f64>,
    pub mean_agent_question_rate: Option<f64>,
    pub mean_longest_agent_monologue_words: f64,
    pub mean_patience_seconds: Option<f64>,
    pub trend: Trend,
}

/// Scorecards accumulated one report at a time.
///
/// The trend orders a group's conversations by `started_at` when given (RFC 3339), else by
/// input order; a conversation without a (readable) `started_at` is placed right after the
/// group's previous conversation. Up to 512 conversations per group the trend is exact; beyond,
/// neighbours are merged into buckets (memory stays bounded per group) and the halves are cut
/// in proportion inside the bucket that straddles them.
#[derive(Debug, Clone)]
pub struct Scorecards {
    group_by: GroupBy,
    groups: BTreeMap<String, Group>,
    seq: u64,
}

#[derive(Serialize)]
struct ScorecardsView<'a> {
    group_by: GroupBy,
    groups: &'a [Scorecard],
}

impl Serialize for Scorecards {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let cards = self.cards();
        ScorecardsView {
            group_by: self.group_by,
            groups: &cards,
        }
        .serialize(s)
    }
}

impl Scorecards {
    pub fn new(group_by: GroupBy) -> Self {
        Scorecards {
            group_by,
            groups: BTreeMap::new(),
            seq: 0,
        }
    }

    pub fn group_by(&self) -> GroupBy {
        self.group_by
    }

    /// Number of groups.
    pub fn len(&self) -> usize {
        self.groups.len()
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// Adds one conversation's report; `started_at` is the conversation's start (RFC 3339), used
    /// to order the trend.
    pub fn add(&mut self, r: &ConversationReport, started_at: Option<String>) {
        let name = match self.group_by {
            GroupBy::Agent => r.agent.as_deref(),
            GroupBy::Team => r.team.as_deref(),
        }
        .filter(|s| !s.trim().is_empty())
        .unwrap_or(NO_GROUP);
        let seq = self.seq;
        self.seq += 1;
        let g = self.groups.entry(name.to_string()).or_default();
        g.conversations += 1;
        g.turns += r.turns.len();
        g.score_sum += f64::from(r.score);
        g.moments += r.moments.len();
        for m in &r.moments {
            *g.by_family.entry(m.family).or_default() += 1;
        }
        let m = &r.metrics;
        g.talk_share.add(m.agent_talk_share);
        g.question_rate.add(m.agent_question_rate);
        g.monologue
            .add(Some(m.longest_agent_monologue_words as f64));
        g.patience.add(m.patience_seconds);
        let key = started_at
            .as_deref()
            .and_then(|s| chrono::DateTime::parse_from_rfc3339(s.trim()).ok())
            .map(|t| t.timestamp_millis())
            .or(g.last_key)
            .unwrap_or(i64::MIN);
        g.last_key = Some(key);
        g.push_history(key, seq, f64::from(r.score));
    }

    /// One scorecard per group, sorted by group name.
    pub fn cards(&self) -> Vec<Scorecard> {
        self.groups.iter().map(|(k, g)| g.card(k)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bucket(key: i64, seq: u64, score: f64) -> Bucket {
        Bucket {
            key,
            seq,
            sum: score,
            count: 1,
        }
    }

    #[test]
    fn trend_excludes_the_middle_of_an_odd_count() {
        let mut g = Group::default();
        for (i, s) in [60.0, 100.0, 90.0].into_iter().enumerate() {
            g.history.push(bucket(0, i as u64, s));
        }
        let t = g.trend();
        assert_eq!(t.first_half_mean_score, Some(60.0));
        assert_eq!(t.second_half_mean_score, Some(90.0));
        assert_eq!(t.change, Some(30.0));
    }

    #[test]
    fn history_stays_bounded_and_trend_stays_close() {
        let mut g = Group::default();
        for i in 0..5000u64 {
            let score = if i < 2500 { 50.0 } else { 90.0 };
            g.push_history(0, i, score);
        }
        assert!(g.history.len() <= MAX_BUCKETS);
        let t = g.trend();
        assert!((t.first_half_mean_score.expect("test value") - 50.0).abs() < 1.0);
        assert!((t.second_half_mean_score.expect("test value") - 90.0).abs() < 1.0);
    }

    #[test]
    fn group_by_parses() {
        assert_eq!("Team".parse::<GroupBy>(), Ok(GroupBy::Team));
        assert!("desk".parse::<GroupBy>().is_err());
    }
}
