//! Secrets handed to clients (session ids, API tokens, one-time links):
//! random keys, stored only as a keyed hash, compared in constant time.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;
use subtle::ConstantTimeEq;

use crate::config::SecretKey;

/// A new random key: 32 bytes (256 bits), URL-safe base64, 43 characters.
pub fn generate() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// What the database keeps of a key: HMAC-SHA256 under `SECRET_KEY`, so a
/// copy of the tables alone cannot be replayed. Keys are random, so one
/// fast hash suffices (no password stretching needed).
pub fn hash(secret: &SecretKey, key: &str) -> Vec<u8> {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(key.as_bytes());
    mac.finalize().into_bytes().to_vec()
}

/// Equality that takes the same time wherever the inputs differ.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && bool::from(a.ct_eq(b))
}

/// Whether a string could be a key we issued (cheap filter before any query).
pub fn looks_like_key(key: &str) -> bool {
    key.len() == 43
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Whether a string could be an API token: a key we issued, or one that
/// Django REST Framework made (40 ASCII letters and digits; DRF writes
/// lowercase hex of 20 random bytes), moved with its member from the Django
/// original and stored as ours are ([`hash`]). For the `Authorization`
/// header only: session cookies and one-time links are always ours
/// ([`looks_like_key`]).
pub fn looks_like_api_token(key: &str) -> bool {
    looks_like_key(key) || (key.len() == 40 && key.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drf_key_is_an_api_token_but_never_a_session_key() {
        let drf = "e22ac49ef017a7ebae7787f31040da06f6bd067e";
        assert!(looks_like_api_token(drf));
        assert!(!looks_like_key(drf));
        assert!(looks_like_api_token(&generate()));
        for other in [
            "e22ac49ef017a7ebae7787f31040da06f6bd067",
            "e22ac49ef017a7ebae7787f31040da06f6bd067e0",
            "e22ac49ef017a7ebae7787f31040da06f6bd06-e",
            "e22ac49ef017a7ebae7787f31040da06f6bd06é",
            "",
        ] {
            assert!(!looks_like_api_token(other), "{other}");
        }
    }
}
