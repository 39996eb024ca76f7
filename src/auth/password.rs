//! Passwords: Argon2id hashing (OWASP's parameters) off the async threads,
//! at most one per core at a time (each takes 19 MiB),
//! verification that takes the same time whether or not the account exists
//! (of our hashes and of those moved from the Django original, each held to
//! caps on the work its own numbers ask for), and the rules a new password
//! must pass, each with its own message.

use std::collections::HashSet;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use argon2::password_hash::{Output, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use rand::RngCore;
use tokio::sync::Semaphore;

use super::django_hashers;
use super::error::{AuthError, AuthResult};

/// Argon2id memory cost in KiB (OWASP Password Storage Cheat Sheet: 19 MiB).
pub const MEMORY_KIB: u32 = 19_456;
/// Argon2id passes over memory.
pub const ITERATIONS: u32 = 2;
/// Argon2id lanes.
pub const PARALLELISM: u32 = 1;
/// The shortest password accepted.
pub const MIN_LENGTH: usize = 10;
/// The longest password accepted (bounds the hashing work a request causes).
pub const MAX_LENGTH: usize = 128;

const COMMON: &str = include_str!("common_passwords.txt");

fn argon2() -> Argon2<'static> {
    let params = Params::new(MEMORY_KIB, ITERATIONS, PARALLELISM, None)
        .expect("OWASP's Argon2 parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The memory one Argon2 run works in ([`MEMORY_KIB`] one-KiB blocks).
type Memory = Vec<Block>;

fn new_memory() -> Memory {
    let blocks = argon2().params().block_count();
    vec![Block::default(); blocks]
}

fn hash_blocking(password: &str, memory: &mut [Block]) -> Result<String, String> {
    let mut salt = [0u8; 16];
    rand::rng().fill_bytes(&mut salt);
    let encoded = SaltString::encode_b64(&salt).map_err(|e| e.to_string())?;
    let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
    argon2()
        .hash_password_into_with_memory(password.as_bytes(), &salt, &mut out, memory)
        .map_err(|e| e.to_string())?;
    let output = Output::new(&out).map_err(|e| e.to_string())?;
    Ok(format!(
        "$argon2id$v=19$m={MEMORY_KIB},t={ITERATIONS},p={PARALLELISM}${}${output}",
        encoded.as_str()
    ))
}

/// The most memory an Argon2 hash may ask for, in KiB (128 MiB; Django's
/// default is 100 MiB, ours [`MEMORY_KIB`]). A hash's parameters are read
/// from the hash itself, so without caps a planted `m=4194304` would
/// allocate 4 GiB.
pub const ARGON2_MAX_MEMORY_KIB: u32 = 131_072;
/// The most Argon2 passes over memory checked.
pub const ARGON2_MAX_ITERATIONS: u32 = 8;
/// The most Argon2 lanes checked.
pub const ARGON2_MAX_PARALLELISM: u32 = 16;

/// An Argon2 PHC string taken apart, within the caps.
struct Phc<'a> {
    hash: PasswordHash<'a>,
    algorithm: Algorithm,
    version: Version,
    params: Params,
}

/// `hash` as an Argon2 PHC string (`$argon2id$v=19$m=...,t=...,p=...$salt$hash`)
/// within the Argon2 caps, or why not. With no `v=` the version is 0x10,
/// as in the reference implementation (Django's oldest Argon2 hashes).
fn parse_phc(hash: &str) -> Result<Phc<'_>, String> {
    let malformed = |why: &str| format!("a malformed Argon2 hash ({why})");
    let parsed = PasswordHash::new(hash).map_err(|e| malformed(&e.to_string()))?;
    let name = parsed.algorithm.as_str().to_owned();
    let algorithm = Algorithm::try_from(parsed.algorithm).map_err(|e| malformed(&e.to_string()))?;
    let version = match parsed.version {
        Some(v) => Version::try_from(v).map_err(|e| malformed(&e.to_string()))?,
        None => Version::V0x10,
    };
    let params = Params::try_from(&parsed).map_err(|e| malformed(&e.to_string()))?;
    if parsed.salt.is_none() || parsed.hash.is_none() {
        return Err(malformed("no salt or no hash"));
    }
    let over = |what: &str, value: u32, cap: u32, unit: &str| {
        format!(
            "{name} with {what}={}{unit} is over the cap of {}{unit}",
            thousands(value),
            thousands(cap)
        )
    };
    if params.m_cost() > ARGON2_MAX_MEMORY_KIB {
        return Err(over("m", params.m_cost(), ARGON2_MAX_MEMORY_KIB, " KiB"));
    }
    if params.t_cost() > ARGON2_MAX_ITERATIONS {
        return Err(over("t", params.t_cost(), ARGON2_MAX_ITERATIONS, ""));
    }
    if params.p_cost() > ARGON2_MAX_PARALLELISM {
        return Err(over("p", params.p_cost(), ARGON2_MAX_PARALLELISM, ""));
    }
    Ok(Phc {
        hash: parsed,
        algorithm,
        version,
        params,
    })
}

