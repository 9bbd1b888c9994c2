//! Talk metrics: how the conversation was held — who talked, for how long, how often the floor
//! changed, how the agent asked, waited and answered. Time-based figures appear only when the
//! input has times; word-based ones always.

use schemars::JsonSchema;
use serde::Serialize;
use tact_model::Role;
use tact_rules::Analyzed;

/// Per-conversation metrics. `None` (null in JSON) means "not measurable on this input".
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Metrics {
    pub turns: usize,
    pub agent_turns: usize,
    pub customer_turns: usize,
    pub agent_words: usize,
    pub customer_words: usize,
    /// Agent share of agent + customer words.
    pub agent_talk_share: Option<f64>,
    /// Agent share of agent + customer speaking time (timed calls).
    pub agent_talk_share_time: Option<f64>,
    /// Longest run of agent talk, customer backchannels not breaking it.
    pub longest_agent_monologue_words: usize,
    pub longest_agent_monologue_seconds: Option<f64>,
    /// Longest run of customer talk: the customer's longest story.
    pub longest_customer_story_words: usize,
    pub longest_customer_story_seconds: Option<f64>,
    /// Changes of speaker between agent and customer, backchannels excluded.
    pub speaker_switches: usize,
    /// Speaker switches per minute (timed calls).
    pub interactivity_per_minute: Option<f64>,
    /// Speaker switches per 100 words.
    pub interactivity_per_100_words: Option<f64>,
    pub agent_questions: usize,
    /// Agent questions per agent turn.
    pub agent_question_rate: Option<f64>,
    /// Agent questions of the "A or B?" form.
    pub choice_questions: usize,
    /// Mean pause in seconds between the end of a customer turn and the agent's answer.
    pub patience_seconds: Option<f64>,
    /// Agent turns that start before the customer's turn ended (backchannels excluded).
    pub overtalk_count: Option<usize>,
    pub overtalk_seconds: Option<f64>,
    /// Seconds from the first customer message to the first seller reply.
    pub first_response_seconds: Option<f64>,
}

fn ratio(a: f64, b: f64) -> Option<f64> {
    (b > 0.0).then(|| round3(a / b))
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

pub fn compute_metrics(c: &Analyzed<'_>) -> Metrics {
    let mut m = Metrics {
        turns: c.len(),
        ..Metrics::default()
    };
    let timed = c.conversation.is_timed();
    let (mut agent_secs, mut customer_secs) = (0.0, 0.0);
    let mut last_side: Option<bool> = None;
    let (mut pauses, mut pause_n) = (0.0, 0usize);
    let (mut overtalk_n, mut overtalk_s) = (0usize, 0.0);
    for i in 0..c.len() {
        let role = c.role(i);
        let t = c.turn(i);
        let at = &c.turns[i];
        let words = at.word_count();
        match role {
            r if r.is_seller() => {
                m.agent_turns += 1;
                m.agent_words += words;
                agent_secs += t.duration().unwrap_or(0.0);
                let qs = at.questions().count();
                m.agent_questions += qs;
                m.choice_questions += at.questions().filter(|s| s.is_choice).count();
            }
            Role::Customer => {
                m.customer_turns += 1;
                m.customer_words += words;
                customer_secs += t.duration().unwrap_or(0.0);
            }
            _ => continue,
        }
        if !at.is_backchannel {
            let seller = role.is_seller();
            if last_side.is_some_and(|s| s != seller) {
                m.speaker_switches += 1;
            }
            last_side = Some(seller);
        }
        // Pauses and overtalk compare an agent turn with the customer turn just before it.
        if role.is_seller() && i > 0 && c.role(i - 1) == Role::Customer {
            if let (Some(prev_end), Some(start)) = (c.turn(i - 1).end, t.start) {
                let gap = start - prev_end;
                if gap >= 0.0 {
                    if c.turns[i - 1].is_backchannel {
                        continue;
                    }
                    pauses += gap;
                    pause_n += 1;
                } else if !at.is_backchannel && !c.turns[i - 1].is_backchannel {
                    overtalk_n += 1;
                    overtalk_s += -gap;
                }
            }
        }
    }
    let total_words = (m.agent_words + m.customer_words) as f64;
    m.agent_talk_share = ratio(m.agent_words as f64, total_words);
    m.interactivity_per_100_words = ratio(m.speaker_switches as f64 * 100.0, total_words);
    m.agent_question_rate = ratio(m.agent_questions as f64, m.agent_turns as f64);
    let agent_runs = c.runs(true);
    let customer_runs = c.runs(false);
    m.longest_agent_monologue_words = agent_runs.iter().map(|r| r.words).max().unwrap_or(0);
    m.longest_customer_story_words = customer_runs.iter().map(|r| r.words).max().unwrap_or(0);
    if timed {
        m.agent_talk_share_time = ratio(agent_secs, agent_secs + customer_secs);
        m.longest_agent_monologue_seconds = agent_runs
            .iter()
            .filter_map(|r| r.seconds)
            .reduce(f64::max)
            .map(round3);
        m.longest_customer_story_seconds = customer_runs
            .iter()
            .filter_map(|r| r.seconds)
            .reduce(f64::max)
            .map(round3);
        let first = c
            .conversation
            .turns
            .iter()
            .filter_map(|t| t.start)
            .reduce(f64::min);
        let last = c
            .conversation
            .turns
            .iter()
            .filter_map(|t| t.end.or(t.start))
            .reduce(f64::max);
        if let (Some(a), Some(b)) = (first, last) {
            m.interactivity_per_minute = ratio(m.speaker_switches as f64 * 60.0, b - a);
        }
        m.patience_seconds = ratio(pauses, pause_n as f64);
        m.overtalk_count = Some(overtalk_n);
        m.overtalk_seconds = Some(round3(overtalk_s));
    }
    let first_customer = c
        .customer_turns()
        .find_map(|i| c.turn(i).at.map(|a| (i, a)));
    if let Some((ci, asked)) = first_customer {
        if let Some(answered) = (ci + 1..c.len())
            .filter(|&j| c.is_seller(j))
            .find_map(|j| c.turn(j).at)
        {
            m.first_response_seconds =
                Some(((answered - asked).num_milliseconds() as f64 / 1000.0).max(0.0));
        }
    }
    m
}
