//! The supported languages, in one list: code, detector language and Snowball algorithm.

use rust_stemmers::Algorithm;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    It,
    El,
    Ro,
    Fi,
}

struct LangInfo {
    lang: Lang,
    code: &'static str,
    name: &'static str,
    detector: whatlang::Lang,
    stemmer: Algorithm,
}

const LANGS: [LangInfo; 5] = [
    LangInfo {
        lang: Lang::En,
        code: "en",
        name: "English",
        detector: whatlang::Lang::Eng,
        stemmer: Algorithm::English,
    },
    LangInfo {
        lang: Lang::It,
        code: "it",
        name: "Italian",
        detector: whatlang::Lang::Ita,
        stemmer: Algorithm::Italian,
    },
    LangInfo {
        lang: Lang::El,
        code: "el",
        name: "Greek",
        detector: whatlang::Lang::Ell,
        stemmer: Algorithm::Greek,
    },
    LangInfo {
        lang: Lang::Ro,
        code: "ro",
        name: "Romanian",
        detector: whatlang::Lang::Ron,
        stemmer: Algorithm::Romanian,
    },
    LangInfo {
        lang: Lang::Fi,
        code: "fi",
        name: "Finnish",
        detector: whatlang::Lang::Fin,
        stemmer: Algorithm::Finnish,
    },
];

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::It, Lang::El, Lang::Ro, Lang::Fi];

    fn info(self) -> &'static LangInfo {
        &LANGS[self.index()]
    }
    pub fn index(self) -> usize {
        self as usize
    }
    pub fn code(self) -> &'static str {
        self.info().code
    }
    pub fn name(self) -> &'static str {
        self.info().name
    }
    pub(crate) fn stemmer_algorithm(self) -> Algorithm {
        self.info().stemmer
    }
    pub(crate) fn detector_lang(self) -> whatlang::Lang {
        self.info().detector
    }
    pub(crate) fn from_detector(l: whatlang::Lang) -> Option<Lang> {
        LANGS.iter().find(|i| i.detector == l).map(|i| i.lang)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unsupported language {0:?} (supported: en, it, el, ro, fi)")]
pub struct UnsupportedLanguage(pub String);

impl FromStr for Lang {
    type Err = UnsupportedLanguage;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim().to_lowercase();
        // Accept region tags ("it-IT", "en_GB") and the ISO 639-2/3 codes CRMs sometimes export.
        let base = t.split(['-', '_']).next().unwrap_or("");
        let found = match base {
            "en" | "eng" | "english" => Lang::En,
            "it" | "ita" | "italian" | "italiano" => Lang::It,
            "el" | "ell" | "gre" | "greek" => Lang::El,
            "ro" | "ron" | "rum" | "romanian" => Lang::Ro,
            "fi" | "fin" | "finnish" | "suomi" => Lang::Fi,
            _ => return Err(UnsupportedLanguage(s.to_string())),
        };
        Ok(found)
    }
}
