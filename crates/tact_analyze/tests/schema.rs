//! The committed JSON Schema must match the report type; regenerate it with
//! `cargo run -- schema > docs/report.schema.json` (or `TACT_BLESS=1 cargo test -p
//! tact_analyze --test schema`) after a deliberate change.

#[test]
fn committed_schema_matches_the_report_type() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/report.schema.json");
    if std::env::var_os("TACT_BLESS").is_some() {
        std::fs::write(&path, tact_analyze::report_schema()).expect("write schema");
    }
    let committed = std::fs::read_to_string(&path).expect("docs/report.schema.json exists");
    assert_eq!(
        committed,
        tact_analyze::report_schema(),
        "docs/report.schema.json is out of date: run `cargo run -- schema > docs/report.schema.json`"
    );
}

#[test]
fn schema_names_the_documented_fields() {
    let schema: serde_json::Value =
        serde_json::from_str(&tact_analyze::report_schema()).expect("json");
    let props = schema["properties"].as_object().expect("properties");
    for field in [
        "id", "channel", "language", "score", "metrics", "turns", "moments", "persona",
    ] {
        assert!(props.contains_key(field), "{field}");
    }
}
