//! The OOPS rule catalogue and the engine that runs it. Each rule lives in its own file under
//! `rules/<family>/`, documented by its doc comment; `registry.rs` lists every rule once.

pub mod calibration;
mod config;
mod context;
mod corpus;
pub mod docs;
mod engine;
pub mod examples;
pub mod figures;
mod phrases;
mod predicates;
mod registry;
mod rule;
mod rules;

pub use config::{ConfigError, Hours, RuleConfig, Settings, Silence};
pub use context::{Analyzed, AnalyzedTurn, LangSource, Run};
pub use corpus::Corpus;
pub use engine::{run_rules, CorpusKeys, Engine, Sightings};
pub use phrases::{alternative, alternatives_problems};
pub use registry::{rule_by_key, RULES};
pub use rule::{
    advice_in, message_in, CheckContext, Confidence, Family, Finding, Message, Moment, Rule,
    RuleInfo, Severity,
};
pub use tact_lang::Sentence;
