//! Fuzz target: redaction of arbitrary text never panics, its spans are on character
//! boundaries, and redacting the result again changes nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tact_redact::{apply, find, Context, Numbering};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let cx = Context::default();
    let found = find(&text, &cx);
    for f in &found {
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
    }
    let once = apply(&text, &found, &mut Numbering::new(false));
    let twice = apply(&once, &find(&once, &cx), &mut Numbering::new(false));
    assert_eq!(once, twice, "redacting twice changed the text");
});
