//! Extracts each rule's doc comment from `src/rules/<family>/<rule>.rs` so `tact rule ID` prints
//! the very text written above the rule: one copy of the docs, next to the code it documents.
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
    println!("cargo:rerun-if-changed={}", rules.display());
    let mut docs = Vec::new();
    let mut families: Vec<_> = std::fs::read_dir(&rules)
        .expect("src/rules exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    families.sort();
    for fam in families {
        println!("cargo:rerun-if-changed={}", fam.display());
        let mut files: Vec<_> = std::fs::read_dir(&fam)
            .expect("family dir")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs") && !p.ends_with("mod.rs"))
            .collect();
        files.sort();
        for f in files {
            println!("cargo:rerun-if-changed={}", f.display());
            let src = std::fs::read_to_string(&f).expect("rule file readable");
            let mut block: Vec<&str> = Vec::new();
            let mut found = None;
            for line in src.lines() {
                let t = line.trim_start();
                if let Some(doc) = t.strip_prefix("///") {
                    block.push(doc.strip_prefix(' ').unwrap_or(doc));
                } else if t.starts_with("pub struct") || t.starts_with("pub(crate) struct") {
                    if !block.is_empty() {
                        found = Some(block.join("\n"));
                    }
                    break;
                } else if !t.starts_with("#[") {
                    block.clear();
                }
            }
            let stem = f.file_stem().expect("stem").to_string_lossy().to_string();
            docs.push((stem, found.unwrap_or_default()));
        }
    }
    let mut out = String::from("/// (rule file name, doc comment) for every rule file.\npub(crate) const RULE_DOCS: &[(&str, &str)] = &[\n");
    for (stem, doc) in docs {
        let _ = writeln!(out, "    ({stem:?}, {doc:?}),");
    }
    out.push_str("];\n");
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    println!("cargo:rerun-if-changed={}", data.display());
    let mut langs: Vec<_> = std::fs::read_dir(&data)
        .expect("data/ exists")
        .filter_map(Result::ok)
        .map(|e| e.path().join("alternatives.toml"))
        .filter(|p| p.exists())
        .collect();
    langs.sort();
    out.push_str("/// (language code, alternatives.toml) for every language folder.\npub(crate) const ALTERNATIVES: &[(&str, &str)] = &[\n");
    for p in langs {
        println!("cargo:rerun-if-changed={}", p.display());
        let lang = p
            .parent()
            .and_then(|d| d.file_name())
            .expect("lang dir")
            .to_string_lossy()
            .to_string();
        let _ = writeln!(
            out,
            "    ({lang:?}, include_str!({:?})),",
            p.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("rule_docs.rs");
    std::fs::write(dest, out).expect("write generated docs");
}