/// Ok when `hash` is an Argon2 PHC string within the caps; else why not.
pub(super) fn check_phc(hash: &str) -> Result<(), String> {
    parse_phc(hash).map(|_| ())
}

/// Checks `password` against an Argon2 PHC string in `memory` (a hash
/// made with a larger memory setting than today's gets memory of its own,
/// within [`ARGON2_MAX_MEMORY_KIB`]). False for a hash over a cap.
pub(super) fn verify_phc(password: &[u8], hash: &str, memory: &mut [Block]) -> bool {
    let check = || -> Option<bool> {
        let phc = parse_phc(hash).ok()?;
        let expected = phc.hash.hash?;
        let mut salt = [0u8; 64];
        let salt = phc.hash.salt?.decode_b64(&mut salt).ok()?;
        let mut out = vec![0u8; expected.len()];
        let mut own;
        let blocks = phc.params.block_count();
        let memory = if memory.len() >= blocks {
            memory
        } else {
            own = vec![Block::default(); blocks];
            &mut own[..]
        };
        Argon2::new(phc.algorithm, phc.version, phc.params)
            .hash_password_into_with_memory(password, salt, &mut out, memory)
            .ok()?;
        // Output's equality is constant-time.
        Some(Output::new(&out).ok()? == expected)
    };
    check().unwrap_or(false)
}

/// Checks `password` against a stored hash: one of Django's (members moved
/// from the Django original), else an Argon2 PHC string (ours).
fn verify_blocking(password: &str, hash: &str, memory: &mut [Block]) -> bool {
    if django_hashers::is_django(hash) {
        django_hashers::verify(password, hash, memory)
    } else {
        verify_phc(password.as_bytes(), hash, memory)
    }
}

/// Ok when `hash` is a form Mothra can verify within the caps: our own
/// Argon2id PHC string, or a hash of one of Django's default hashers
/// ([`django_hashers`]); else why not, in words for a person
/// ("not a password hash Mothra knows (md5)"). For the importer, before it
/// keeps a hash from the Django original.
pub fn verifiable(hash: &str) -> Result<(), String> {
    if hash.starts_with("$argon2id$") {
        check_phc(hash)
    } else if django_hashers::is_django(hash) {
        django_hashers::check(hash)
    } else {
        Err(unknown(hash))
    }
}

/// Why a hash of no form Mothra reads is refused, naming its hasher as
/// Django would identify it, and never quoting any of the hash itself.
fn unknown(hash: &str) -> String {
    if hash.is_empty() {
        return "an empty password hash".into();
    }
    if hash.starts_with('!') {
        return "an unusable password (Django's `!`): nobody can sign in with it".into();
    }
    // Django's `identify_hasher`: its oldest, unsalted forms first.
    let name = if (hash.len() == 32 && !hash.contains('$'))
        || (hash.len() == 37 && hash.starts_with("md5$$"))
    {
        Some("unsalted_md5")
    } else if hash.len() == 46 && hash.starts_with("sha1$$") {
        Some("unsalted_sha1")
    } else {
        hash.trim_start_matches('$')
            .split_once('$')
            .map(|(name, _)| name)
            .filter(|name| {
                (1..=32).contains(&name.len())
                    && name
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
            })
    };
    match name {
        Some(name) => format!("not a password hash Mothra knows ({name})"),
        None => "not a password hash Mothra knows".into(),
    }
}

