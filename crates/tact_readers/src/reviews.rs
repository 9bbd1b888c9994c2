//! Reviews with the business's reply. (Being written.)

use crate::{ReadError, ReadOptions, Reader};
use std::io::BufRead;
use tact_model::Conversation;

pub struct ReviewsReader;

/// Whether the head of a CSV or JSON file looks like a review export.
pub(crate) fn sniff(_head: &[u8]) -> bool {
    false
}

impl Reader for ReviewsReader {
    fn read(
        &self,
        source: &str,
        _: &mut dyn BufRead,
        _: &ReadOptions,
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    ) {
        sink(Err(ReadError::new(source, 1, "reviews are not read yet")));
    }
}
