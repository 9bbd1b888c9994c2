//! Amazon Connect Contact Lens transcripts. (Being written.)

use crate::{ReadError, ReadOptions, Reader};
use std::io::BufRead;
use tact_model::Conversation;

pub struct ConnectReader;

/// Whether the head of a JSON file looks like Contact Lens analysis output.
pub(crate) fn sniff(_head: &[u8]) -> bool {
    false
}

impl Reader for ConnectReader {
    fn read(
        &self,
        source: &str,
        _: &mut dyn BufRead,
        _: &ReadOptions,
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    ) {
        sink(Err(ReadError::new(
            source,
            1,
            "Amazon Connect is not read yet",
        )));
    }
}
