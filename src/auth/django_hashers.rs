//! The password hashes of Django's default hashers, read exactly as Django
//! writes them (`django/contrib/auth/hashers.py`), so that members moved
//! from the Django original sign in with the password they had; sign-in
//! then stores an Argon2id hash of Mothra's own in its place
//! ([`super::password::needs_rehash`]).
//!
//! Pure functions, no I/O. The numbers inside a hash say how much work
//! checking it takes, and a hash is data that anyone able to write to
//! `users` could plant: each is held to the caps below before any work, and
//! one over a cap, or malformed, never verifies and costs nothing.
//!
//! Django verifies by encoding the password again with the stored hash's
//! salt and numbers and comparing the two whole strings, so only a hash
//! spelled as Django spells it ever matched there: the same holds here
//! (decimal numbers without leading zeros or signs, padded standard base64
//! of the digest's length).

use argon2::Block;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use sha1::Sha1;
use sha2::{Digest, Sha256};

use super::keys::constant_time_eq;
use super::password::{self, thousands};

/// The most PBKDF2 iterations checked: above Django 6.0's 1,200,000, the
/// most any Django release has written.
pub const PBKDF2_MAX_ITERATIONS: u64 = 2_000_000;
/// The highest bcrypt cost checked (Django writes 12; each step doubles
/// the work).
pub const BCRYPT_MAX_COST: u32 = 14;
/// The most memory an scrypt hash may need, 128·n·r bytes (Django's
/// default takes 16 MiB).
pub const SCRYPT_MAX_MEMORY: u64 = 64 << 20;
/// The most scrypt lanes, each run one after the other here: Django's
/// default, 5 (`ScryptPasswordHasher.parallelism`), so that the hashes its
/// scrypt hasher writes out of the box are read.
pub const SCRYPT_MAX_PARALLELISM: u64 = 5;

/// The hashers read here, by the name their hashes start with.
const NAMES: [&str; 5] = [
    "pbkdf2_sha256",
    "pbkdf2_sha1",
    "argon2",
    "bcrypt_sha256",
    "scrypt",
];

/// Django's scrypt hasher asks for 64 bytes of key.
const SCRYPT_LEN: usize = 64;

/// Whether `encoded` names one of the hashers read here (the word before
/// its first `$`); it may still be malformed or over a cap.
pub fn is_django(encoded: &str) -> bool {
    encoded
        .split_once('$')
        .is_some_and(|(name, _)| NAMES.contains(&name))
}

/// Ok when `encoded` is a well-formed hash of one of the hashers read
/// here, within the caps; else why not, in words for a person
/// ("pbkdf2_sha256 with 9,000,000 iterations is over the cap of 2,000,000").
pub fn check(encoded: &str) -> Result<(), String> {
    parse(encoded).map(|_| ())
}

/// Whether `password` is the one `encoded` was made from, in constant
/// time. False, before any work, for a hash that [`check`] refuses.
/// `memory` serves an Argon2 hash that fits in it.
pub fn verify(password: &str, encoded: &str, memory: &mut [Block]) -> bool {
    let Ok(parsed) = parse(encoded) else {
        return false;
    };
    let password = password.as_bytes();
    match parsed {
        Parsed::Pbkdf2 {
            digest,
            iterations,
            salt,
            hash,
        } => {
            let mut out = vec![0u8; digest.len()];
            match digest {
                Pbkdf2Digest::Sha256 => {
                    pbkdf2::pbkdf2_hmac::<Sha256>(password, salt.as_bytes(), iterations, &mut out)
                }
                Pbkdf2Digest::Sha1 => {
                    pbkdf2::pbkdf2_hmac::<Sha1>(password, salt.as_bytes(), iterations, &mut out)
                }
            }
            constant_time_eq(STANDARD.encode(out).as_bytes(), hash.as_bytes())
        }
        Parsed::Argon2 { phc } => password::verify_phc(password, phc, memory),
        Parsed::BcryptSha256 { bcrypt } => {
            // Django hashes first so that bcrypt's 72-byte limit does not
            // cut long passwords short: lowercase hex of SHA-256.
            let digest = Sha256::digest(password);
            let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
            // The bcrypt crate compares in constant time.
            bcrypt::verify(hex, bcrypt).unwrap_or(false)
        }
        Parsed::Scrypt { params, salt, hash } => {
            let mut out = [0u8; SCRYPT_LEN];
            if scrypt::scrypt(password, salt.as_bytes(), &params, &mut out).is_err() {
                return false;
            }
            constant_time_eq(STANDARD.encode(out).as_bytes(), hash.as_bytes())
        }
    }
}

