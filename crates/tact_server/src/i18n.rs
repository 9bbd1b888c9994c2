//! The interface's language: the catalogues live in `tact_i18n`; this adds what the pages need
//! (template arguments arrive as text, and numbers among them select plural forms).

use tact_i18n::Arg;
pub use tact_i18n::{languages, negotiate};

/// The interface message `key` in `lang`, with named arguments given as text; an argument that
/// reads as a number is passed as one, so that plurals agree with it.
pub fn tr(lang: &str, key: &str, args: &[(&str, String)]) -> String {
    let args: Vec<(&str, Arg)> = args
        .iter()
        .map(|(k, v)| {
            let value = match v.parse::<f64>() {
                Ok(n) => Arg::Number(n),
                Err(_) => Arg::Text(v.clone()),
            };
            (*k, value)
        })
        .collect();
    tact_i18n::tr(lang, key, &args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_given_as_text_select_plurals() {
        let one = tr("en", "stored-count", &[("count", "1".into())]);
        let many = tr("en", "stored-count", &[("count", "3".into())]);
        assert_ne!(one.replace('1', ""), many.replace('3', ""));
    }
}
