//! WebVTT call transcripts, the format most recording and captioning tools export.

use crate::cues::{self, Dialect};
use crate::{ReadError, ReadOptions, Reader};
use std::io::BufRead;
use tact_model::Conversation;

/// Reads a WebVTT file (`.vtt`) as one call: speakers from `<v Name>` voice tags or a `Name:`
/// prefix, resolved like chat-log labels; a cue without a speaker continues with the previous
/// speaker. Cue start and end times are kept in seconds; the id is the source name.
pub struct VttReader;

impl Reader for VttReader {
    fn read(
        &self,
        source_name: &str,
        input: &mut dyn BufRead,
        opts: &ReadOptions,
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    ) {
        cues::read(source_name, input, opts, Dialect::Vtt, sink);
    }
}