#[derive(Clone, Copy)]
enum Pbkdf2Digest {
    Sha256,
    Sha1,
}

impl Pbkdf2Digest {
    /// Django's key length: the digest's size.
    fn len(self) -> usize {
        match self {
            Pbkdf2Digest::Sha256 => 32,
            Pbkdf2Digest::Sha1 => 20,
        }
    }
}

/// A hash taken apart, within the caps.
enum Parsed<'a> {
    /// `pbkdf2_sha256$<iterations>$<salt>$<base64>` (or `pbkdf2_sha1`).
    Pbkdf2 {
        digest: Pbkdf2Digest,
        iterations: u32,
        salt: &'a str,
        hash: &'a str,
    },
    /// `argon2` + argon2-cffi's PHC string: the PHC string.
    Argon2 { phc: &'a str },
    /// `bcrypt_sha256$` + bcrypt's own string (`$2b$12$...`): the latter.
    BcryptSha256 { bcrypt: &'a str },
    /// `scrypt$<n>$<salt>$<r>$<p>$<base64>`.
    Scrypt {
        params: scrypt::Params,
        salt: &'a str,
        hash: &'a str,
    },
}

fn parse(encoded: &str) -> Result<Parsed<'_>, String> {
    let (name, rest) = encoded
        .split_once('$')
        .filter(|(name, _)| NAMES.contains(name))
        .ok_or_else(|| "not a hash of one of Django's default hashers".to_owned())?;
    match name {
        "pbkdf2_sha256" => pbkdf2(name, Pbkdf2Digest::Sha256, rest),
        "pbkdf2_sha1" => pbkdf2(name, Pbkdf2Digest::Sha1, rest),
        // Django keeps the `$` that starts argon2-cffi's string.
        "argon2" => argon2(&encoded[name.len()..]),
        "bcrypt_sha256" => bcrypt_sha256(rest),
        _ => scrypt(rest),
    }
}

fn malformed(name: &str, why: &str) -> String {
    format!("a malformed {name} hash ({why})")
}

/// A decimal number as Django's `%d` writes one: digits only, no leading
/// zero. A number too large for 64 bits is `u64::MAX` (over every cap).
fn decimal(digits: &str) -> Option<u64> {
    let canonical = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'));
    canonical.then(|| digits.parse().unwrap_or(u64::MAX))
}

/// Whether `text` is padded standard base64 of exactly `len` bytes.
fn base64_of(text: &str, len: usize) -> bool {
    STANDARD.decode(text).is_ok_and(|bytes| bytes.len() == len)
}

fn pbkdf2<'a>(name: &str, digest: Pbkdf2Digest, rest: &'a str) -> Result<Parsed<'a>, String> {
    let mut parts = rest.splitn(3, '$');
    let (Some(iterations), Some(salt), Some(hash)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(malformed(name, "not iterations$salt$hash"));
    };
    let count = decimal(iterations)
        .filter(|&n| n > 0)
        .ok_or_else(|| malformed(name, "its iterations are not a number above zero"))?;
    if count > PBKDF2_MAX_ITERATIONS {
        return Err(format!(
            "{name} with {} iterations is over the cap of {}",
            thousands(iterations),
            thousands(PBKDF2_MAX_ITERATIONS)
        ));
    }
    if salt.is_empty() {
        return Err(malformed(name, "no salt"));
    }
    if !base64_of(hash, digest.len()) {
        return Err(malformed(
            name,
            &format!("its hash is not base64 of {} bytes", digest.len()),
        ));
    }
    Ok(Parsed::Pbkdf2 {
        digest,
        iterations: u32::try_from(count).map_err(|e| e.to_string())?,
        salt,
        hash,
    })
}

fn argon2(phc: &str) -> Result<Parsed<'_>, String> {
    // Django has written Argon2id (since 3.2) and Argon2i (before).
    if !(phc.starts_with("$argon2id$") || phc.starts_with("$argon2i$")) {
        return Err(malformed("argon2", "neither argon2id nor argon2i"));
    }
    password::check_phc(phc)?;
    Ok(Parsed::Argon2 { phc })
}

