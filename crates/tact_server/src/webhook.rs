//! Contact-centre platforms push each conversation as it closes (a Twilio or Amazon Connect
//! event forwarder, a helpdesk automation): `POST /api/v1/webhooks/conversation` with the
//! conversation as JSON. A forwarder holds no user account, so instead of a token each source
//! signs what it sends with a shared secret, the scheme Stripe and Slack use:
//! `X-Tact-Source: NAME`, `X-Tact-Timestamp: UNIX SECONDS` and `X-Tact-Signature: sha256=HEX`,
//! the HMAC-SHA256 of the time stamp, a dot and the raw body. A request without a valid
//! signature or signed more than five minutes from now is refused (401) before its body is
//! read, and one whose signature this server has already taken is refused as a replay (409): a body captured on the way cannot be sent
//! again later to store an old version over a newer one. What is stored goes through the same
//! ingest as an upload: redacted, analysed, counted in `/metrics`.

use crate::auth::{hex, same};
use crate::ingest::Uploader;
use crate::pages::ingest_body;
use crate::web::{AppError, AppState};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::Json;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::Mutex;

/// How far a request's time stamp may be from the server's clock, either way, in seconds.
pub const MAX_SKEW_SECS: i64 = 300;

/// HMAC-SHA256 (RFC 2104) of `message` under `key`, in lower-case hex. Written over `sha2`,
/// which the server already uses, in a dozen lines: the construction is the RFC's, and the
/// RFC 4231 test vectors check it.
pub fn hmac_sha256_hex(key: &[u8], message: &[u8]) -> String {
    const BLOCK: usize = 64;
    let mut k = [0u8; BLOCK];
    if key.len() > BLOCK {
        k[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        k[..key.len()].copy_from_slice(key);
    }
    let pad = |byte: u8| k.map(|b| b ^ byte);
    let inner = Sha256::new()
        .chain_update(pad(0x36))
        .chain_update(message)
        .finalize();
    let outer = Sha256::new()
        .chain_update(pad(0x5c))
        .chain_update(inner)
        .finalize();
    hex(&outer)
}

/// The `X-Tact-Signature` value a source sends for `body` at `timestamp` (Unix seconds).
pub fn signature(secret: &[u8], timestamp: i64, body: &[u8]) -> String {
    let mut signed = format!("{timestamp}.").into_bytes();
    signed.extend_from_slice(body);
    format!("sha256={}", hmac_sha256_hex(secret, &signed))
}

fn header<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// The signatures taken in the last [`MAX_SKEW_SECS`] (and a little more), with their time
/// stamps: one taken again is a replay. Older ones need not be kept, the clock check refuses
/// them. Each server keeps its own: behind a load balancer a replay within the five minutes
/// can reach another server, where it stores the same version again (an id is a key).
#[derive(Default)]
pub struct Seen(Mutex<HashMap<String, i64>>);

impl Seen {
    /// Whether `signature` is new, remembering it if so.
    fn first_time(&self, signature: &str, timestamp: i64, now: i64) -> bool {
        let mut seen = self.0.lock().unwrap_or_else(|e| e.into_inner());
        seen.retain(|_, &mut t| (now - t).abs() <= MAX_SKEW_SECS + 1);
        seen.insert(signature.to_string(), timestamp).is_none()
    }

    fn forget(&self, signature: &str) {
        let mut seen = self.0.lock().unwrap_or_else(|e| e.into_inner());
        seen.remove(signature);
    }
}

/// Why a request is refused, said to the sender (never which secret was tried).
const REFUSED: &str = "missing or wrong X-Tact-Source / X-Tact-Timestamp / X-Tact-Signature \
     (sha256=HMAC of the time stamp, a dot and the body, sent within 5 minutes, once)";

/// The configured source that signed this request at an acceptable time, if any.
fn signed_by<'c>(
    secrets: &'c [(String, String)],
    headers: &HeaderMap,
    body: &[u8],
    now: i64,
) -> Option<(&'c str, i64, String)> {
    let source = header(headers, "x-tact-source")?;
    let timestamp: i64 = header(headers, "x-tact-timestamp")?.trim().parse().ok()?;
    let given = header(headers, "x-tact-signature")?.to_ascii_lowercase();
    let (name, secret) = secrets.iter().find(|(name, _)| name == source)?;
    let expected = signature(secret.as_bytes(), timestamp, body);
    let fresh = (now - timestamp).abs() <= MAX_SKEW_SECS;
    (same(&expected, &given) && fresh).then_some((name.as_str(), timestamp, expected))
}

pub async fn conversation(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<impl IntoResponse, AppError> {
    let now = chrono::Utc::now().timestamp();
    let signed = signed_by(&state.config.webhook_secrets, &headers, &body, now);
    let Some((source, timestamp, signature)) = signed else {
        return Err(AppError::new(StatusCode::UNAUTHORIZED, REFUSED));
    };
    if !state.webhook_seen.first_time(&signature, timestamp, now) {
        return Err(AppError::new(
            StatusCode::CONFLICT,
            "this signed request was already taken; sign a new one to send it again",
        ));
    }
    let name = format!("webhook-{source}.json");
    let stored = ingest_body(
        &state,
        Uploader::Anyone,
        name,
        Some(tact_readers::Format::Json),
        body.to_vec(),
    )
    .await;
    if stored.is_err() {
        // Not taken: the sender may send the same request again.
        state.webhook_seen.forget(&signature);
    }
    Ok(Json(stored?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_4231_test_vectors() {
        // Test case 1: a 20-byte key of 0x0b, "Hi There".
        assert_eq!(
            hmac_sha256_hex(&[0x0b; 20], b"Hi There"),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
        );
        // Test case 2: key "Jefe".
        assert_eq!(
            hmac_sha256_hex(b"Jefe", b"what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        // Test case 6: a key longer than the block is hashed first.
        assert_eq!(
            hmac_sha256_hex(
                &[0xaa; 131],
                b"Test Using Larger Than Block-Size Key - Hash Key First"
            ),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        );
    }
}
