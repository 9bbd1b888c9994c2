//! What the server and its workers log, one event per line on stderr: `tact: …` for a person
//! at a terminal, or with TACT_LOG_FORMAT=json one JSON object per line (time, level, message)
//! for journald or a log collector to parse. Nothing a conversation says is logged.

use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Info,
    Warn,
    Error,
}

impl Level {
    fn as_str(self) -> &'static str {
        match self {
            Level::Info => "info",
            Level::Warn => "warn",
            Level::Error => "error",
        }
    }
}

fn json() -> bool {
    static JSON: OnceLock<bool> = OnceLock::new();
    *JSON.get_or_init(|| {
        std::env::var("TACT_LOG_FORMAT").is_ok_and(|v| v.eq_ignore_ascii_case("json"))
    })
}

/// The line an event is logged as.
pub fn line(level: Level, message: &str, as_json: bool) -> String {
    if as_json {
        serde_json::json!({
            "ts": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            "level": level.as_str(),
            "msg": message,
        })
        .to_string()
    } else {
        match level {
            Level::Info => format!("tact: {message}"),
            Level::Warn => format!("tact: warning: {message}"),
            Level::Error => format!("tact: error: {message}"),
        }
    }
}

pub fn event(level: Level, message: &str) {
    eprintln!("{}", line(level, message, json()));
}

/// `log!(Info, "…", args)`: one event, formatted as `format!` does.
#[macro_export]
macro_rules! log {
    ($level:ident, $($arg:tt)*) => {
        $crate::log::event($crate::log::Level::$level, &format!($($arg)*))
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_line_is_one_object_whatever_the_message_holds() {
        let l = line(Level::Warn, "a \"quoted\"\nsecond line", true);
        assert!(!l.contains('\n'));
        let v: serde_json::Value = serde_json::from_str(&l).expect("json");
        assert_eq!(v["level"], "warn");
        assert_eq!(v["msg"], "a \"quoted\"\nsecond line");
        assert!(v["ts"].as_str().is_some_and(|t| t.ends_with('Z')));
        assert_eq!(line(Level::Error, "x", false), "tact: error: x");
    }
}
