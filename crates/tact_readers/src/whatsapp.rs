//! WhatsApp chat exports. (Being written.)

use crate::{ReadError, ReadOptions, Reader};
use std::io::BufRead;
use tact_model::Conversation;

pub struct WhatsAppReader;

/// Whether the head of a file reads like a WhatsApp `.txt` export.
pub(crate) fn sniff(_head: &[u8]) -> bool {
    false
}

impl Reader for WhatsAppReader {
    fn read(
        &self,
        source: &str,
        _: &mut dyn BufRead,
        _: &ReadOptions,
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    ) {
        sink(Err(ReadError::new(source, 1, "WhatsApp is not read yet")));
    }
}