/// A number with thousands separators ("2,000,000"), from its digits.
pub(super) fn thousands(number: impl std::fmt::Display) -> String {
    let digits = number.to_string();
    let mut out = String::with_capacity(digits.len() * 4 / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// How long a request waits for a free hasher before a 503.
pub const HASH_WAIT: Duration = Duration::from_secs(2);

/// The password hashers of one app: one permit per core, since each
/// Argon2 run takes [`MEMORY_KIB`] of memory and a core for its whole run.
/// Each permit's memory is allocated once and reused: freed and allocated
/// again, the allocator would keep a copy per thread, and the process would
/// grow with the number of threads that ever hashed.
#[derive(Clone)]
pub struct Hashers {
    permits: Arc<Semaphore>,
    memory: Arc<Mutex<Vec<Memory>>>,
}

impl Hashers {
    /// Hashers for `count` hashes at once (at least one).
    pub fn new(count: usize) -> Self {
        Hashers {
            permits: Arc::new(Semaphore::new(count.max(1))),
            memory: Arc::new(Mutex::new(Vec::new())),
        }
    }
}

/// The most hashes computed at once: the cores available to the process.
pub fn concurrent_hashes() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
}

/// Runs `work` on the blocking pool once a hasher is free, in that
/// hasher's memory: waits at most [`HASH_WAIT`], then gives up with a 503
/// (`Retry-After`). The permit goes with the work, so a client that hangs
/// up does not free it early.
async fn with_hasher<T: Send + 'static>(
    hashers: &Hashers,
    what: &str,
    work: impl FnOnce(&mut [Block]) -> T + Send + 'static,
) -> AuthResult<T> {
    let permit = tokio::time::timeout(HASH_WAIT, hashers.permits.clone().acquire_owned())
        .await
        .map_err(|_| AuthError::Busy(format!("{what}: every password hasher is busy")))?
        .map_err(|e| AuthError::Internal(format!("{what}: {e}")))?;
    let pool = hashers.memory.clone();
    tokio::task::spawn_blocking(move || {
        let taken = pool.lock().ok().and_then(|mut free| free.pop());
        let mut memory = taken.unwrap_or_else(new_memory);
        let out = work(&mut memory);
        if let Ok(mut free) = pool.lock() {
            free.push(memory);
        }
        drop(permit);
        out
    })
    .await
    .map_err(|e| AuthError::Internal(format!("{what} task: {e}")))
}

/// A PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`) for `password`,
/// computed on the blocking pool when a hasher is free.
pub async fn hash(hashers: &Hashers, password: String) -> AuthResult<String> {
    with_hasher(hashers, "password hashing", move |memory| {
        hash_blocking(&password, memory)
    })
    .await?
    .map_err(|e| AuthError::Internal(format!("password hashing: {e}")))
}

/// A PHC string for `password`, computed on the calling thread and
/// outside the request hashers: for the command line (`createsuperuser`)
/// and tests, which must not wait on, or be refused by, the requests' turn.
pub fn hash_here(password: &str) -> Result<String, String> {
    hash_blocking(password, &mut new_memory())
}

/// Whether `password` matches `hash` (any form [`verifiable`] accepts).
/// With no hash (unknown user, or an invited member without a password
/// yet), or one that is not verifiable, a dummy hash is checked instead,
/// so the answer takes as long either way, and is false.
pub async fn verify(hashers: &Hashers, password: String, hash: Option<String>) -> AuthResult<bool> {
    with_hasher(hashers, "password verification", move |memory| {
        // Made (once) before either branch, so the first request to need
        // it does not stand out by taking longer.
        let dummy = dummy_hash(memory);
        // A hash that cannot be checked (unknown, malformed, over a cap)
        // costs what a check of today's hash does, as no hash does (Django
        // runs its default hasher likewise): the time taken tells nothing
        // of why the answer is false, and a planted hash's numbers cost
        // nothing.
        match hash.filter(|hash| verifiable(hash).is_ok()) {
            Some(hash) => verify_blocking(&password, &hash, memory),
            None => {
                verify_blocking(&password, dummy, memory);
                false
            }
        }
    })
    .await
}

/// Whether `hash` was made with other parameters than today's (a stronger
/// setting after an upgrade): the caller then stores a fresh hash, since
/// the password is at hand only at sign-in.
pub fn needs_rehash(hash: &str) -> bool {
    let current = format!("$argon2id$v=19$m={MEMORY_KIB},t={ITERATIONS},p={PARALLELISM}$");
    !hash.starts_with(&current)
}

