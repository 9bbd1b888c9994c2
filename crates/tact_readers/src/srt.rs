//! SRT (SubRip) transcripts, which many dictation and call tools still export instead of WebVTT.

use crate::cues::{self, Dialect};
use crate::{ReadError, ReadOptions, Reader};
use std::io::BufRead;
use tact_model::Conversation;

/// Reads an SRT file (`.srt`) as one call: numbered cues, `00:00:01,000 --> 00:00:04,000`,
/// speakers from a `Name:` prefix or `<v Name>`, exactly as [`VttReader`](crate::VttReader)
/// does otherwise.
pub struct SrtReader;

impl Reader for SrtReader {
    fn read(
        &self,
        source_name: &str,
        input: &mut dyn BufRead,
        opts: &ReadOptions,
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    ) {
        cues::read(source_name, input, opts, Dialect::Srt, sink);
    }
}
