//! Secrets: Argon2id password hashes, random tokens for sessions, API access and the first-admin
//! link (only their SHA-256 is stored, so a copy of the database opens no account), and the
//! login rate limit.

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier};
use argon2::{password_hash::SaltString, Argon2};
use base64::Engine as _;
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("cannot hash the password: {e}"))
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

/// 32 random bytes, URL-safe: session ids, API tokens, setup links, CSRF tokens, passwords.
/// Never starting with `-` or `_`: a token is pasted after `--token` on a command line, where
/// a leading dash reads as an option (one token in 64 did).
pub fn random_token() -> String {
    loop {
        let mut b = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut b);
        let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b);
        if token.starts_with(|c: char| c.is_ascii_alphanumeric()) {
            return token;
        }
    }
}

/// What is stored for a secret.
pub fn digest(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

/// Bytes in lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Comparison that takes the same time wherever the first difference is (CSRF tokens).
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// Failed logins allowed per account name in a window: a password is not guessed in five.
pub const MAX_FAILURES_PER_NAME: usize = 5;
/// Per client address: higher, since a whole office can share one address.
pub const MAX_FAILURES_PER_ADDRESS: usize = 50;
const WINDOW: Duration = Duration::from_secs(15 * 60);

/// Counts failed logins per key (a user name, a client address); a key with too many recent
/// failures is refused until the oldest falls out of the window.
pub struct RateLimit {
    max: usize,
    failures: Mutex<HashMap<String, Vec<Instant>>>,
}

impl RateLimit {
    pub fn new(max: usize) -> Self {
        RateLimit {
            max,
            failures: Mutex::default(),
        }
    }

    pub fn blocked(&self, key: &str) -> bool {
        let mut f = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        match f.get_mut(key) {
            Some(v) => {
                v.retain(|t| now.duration_since(*t) < WINDOW);
                v.len() >= self.max
            }
            None => false,
        }
    }

    pub fn failed(&self, key: &str) {
        let mut f = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        if f.len() > 100_000 {
            // Bounded memory under a spray of names: forget the old entries.
            let now = Instant::now();
            f.retain(|_, v| v.iter().any(|t| now.duration_since(*t) < WINDOW));
        }
        f.entry(key.to_string()).or_default().push(Instant::now());
    }

    pub fn succeeded(&self, key: &str) {
        self.failures
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_verifies_only_against_its_own_hash() {
        let h = hash_password("correct horse").expect("hash");
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("correct horse", &h));
        assert!(!verify_password("correct hors", &h));
        assert!(!verify_password("correct horse", "not a hash"));
    }

    #[test]
    fn tokens_are_random_and_digests_fixed() {
        assert_ne!(random_token(), random_token());
        assert_eq!(random_token().len(), 43);
        // Without the guard about 60 of these would start with a dash or an underscore.
        for _ in 0..2000 {
            let t = random_token();
            assert!(t.starts_with(|c: char| c.is_ascii_alphanumeric()), "{t}");
        }
        assert_eq!(
            digest("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
        assert!(!same("abc", "ab"));
    }

    #[test]
    fn the_sixth_failure_in_a_window_is_blocked_and_success_clears() {
        let r = RateLimit::new(MAX_FAILURES_PER_NAME);
        for _ in 0..MAX_FAILURES_PER_NAME {
            assert!(!r.blocked("ana"));
            r.failed("ana");
        }
        assert!(r.blocked("ana"));
        assert!(!r.blocked("bob"));
        r.succeeded("ana");
        assert!(!r.blocked("ana"));
    }
}