/// A hash of a random password nobody knows, made once per process.
fn dummy_hash(memory: &mut [Block]) -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        hash_blocking(&crate::auth::keys::generate(), memory).expect("hashing a random key works")
    })
}

fn common_passwords() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        COMMON
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Whether `password` is a common one, or a common one dressed up with
/// digits or punctuation at either end ("Password2024!").
fn is_common(password: &str) -> bool {
    let lower = password.to_lowercase();
    let set = common_passwords();
    if set.contains(lower.as_str()) {
        return true;
    }
    let core = lower.trim_matches(|c: char| c.is_ascii_digit() || c.is_ascii_punctuation());
    core.chars().count() >= 4 && set.contains(core)
}

/// Levenshtein distance in characters.
fn distance(a: &[char], b: &[char]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

/// Too close: the password is mostly the attribute (contains it, and it
/// makes up half the password or more), lies inside it, or differs from it
/// in under 30% of the characters. Attributes under 3 characters are ignored.
fn too_similar(password: &str, attribute: &str) -> bool {
    let password = password.to_lowercase();
    let attribute = attribute.trim().to_lowercase();
    let attribute_len = attribute.chars().count();
    if attribute_len < 3 {
        return false;
    }
    let password_len = password.chars().count();
    if password.contains(&attribute) && attribute_len * 2 >= password_len {
        return true;
    }
    if attribute.contains(&password) {
        return true;
    }
    let a: Vec<char> = password.chars().collect();
    let b: Vec<char> = attribute.chars().collect();
    let longest = a.len().max(b.len());
    distance(&a, &b) * 10 < longest * 3
}

/// [`too_similar`] to the whole value or to one of its words ("ann.lee"
/// has "ann" and "lee"; words shorter than 4 characters are skipped).
fn similar_to_any(password: &str, value: &str) -> bool {
    too_similar(password, value)
        || value
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| word.chars().count() >= 4 && *word != value)
            .any(|word| too_similar(password, word))
}

/// Every rule `password` breaks, as messages for the person choosing it;
/// empty when it is acceptable for the member with this username and email.
pub fn problems(password: &str, username: &str, email: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let length = password.chars().count();
    if length < MIN_LENGTH {
        problems.push(format!(
            "This password is too short. It must contain at least {MIN_LENGTH} characters."
        ));
    }
    if length > MAX_LENGTH {
        problems.push(format!(
            "This password is too long. It must contain at most {MAX_LENGTH} characters."
        ));
    }
    if !password.is_empty() && password.chars().all(|c| c.is_ascii_digit()) {
        problems.push("This password is entirely numeric.".into());
    }
    if is_common(password) {
        problems.push("This password is too common.".into());
    }
    if similar_to_any(password, username) {
        problems.push("The password is too similar to the username.".into());
    }
    let local_part = email.split('@').next().unwrap_or_default();
    if too_similar(password, email) || similar_to_any(password, local_part) {
        problems.push("The password is too similar to the email address.".into());
    }
    problems
}

