//! Scorecards (`tact analyze --by agent|team`) as an aligned text table. Group names come from
//! the input, so they are escaped like every other untrusted field, and columns are aligned by
//! display width.

use crate::escape;
use std::fmt::Write as _;
use tact_analyze::scorecard::Scorecards;
use tact_rules::Family;

/// An aligned table: one row per group; family columns are moments per 100 turns, headed by
/// the family's code letter (legend below the table).
pub fn scorecards_text(cards: &Scorecards) -> String {
    let mut header: Vec<String> = vec![
        cards.group_by().as_str().to_uppercase(),
        "CONVS".into(),
        "TURNS".into(),
        "SCORE".into(),
        "TREND".into(),
        "M/100".into(),
    ];
    header.extend(Family::ALL.iter().map(|f| f.code_prefix().to_string()));
    header.extend(["TALK", "Q/TURN", "MONO", "PAUSE"].map(String::from));
    let opt = |x: Option<f64>, d: usize| x.map_or_else(|| "-".to_string(), |v| format!("{v:.d$}"));
    let rows: Vec<Vec<String>> = cards
        .cards()
        .iter()
        .map(|c| {
            let mut row = vec![
                escape::text(&c.group).into_owned(),
                c.conversations.to_string(),
                c.turns.to_string(),
                format!("{:.1}", c.mean_score),
                c.trend
                    .change
                    .map_or_else(|| "-".to_string(), |v| format!("{v:+.1}")),
                format!("{:.1}", c.moments_per_100_turns),
            ];
            row.extend(Family::ALL.iter().map(|f| {
                format!(
                    "{:.1}",
                    c.moments_per_100_turns_by_family
                        .get(f)
                        .copied()
                        .unwrap_or(0.0)
                )
            }));
            row.push(opt(c.mean_agent_talk_share, 2));
            row.push(opt(c.mean_agent_question_rate, 2));
            row.push(format!("{:.0}", c.mean_longest_agent_monologue_words));
            row.push(opt(c.mean_patience_seconds, 1));
            row
        })
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| escape::width(h)).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(escape::width(cell));
        }
    }
    let mut out = String::new();
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::new();
        for (k, (cell, w)) in row.iter().zip(&widths).enumerate() {
            let pad = w.saturating_sub(escape::width(cell));
            if k == 0 {
                line.push_str(cell);
                line.push_str(&" ".repeat(pad));
            } else {
                line.push_str("  ");
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
            }
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
    let legend: Vec<String> = Family::ALL
        .iter()
        .map(|f| format!("{} {}", f.code_prefix(), f.as_str()))
        .collect();
    let _ = writeln!(
        out,
        "\nSCORE mean score; TREND mean score of the second half minus the first; M/100 \
         moments per 100 turns, by family: {}",
        legend.join(", ")
    );
    let _ = writeln!(
        out,
        "TALK agent talk share; Q/TURN agent questions per agent turn; MONO longest agent \
         monologue (words); PAUSE patience (s)"
    );
    out
}

/// The table for Markdown output: a code block whose fence is longer than any backtick run in
/// the table, so no group name can close it.
pub fn scorecards_markdown(cards: &Scorecards) -> String {
    let text = scorecards_text(cards);
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    format!("{fence}text\n{text}{fence}\n")
}