fn bcrypt_sha256(rest: &str) -> Result<Parsed<'_>, String> {
    let name = "bcrypt_sha256";
    // `$2b$12$` then 22 characters of salt and 31 of hash, bcrypt's base64.
    let bytes = rest.as_bytes();
    let shaped = bytes.len() == 60
        && (rest.starts_with("$2b$") || rest.starts_with("$2a$") || rest.starts_with("$2y$"))
        && bytes[6] == b'$'
        && bytes[7..]
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b'.' || b == b'/');
    if !shaped {
        return Err(malformed(name, "not $2b$<cost>$ and 53 characters"));
    }
    let cost = rest[4..6]
        .parse::<u32>()
        .ok()
        .filter(|c| (4..=31).contains(c))
        .ok_or_else(|| malformed(name, "its cost is not a number from 04 to 31"))?;
    if cost > BCRYPT_MAX_COST {
        return Err(format!(
            "{name} with cost {cost} is over the cap of {BCRYPT_MAX_COST}"
        ));
    }
    Ok(Parsed::BcryptSha256 { bcrypt: rest })
}

fn scrypt(rest: &str) -> Result<Parsed<'_>, String> {
    let name = "scrypt";
    let parts: Vec<&str> = rest.split('$').collect();
    let [n, salt, r, p, hash] = parts[..] else {
        return Err(malformed(name, "not n$salt$r$p$hash"));
    };
    let (Some(n_value), Some(r_value), Some(p_value)) = (decimal(n), decimal(r), decimal(p)) else {
        return Err(malformed(name, "n, r or p is not a number"));
    };
    if n_value < 2 || !n_value.is_power_of_two() {
        return Err(malformed(name, "n is not a power of two above 1"));
    }
    if r_value == 0 || p_value == 0 {
        return Err(malformed(name, "r and p must be above zero"));
    }
    let memory = 128u128
        .saturating_mul(u128::from(n_value))
        .saturating_mul(u128::from(r_value));
    if memory > u128::from(SCRYPT_MAX_MEMORY) {
        return Err(format!(
            "scrypt with n={} and r={} takes {} MiB, over the cap of {} MiB",
            thousands(n),
            thousands(r),
            thousands(memory.div_ceil(1 << 20)),
            thousands(SCRYPT_MAX_MEMORY >> 20)
        ));
    }
    if p_value > SCRYPT_MAX_PARALLELISM {
        return Err(format!(
            "scrypt with p={} is over the cap of {SCRYPT_MAX_PARALLELISM}",
            thousands(p)
        ));
    }
    // Within the caps, n, r and p are small; the crate checks scrypt's own
    // rules between them (n below 2^(16·r)).
    let log_n = u8::try_from(n_value.trailing_zeros()).map_err(|e| e.to_string())?;
    let params = scrypt::Params::new(
        log_n,
        u32::try_from(r_value).map_err(|e| e.to_string())?,
        u32::try_from(p_value).map_err(|e| e.to_string())?,
        SCRYPT_LEN,
    )
    .map_err(|_| malformed(name, "n, r and p do not fit scrypt's rules"))?;
    if salt.is_empty() {
        return Err(malformed(name, "no salt"));
    }
    if !base64_of(hash, SCRYPT_LEN) {
        return Err(malformed(name, "its hash is not base64 of 64 bytes"));
    }
    Ok(Parsed::Scrypt { params, salt, hash })
}

#[cfg(test)]
mod tests {
    use super::*;

