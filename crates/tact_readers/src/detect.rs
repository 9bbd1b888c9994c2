//! Format detection by content. Extensions lie or say too little: `.json` may be tact's own
//! format, a Zendesk export or a Contact Lens transcript, `.txt` a chat log or a WhatsApp
//! export, `.csv` turns or reviews. The first bytes of a file tell them apart; the extension only
//! breaks ties, and `--input-format` overrides both.

use crate::{connect, email, helpdesk, reviews, whatsapp, Format};

/// How much of a file [`detect`] looks at.
pub const HEAD_BYTES: usize = 64 * 1024;

/// The format of a file whose first bytes are `head` (up to [`HEAD_BYTES`]) and whose extension
/// names `by_extension`, if either tells. Content wins over the extension, except that tact's
/// own formats are only ever chosen from the extension or a clear shape (a JSON object per
/// line, a `WEBVTT` header).
pub fn detect(head: &[u8], by_extension: Option<Format>) -> Option<Format> {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    if head.starts_with(b"PK\x03\x04") {
        return Some(Format::WhatsApp);
    }
    let trimmed = head.trim_ascii_start();
    // "[21:03] Agent: …" opens a chat log, not a JSON array.
    let array = trimmed.starts_with(b"[")
        && matches!(
            trimmed[1..].trim_ascii_start().first(),
            Some(b'{' | b'[' | b']' | b'"') | None
        );
    if trimmed.starts_with(b"{") || array {
        if connect::sniff(head) {
            return Some(Format::Connect);
        }
        if let Some(f) = helpdesk::sniff(head) {
            return Some(f);
        }
        if reviews::sniff(head) {
            return Some(Format::Reviews);
        }
        return match by_extension {
            Some(f @ (Format::Json | Format::Jsonl)) => Some(f),
            _ if trimmed.starts_with(b"[") => Some(Format::Json),
            _ => Some(Format::Jsonl),
        };
    }
    if head.starts_with(b"From ") {
        return Some(Format::Mbox);
    }
    if email::sniff(head) {
        return Some(Format::Email);
    }
    if head.starts_with(b"WEBVTT") {
        return Some(Format::Vtt);
    }
    if whatsapp::sniff(head) {
        return Some(Format::WhatsApp);
    }
    if reviews::sniff(head) {
        return Some(Format::Reviews);
    }
    by_extension
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tact_formats_keep_their_extension_and_json_shapes_are_told_apart() {
        let line = br#"{"id": "c1", "turns": [{"role": "agent", "text": "hi"}]}"#;
        assert_eq!(detect(line, Some(Format::Jsonl)), Some(Format::Jsonl));
        assert_eq!(detect(line, Some(Format::Json)), Some(Format::Json));
        assert_eq!(detect(line, None), Some(Format::Jsonl));
        assert_eq!(detect(b"[{\"turns\": []}]", None), Some(Format::Json));
        assert_eq!(detect(b"WEBVTT\n\n", None), Some(Format::Vtt));
        assert_eq!(
            detect(b"PK\x03\x04rest", Some(Format::Text)),
            Some(Format::WhatsApp)
        );
        assert_eq!(
            detect(b"From a@b Thu Mar  6 21:14:00 2026\n", None),
            Some(Format::Mbox)
        );
        assert_eq!(
            detect(b"Agent: hello\n", Some(Format::Text)),
            Some(Format::Text)
        );
        assert_eq!(
            detect(b"conversation_id,role,text\n", Some(Format::Csv)),
            Some(Format::Csv)
        );
        assert_eq!(detect(b"", None), None);
    }
}
