//! Conversation → report: the analysis a user reads for one conversation (language, talk
//! metrics, moments, score), plus the run summary. Printing is elsewhere (tact_report).

mod metrics;
pub mod persona;
pub mod reply;
mod report;
pub mod score;
pub mod scorecard;

pub use metrics::{compute_metrics, Metrics};
pub use report::{
    in_parallel, panic_message, penalties, reaction_weights, score, score_from_penalties,
    weighted_score, Analyzer, ConversationReport, Guarded, Summary, TurnReport,
};

/// The JSON Schema of one report object, as committed in `docs/report.schema.json`.
pub fn report_schema() -> String {
    let schema = schemars::schema_for!(ConversationReport);
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}
