//! E-mail: `.eml` messages and mbox archives, threaded into conversations. (Being written.)

use crate::{ReadError, ReadOptions, Reader};
use std::io::BufRead;
use tact_model::Conversation;

pub struct EmailReader;
pub struct MboxReader;

/// Whether the head of a file reads like one e-mail message (RFC 5322 headers).
pub(crate) fn sniff(_head: &[u8]) -> bool {
    false
}

impl Reader for EmailReader {
    fn read(
        &self,
        source: &str,
        _: &mut dyn BufRead,
        _: &ReadOptions,
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    ) {
        sink(Err(ReadError::new(source, 1, "e-mail is not read yet")));
    }
}

impl Reader for MboxReader {
    fn read(
        &self,
        source: &str,
        _: &mut dyn BufRead,
        _: &ReadOptions,
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    ) {
        sink(Err(ReadError::new(source, 1, "mbox is not read yet")));
    }
}
