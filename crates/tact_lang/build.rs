//! Generates the language and lexicon tables from `data/<lang>/<lexicon>.txt`, so adding a
//! lexicon or a language is adding files, never editing match arms.
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    println!("cargo:rerun-if-changed={}", data.display());
    let mut langs = BTreeSet::new();
    let mut lexicons = BTreeSet::new();
    let mut files = Vec::new();
    for lang_dir in std::fs::read_dir(&data).expect("data/ exists") {
        let lang_dir = lang_dir.expect("readable entry").path();
        if !lang_dir.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", lang_dir.display());
        let lang = lang_dir
            .file_name()
            .expect("name")
            .to_string_lossy()
            .to_string();
        langs.insert(lang.clone());
        for f in std::fs::read_dir(&lang_dir).expect("lang dir readable") {
            let f = f.expect("readable entry").path();
            if f.extension().is_some_and(|e| e == "txt") {
                println!("cargo:rerun-if-changed={}", f.display());
                let lex = f.file_stem().expect("stem").to_string_lossy().to_string();
                lexicons.insert(lex.clone());
                files.push((lang.clone(), lex, f));
            }
        }
    }
    files.sort();
    let lexicons: Vec<String> = lexicons.into_iter().collect();
    let mut out = String::new();
    out.push_str("/// Every lexicon name, sorted; a `LexId` indexes this list.\npub const LEXICON_NAMES: &[&str] = &[\n");
    for l in &lexicons {
        let _ = writeln!(out, "    {l:?},");
    }
    out.push_str("];\n\n/// One constant per lexicon, named after its file.\npub mod lex {\n    use super::LexId;\n");
    for (i, l) in lexicons.iter().enumerate() {
        let _ = writeln!(
            out,
            "    pub const {}: LexId = LexId({i});",
            l.to_uppercase().replace('-', "_")
        );
    }
    out.push_str("}\n\n/// The raw lexicon files: (language code, lexicon index, contents).\npub(crate) const LEXICON_FILES: &[(&str, usize, &str)] = &[\n");
    for (lang, lex, path) in &files {
        let idx = lexicons
            .iter()
            .position(|l| l == lex)
            .expect("known lexicon");
        let _ = writeln!(
            out,
            "    ({lang:?}, {idx}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n\n/// The language folders present under data/.\npub const DATA_LANGUAGES: &[&str] = &[\n");
    for l in &langs {
        let _ = writeln!(out, "    {l:?},");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("lexicons.rs");
    std::fs::write(dest, out).expect("write generated table");
}
