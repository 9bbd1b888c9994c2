//! Compiles the translated rule documentation in: one `(language, rule id, text)` row per
//! `docs/<language>/<rule-id>.md`.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut rows = Vec::new();
    if let Ok(langs) = std::fs::read_dir(&root) {
        for lang in langs.flatten().filter(|e| e.path().is_dir()) {
            println!("cargo:rerun-if-changed={}", lang.path().display());
            let code = lang.file_name().to_string_lossy().to_string();
            for f in std::fs::read_dir(lang.path())
                .expect("docs folder")
                .flatten()
            {
                let p = f.path();
                if p.extension().is_some_and(|x| x == "md") {
                    let id = p.file_stem().expect("name").to_string_lossy().to_string();
                    rows.push((code.clone(), id, p.display().to_string()));
                }
            }
        }
    }
    rows.sort();
    let mut out = String::from("pub(crate) const RULE_DOCS: &[(&str, &str, &str)] = &[\n");
    for (lang, id, path) in rows {
        let _ = writeln!(out, "    ({lang:?}, {id:?}, include_str!({path:?})),");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("rule_docs.rs");
    std::fs::write(dest, out).expect("write the table");
}