/// [`problems`] as a 400 on `field`, or Ok.
pub fn validate(field: &str, password: &str, username: &str, email: &str) -> AuthResult<()> {
    let problems = problems(password, username, email);
    if problems.is_empty() {
        return Ok(());
    }
    let mut errors = crate::model::error::FieldErrors::new();
    errors.insert(field.to_owned(), problems);
    Err(AuthError::Invalid(errors))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_its_password_and_no_other() {
        let mut memory = new_memory();
        let hash = hash_blocking("correct horse battery", &mut memory).unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify_blocking("correct horse battery", &hash, &mut memory));
        assert!(!verify_blocking(
            "correct horse batterz",
            &hash,
            &mut memory
        ));
        assert!(!verify_blocking(
            "correct horse battery",
            "not a hash",
            &mut memory
        ));
    }

    #[test]
    fn hashes_are_standard_phc_strings_both_ways() {
        use argon2::password_hash::{PasswordHasher, PasswordVerifier};
        let mut memory = new_memory();
        let ours = hash_blocking("correct horse battery", &mut memory).unwrap();
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(argon2()
            .verify_password(b"correct horse battery", &parsed)
            .is_ok());
        // A library-made hash with a larger memory setting verifies too.
        let params = Params::new(MEMORY_KIB * 2, 1, 1, None).unwrap();
        let theirs = Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password(
                b"pw-0123456789",
                &SaltString::encode_b64(b"0123456789abcdef").unwrap(),
            )
            .unwrap()
            .to_string();
        assert!(verify_blocking("pw-0123456789", &theirs, &mut memory));
        assert!(!verify_blocking("pw-012345678", &theirs, &mut memory));
    }

    #[test]
    fn only_hashes_with_other_parameters_need_rehashing() {
        let hash = hash_blocking("correct horse battery", &mut new_memory()).unwrap();
        assert!(!needs_rehash(&hash));
        assert!(needs_rehash(&hash.replace("t=2", "t=1")));
    }

    #[test]
    fn an_argon2_hash_over_a_cap_never_verifies_and_allocates_nothing() {
        let mut memory = new_memory();
        let ours = hash_blocking("correct horse battery", &mut memory).unwrap();
        // 4 GiB, 9 passes, 17 lanes: refused from the string alone.
        for (from, to) in [("m=19456", "m=4194304"), ("t=2", "t=9"), ("p=1", "p=17")] {
            let planted = ours.replace(from, to);
            assert!(!verify_blocking(
                "correct horse battery",
                &planted,
                &mut memory
            ));
            assert!(verifiable(&planted).unwrap_err().contains("over the cap"));
        }
        assert_eq!(
            verifiable(&ours.replace("m=19456", "m=4194304")),
            Err("argon2id with m=4,194,304 KiB is over the cap of 131,072 KiB".into())
        );
    }

    #[test]
    fn ours_and_djangos_hashes_are_verifiable_and_every_other_says_why_not() {
        let ours = hash_blocking("correct horse battery", &mut new_memory()).unwrap();
        assert_eq!(verifiable(&ours), Ok(()));
        let django = "pbkdf2_sha256$1000$TL1PVg3wXMvhQCEnhxMOmT$KwmUqLAxKfJVHMmnpJkOmi57YuWjPLfX5VbztShzuSI=";
        assert_eq!(verifiable(django), Ok(()));
        assert!(verify_blocking(
            "correct horse battery staple",
            django,
            &mut new_memory()
        ));
        assert!(needs_rehash(django), "renewed as Argon2id at sign-in");
        for (hash, reason) in [
            ("md5$abc$5f4dcc3b5aa765d61d8327deb882cf99", "not a password hash Mothra knows (md5)"),
            ("5f4dcc3b5aa765d61d8327deb882cf99", "not a password hash Mothra knows (unsalted_md5)"),
            (
                "sha1$$5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8",
                "not a password hash Mothra knows (unsalted_sha1)",
            ),
            ("$argon2i$v=19$m=16,t=2,p=1$c2FsdA$aGFzaA", "not a password hash Mothra knows (argon2i)"),
            ("hunter2", "not a password hash Mothra knows"),
            ("", "an empty password hash"),
            ("!NRbPaJcV8JL84XfBc6YGjyrQJZS4FNvsmqQAwMKp", "an unusable password (Django's `!`)"),
            (
                "pbkdf2_sha256$9000000$TL1PVg3wXMvhQCEnhxMOmT$KwmUqLAxKfJVHMmnpJkOmi57YuWjPLfX5VbztShzuSI=",
                "pbkdf2_sha256 with 9,000,000 iterations is over the cap of 2,000,000",
            ),
        ] {
            let message = verifiable(hash).expect_err(hash);
            assert!(message.starts_with(reason), "{hash}: {message}");
        }
    }

    #[test]
    fn numbers_in_messages_have_thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands("2000000"), "2,000,000");
        assert_eq!(thousands(131_072u32), "131,072");
    }

    #[test]
    fn common_passwords_are_caught_with_decorations() {
        assert!(is_common("password"));
        assert!(is_common("Password2024!"));
        assert!(is_common("qwertyuiop"));
        assert!(!is_common("lantern-ocelot-spruce"));
    }

    #[test]
    fn similarity_catches_near_copies_only() {
        assert!(too_similar("annabelle1", "annabelle"));
        assert!(too_similar("annabelle", "annabella"));
        assert!(!too_similar("lantern-ocelot-spruce", "annabelle"));
        assert!(!too_similar("anything at all", "al"));
    }
}
