//! Contact-centre platforms push each conversation as it closes (a Twilio or Amazon Connect
//! event forwarder, a helpdesk automation): `POST /api/v1/webhooks/conversation` with the
//! conversation as JSON. A forwarder holds no user account, so instead of a token each source
//! signs its body with a shared secret (`X-Tact-Source: NAME`, `X-Tact-Signature: sha256=HEX`,
//! HMAC-SHA256 of the raw body, the scheme GitHub and Stripe use); a body without a valid
//! signature is refused before it is read. What is stored goes through the same ingest as an
//! upload: redacted, analysed, counted in `/metrics`.

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

fn header<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// Whether `headers` carry a valid signature of `body` by a configured source, and which.
fn signed_by<'c>(
    secrets: &'c [(String, String)],
    headers: &HeaderMap,
    body: &[u8],
) -> Option<&'c str> {
    let source = header(headers, "x-tact-source")?;
    let signature = header(headers, "x-tact-signature")?.strip_prefix("sha256=")?;
    let (name, secret) = secrets.iter().find(|(name, _)| name == source)?;
    let expected = hmac_sha256_hex(secret.as_bytes(), body);
    same(&expected, &signature.to_ascii_lowercase()).then_some(name.as_str())
}

pub async fn conversation(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<impl IntoResponse, AppError> {
    let Some(source) = signed_by(&state.config.webhook_secrets, &headers, &body) else {
        return Err(AppError::new(
            StatusCode::UNAUTHORIZED,
            "missing or wrong X-Tact-Source / X-Tact-Signature (sha256=HMAC of the body)",
        ));
    };
    let name = format!("webhook-{source}.json");
    let stored = ingest_body(
        &state,
        Uploader::Anyone,
        name,
        Some(tact_readers::Format::Json),
        body.to_vec(),
    )
    .await?;
    Ok(Json(stored))
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
