//! What every fuzz target checks: reading never panics, and whatever comes out keeps the
//! promises the readers make to the rest of tact.

use tact_readers::{read, Format, ReadOptions};

pub fn check(format: Format, data: &[u8]) {
    let opts = ReadOptions {
        agent_names: vec!["luca".to_string()],
        ..ReadOptions::default()
    };
    let mut input = data;
    read("fuzz", &mut input, format, &opts, &mut |item| match item {
        Ok(conv) => {
            assert!(!conv.turns.is_empty(), "a conversation without turns");
            assert!(!conv.id.is_empty(), "a conversation without an id");
            for t in &conv.turns {
                if let (Some(s), Some(e)) = (t.start, t.end) {
                    assert!(e >= s, "a turn that ends before it starts");
                }
            }
        }
        Err(e) => assert!(e.line >= 1 && !e.reason.is_empty(), "{e}"),
    });
}