    // Real hashes, made by Django 5.2.20 (argon2-cffi 25.1.0, bcrypt 5.0.0)
    // with `django.contrib.auth.hashers`: `make_password(PASSWORD,
    // hasher=...)` for each default hasher at its default settings, and
    // the hasher's own `encode(PASSWORD, hasher.salt(), iterations)` (or a
    // subclass with smaller settings) for the fast ones.
    const PASSWORD: &str = "correct horse battery staple";
    const PBKDF2_SHA256_1000: &str =
        "pbkdf2_sha256$1000$TL1PVg3wXMvhQCEnhxMOmT$KwmUqLAxKfJVHMmnpJkOmi57YuWjPLfX5VbztShzuSI=";
    /// Django 3.2's default iteration count.
    const PBKDF2_SHA256_260000: &str =
        "pbkdf2_sha256$260000$cKgrBxWRE6iwgR0ag5v728$7qpWrys6LU1cmjQDnsfLTf8tZTqHQwg5X0jd0EbkfO8=";
    /// Django 5.2's default: `make_password(PASSWORD)`.
    const PBKDF2_SHA256_1000000: &str =
        "pbkdf2_sha256$1000000$fmfFojNNiEs5yY2chC5fR9$h/uR27JazdjQhD8y6uxD/c0RC3stBWPjoQU/rm6S6mU=";
    /// Of [`UNICODE`], which Django encodes as UTF-8.
    const PBKDF2_SHA256_UNICODE: &str =
        "pbkdf2_sha256$1000$f0OfYLHdRvCXTmXkZSoIsb$uGOl3UZ3HrXfvVDu/Tve2+X9JewCqs/glGxc7AOgJI8=";
    const UNICODE: &str = "pässwörd 🦋 ünïcode";
    const PBKDF2_SHA1_1000: &str =
        "pbkdf2_sha1$1000$oQgi58t0AbJ3sysE6bs4Tw$4rGBXWLy0uZ1BE24tSMYd9QDKFw=";
    /// Django 1.4's default iteration count.
    const PBKDF2_SHA1_10000: &str =
        "pbkdf2_sha1$10000$uUkBXsEROB1lCIRkmFUN30$a4XQWMvvTY2t7Py6nVFH8CxKzP0=";
    /// Django's Argon2PasswordHasher at its defaults (m=102400, t=2, p=8).
    const ARGON2ID: &str = "argon2$argon2id$v=19$m=102400,t=2,p=8$Y0toYzZLY3ZmQVZhMUN1b0tTUHozcg$c8bNDQcoX2htkXjARztugrFhS74rdhKDWlrFjgzeHyM";
    /// A subclass with memory_cost=1024, time_cost=1, parallelism=2.
    const ARGON2ID_SMALL: &str = "argon2$argon2id$v=19$m=1024,t=1,p=2$SkJEaUJiQ2JkMTVONE9UeTZ0Y1ZqbA$OW8fxXXn3T2GiUDVPiTQwtYvgsjOJQTTAN/zfp7qiKY";
    /// "argon2" + `argon2.low_level.hash_secret(..., type=Type.I)`, as
    /// Django wrote Argon2i before 3.2.
    const ARGON2I: &str =
        "argon2$argon2i$v=19$m=512,t=2,p=2$TXYwREVSZ2VWM0ZHNmRiQUhiY2UxaA$HkUNkRg0GamqT8sJBguNhA";
    /// The old form without `v=` (version 0x10), of "secret": from Django's
    /// own tests (tests/auth_tests/test_hashers.py, test_argon2), checked
    /// with Django 5.2.20's `check_password`.
    const ARGON2I_WITHOUT_VERSION: &str = "argon2$argon2i$m=8,t=1,p=1$c29tZXNhbHQ$gwQOXSNhxiOxPOA0+PY10P9QFO4NAYysnqRt1GSQLE55m+2GYDt9FEjPMHhP2Cuf0nOEXXMocVrsJAtNSsKyfg";
    /// Django's default rounds, 12.
    const BCRYPT_SHA256: &str =
        "bcrypt_sha256$$2b$12$K8LFFpaRAW7H52qSt14sbuo81U0WY/A4Gby2puw6kwWoEIBknGa5q";
    /// A subclass with rounds=4.
    const BCRYPT_SHA256_4: &str =
        "bcrypt_sha256$$2b$04$fqt/cOy.skIPGL0Sge5E9OwmsLUKNkast076s/Jd9tO53jdZqTFKe";
    /// Django's defaults: n=2^14, r=8, p=5.
    const SCRYPT: &str = "scrypt$16384$nt3XliavVrwB4Gao77Syvc$8$5$dIe37meEGE0X/m9KTn8hMX1fYPIgkDccKhnuyS4qu9P64uEkGOKSvTtCwcSNghVZvBGVNdKvoxDPH7cXq0mttA==";
    /// A subclass with work_factor=2^10, parallelism=1.
    const SCRYPT_SMALL: &str = "scrypt$1024$l6ULHH66VwOLll0zCdmJWm$8$1$Nm5XGL4Wj6k+ZsQ7x2fbgI51THLk2XwUuyqKWSb3226gucB9VSTWsLyOsG040BvXCQqZu+TjwnhVXSSbda46gw==";

