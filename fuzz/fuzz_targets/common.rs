//! What every fuzz target checks: reading never panics, and whatever comes out keeps the
//! promises the readers make to the rest of tact.

use tact_readers::{read, Format, ReadOptions, MAX_SECONDS};

/// The options for one input. The last byte (still read as input) also picks CSV grouping and,
/// for half the inputs, a record limit small enough to reach the `record too large` paths.
fn options(data: &[u8]) -> ReadOptions {
    let knob = data.last().copied().unwrap_or(0);
    let mut opts = ReadOptions {
        agent_names: vec!["luca".to_string()],
        csv_group: knob & 1 == 1,
        ..ReadOptions::default()
    };
    if knob & 2 == 2 {
        opts.max_record_bytes = 8 + usize::from(knob >> 2);
    }
    opts
}

pub fn check(format: Format, data: &[u8]) {
    let opts = options(data);
    let mut input = data;
    read("fuzz", &mut input, format, &opts, &mut |item| match item {
        Ok(conv) => {
            assert!(!conv.turns.is_empty(), "a conversation without turns");
            assert!(!conv.id.is_empty(), "a conversation without an id");
            for t in &conv.turns {
                for v in [t.start, t.end].into_iter().flatten() {
                    assert!(
                        v.is_finite() && (0.0..=MAX_SECONDS).contains(&v),
                        "a call time out of range: {v}"
                    );
                }
                if let (Some(s), Some(e)) = (t.start, t.end) {
                    assert!(e >= s, "a turn that ends before it starts");
                }
            }
        }
        Err(e) => assert!(e.line >= 1 && !e.reason.is_empty(), "{e}"),
    });
}
