//! Helpdesk exports: Zendesk, Intercom, Freshdesk. (Being written.)

use crate::{ReadError, ReadOptions, Reader};
use std::io::BufRead;
use tact_model::Conversation;

pub struct ZendeskReader;
pub struct IntercomReader;
pub struct FreshdeskReader;

/// Which helpdesk export the head of a JSON file looks like, if any.
pub(crate) fn sniff(_head: &[u8]) -> Option<crate::Format> {
    None
}

impl Reader for ZendeskReader {
    fn read(
        &self,
        source: &str,
        _: &mut dyn BufRead,
        _: &ReadOptions,
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    ) {
        sink(Err(ReadError::new(source, 1, "Zendesk is not read yet")));
    }
}

impl Reader for IntercomReader {
    fn read(
        &self,
        source: &str,
        _: &mut dyn BufRead,
        _: &ReadOptions,
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    ) {
        sink(Err(ReadError::new(source, 1, "Intercom is not read yet")));
    }
}

impl Reader for FreshdeskReader {
    fn read(
        &self,
        source: &str,
        _: &mut dyn BufRead,
        _: &ReadOptions,
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    ) {
        sink(Err(ReadError::new(source, 1, "Freshdesk is not read yet")));
    }
}