    fn memory() -> Vec<Block> {
        vec![Block::default(); 19_456]
    }

    /// The right password matches, a wrong one and an empty one do not,
    /// and the hash passes [`check`].
    fn verifies_only_its_password(hash: &str, password: &str) {
        let mut memory = memory();
        assert_eq!(check(hash), Ok(()), "{hash}");
        assert!(is_django(hash), "{hash}");
        assert!(verify(password, hash, &mut memory), "{hash}");
        assert!(!verify("correct horse battery stapler", hash, &mut memory));
        assert!(!verify("", hash, &mut memory));
    }

    /// Refused by [`check`] with a message containing `reason`, and never
    /// verified, even with the password it was made from.
    fn refused(hash: &str, reason: &str) {
        let message = check(hash).expect_err(hash);
        assert!(message.contains(reason), "{hash}: {message}");
        assert!(!verify(PASSWORD, hash, &mut memory()), "{hash}");
    }

    #[test]
    fn pbkdf2_sha256_hashes_verify_their_password_and_no_other() {
        verifies_only_its_password(PBKDF2_SHA256_1000, PASSWORD);
        verifies_only_its_password(PBKDF2_SHA256_260000, PASSWORD);
        verifies_only_its_password(PBKDF2_SHA256_UNICODE, UNICODE);
    }

    #[test]
    fn a_pbkdf2_sha256_hash_at_django_5_2s_million_iterations_verifies() {
        let started = std::time::Instant::now();
        assert!(verify(PASSWORD, PBKDF2_SHA256_1000000, &mut memory()));
        eprintln!(
            "pbkdf2_sha256, 1,000,000 iterations: verified in {:?}",
            started.elapsed()
        );
    }

    #[test]
    fn pbkdf2_sha1_hashes_verify_their_password_and_no_other() {
        verifies_only_its_password(PBKDF2_SHA1_1000, PASSWORD);
        verifies_only_its_password(PBKDF2_SHA1_10000, PASSWORD);
    }

    #[test]
    fn argon2_hashes_of_every_variety_django_wrote_verify_their_password_and_no_other() {
        verifies_only_its_password(ARGON2ID_SMALL, PASSWORD);
        verifies_only_its_password(ARGON2I, PASSWORD);
        verifies_only_its_password(ARGON2I_WITHOUT_VERSION, "secret");
    }

    #[test]
    fn an_argon2id_hash_at_djangos_default_settings_verifies() {
        assert_eq!(check(ARGON2ID), Ok(()));
        assert!(verify(PASSWORD, ARGON2ID, &mut memory()));
    }

    #[test]
    fn bcrypt_sha256_hashes_verify_their_password_and_no_other() {
        verifies_only_its_password(BCRYPT_SHA256_4, PASSWORD);
        assert!(verify(PASSWORD, BCRYPT_SHA256, &mut memory()));
        // Older bcrypt libraries wrote $2a$; Django checks those too.
        verifies_only_its_password(&BCRYPT_SHA256_4.replace("$2b$", "$2a$"), PASSWORD);
    }

    #[test]
    fn scrypt_hashes_verify_their_password_and_no_other() {
        verifies_only_its_password(SCRYPT_SMALL, PASSWORD);
        verifies_only_its_password(SCRYPT, PASSWORD);
    }

    #[test]
    fn a_pbkdf2_hash_over_the_iteration_cap_is_refused_with_the_numbers() {
        let planted = PBKDF2_SHA256_1000.replace("$1000$", "$9000000$");
        assert_eq!(
            check(&planted),
            Err("pbkdf2_sha256 with 9,000,000 iterations is over the cap of 2,000,000".into())
        );
        assert!(!verify(PASSWORD, &planted, &mut memory()));
        refused(
            &PBKDF2_SHA1_1000.replace("$1000$", "$99999999999999999999999$"),
            "is over the cap of 2,000,000",
        );
        // Django 6.0's count is within it.
        assert_eq!(
            check(&PBKDF2_SHA256_1000.replace("$1000$", "$1200000$")),
            Ok(())
        );
    }

    #[test]
    fn a_bcrypt_hash_over_the_cost_cap_is_refused() {
        refused(
            &BCRYPT_SHA256_4.replace("$04$", "$15$"),
            "bcrypt_sha256 with cost 15 is over the cap of 14",
        );
        refused(
            &BCRYPT_SHA256_4.replace("$04$", "$31$"),
            "over the cap of 14",
        );
    }

