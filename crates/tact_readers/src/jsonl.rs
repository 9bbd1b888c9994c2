//! tact's native format, JSON Lines: one conversation per line, streamed so memory does not
//! grow with the number of conversations.

use crate::json::{finish, message};
use crate::lines::Lines;
use crate::record::Record;
use crate::{checks, ReadError, ReadOptions, Reader};
use std::io::BufRead;
use tact_model::Conversation;

/// Reads JSON Lines (`.jsonl`, `.ndjson`). Blank lines are skipped; a missing or empty `id`
/// becomes `file:line`; roles and channels match in any case and language.
pub struct JsonlReader;

impl Reader for JsonlReader {
    fn read(
        &self,
        source_name: &str,
        input: &mut dyn BufRead,
        opts: &ReadOptions,
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    ) {
        let mut lines = Lines::new(source_name, input, opts.max_record_bytes);
        while let Some(item) = lines.next_line() {
            let (n, line) = match item {
                Ok(l) => l,
                Err(e) => {
                    sink(Err(e));
                    continue;
                }
            };
            if line.trim().is_empty() {
                continue;
            }
            let result = serde_json::from_str::<Record>(line)
                .map_err(|e| format!("{} (column {})", message(&e), e.column()))
                .and_then(|r| finish(r.into(), || format!("{source_name}:{n}")));
            match result {
                Ok(conv) => checks::emit(source_name, conv, &|_| n, sink),
                Err(reason) => sink(Err(ReadError::new(source_name, n, reason))),
            }
        }
    }
}
