//! tact's native format, JSON Lines: one conversation per line, streamed so memory does not
//! grow with the number of conversations.

use crate::json::{finish, message};
use crate::lines::Lines;
use crate::{ReadError, ReadOptions, Reader};
use std::io::BufRead;
use tact_model::Conversation;

/// Reads JSON Lines (`.jsonl`, `.ndjson`). Blank lines are skipped; a missing or empty `id`
/// becomes `file:line`.
pub struct JsonlReader;

impl Reader for JsonlReader {
    fn read(
        &self,
        source_name: &str,
        input: &mut dyn BufRead,
        _opts: &ReadOptions,
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    ) {
        let mut lines = Lines::new(source_name, input);
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
            let result = serde_json::from_str::<Conversation>(line)
                .map_err(|e| format!("{} (column {})", message(&e), e.column()))
                .and_then(|c| finish(c, || format!("{source_name}:{n}")))
                .map_err(|reason| ReadError::new(source_name, n, reason));
            sink(result);
        }
    }
}