    #[test]
    fn an_scrypt_hash_over_the_memory_or_parallelism_cap_is_refused() {
        refused(
            &SCRYPT_SMALL.replace("scrypt$1024$", "scrypt$1048576$"),
            "scrypt with n=1,048,576 and r=8 takes 1,024 MiB, over the cap of 64 MiB",
        );
        refused(
            &SCRYPT_SMALL.replace("$8$1$", "$8$6$"),
            "scrypt with p=6 is over the cap of 5",
        );
        refused(
            &SCRYPT_SMALL.replace("$8$1$", "$4294967295$1$"),
            "over the cap of 64 MiB",
        );
        // 64 MiB exactly is within it (checked, not run).
        assert_eq!(
            check(&SCRYPT_SMALL.replace("scrypt$1024$", "scrypt$65536$")),
            Ok(())
        );
    }

    #[test]
    fn an_argon2_hash_over_a_cap_is_refused() {
        refused(
            &ARGON2ID_SMALL.replace("m=1024,", "m=4194304,"),
            "argon2id with m=4,194,304 KiB is over the cap of 131,072 KiB",
        );
        refused(
            &ARGON2ID_SMALL.replace("t=1,", "t=9,"),
            "argon2id with t=9 is over the cap of 8",
        );
        refused(
            &ARGON2ID_SMALL.replace("m=1024,t=1,p=2", "m=1024,t=1,p=17"),
            "argon2id with p=17 is over the cap of 16",
        );
    }

    #[test]
    fn malformed_hashes_never_verify_and_say_they_are_malformed() {
        for hash in [
            "pbkdf2_sha256$",
            "pbkdf2_sha256$1000$salt",
            // Spelled otherwise than Django's %d and base64 write them.
            &PBKDF2_SHA256_1000.replace("$1000$", "$01000$"),
            &PBKDF2_SHA256_1000.replace("$1000$", "$+1000$"),
            &PBKDF2_SHA256_1000.replace("$1000$", "$0$"),
            &PBKDF2_SHA256_1000.replace("zuSI=", "zuSI"),
            &PBKDF2_SHA256_1000.replace("$TL1PVg3wXMvhQCEnhxMOmT$", "$$"),
            // A SHA-256 key under the SHA-1 name.
            &PBKDF2_SHA256_1000.replace("pbkdf2_sha256", "pbkdf2_sha1"),
            "argon2$argon2d$v=19$m=1024,t=1,p=2$c29tZXNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
            "argon2$argon2id$v=19$m=1024,t=1,p=2",
            &ARGON2ID_SMALL.replace("v=19", "v=20"),
            &BCRYPT_SHA256_4.replace("$2b$", "$2x$"),
            &BCRYPT_SHA256_4.replace("$04$", "$03$"),
            &BCRYPT_SHA256_4.replace("$04$", "$4$"),
            &BCRYPT_SHA256_4[..BCRYPT_SHA256_4.len() - 1],
            "bcrypt_sha256$$2b$04$",
            &SCRYPT_SMALL.replace("scrypt$1024$", "scrypt$1000$"),
            &SCRYPT_SMALL.replace("scrypt$1024$", "scrypt$1$"),
            &SCRYPT_SMALL.replace("$8$1$", "$8$0$"),
            &SCRYPT_SMALL.replace("$8$1$", "$8$1$x$"),
            &SCRYPT_SMALL.replace("gw==", "gw"),
        ] {
            refused(hash, "a malformed");
        }
    }

    #[test]
    fn only_the_names_of_djangos_default_hashers_are_read_here() {
        assert!(is_django("pbkdf2_sha256$x"));
        assert!(is_django("argon2$x"));
        for hash in [
            "md5$salt$5f4dcc3b5aa765d61d8327deb882cf99",
            "bcrypt$$2b$12$K8LFFpaRAW7H52qSt14sbuo81U0WY/A4Gby2puw6kwWoEIBknGa5q",
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
            "!NRbPaJcV8JL84XfBc6YGjyrQJZS4FNvsmqQAwMKp",
            "pbkdf2_sha256",
            "",
        ] {
            assert!(!is_django(hash), "{hash}");
            assert!(check(hash).is_err(), "{hash}");
            assert!(!verify(PASSWORD, hash, &mut memory()), "{hash}");
        }
    }
}
