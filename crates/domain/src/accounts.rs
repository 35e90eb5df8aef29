//! Accounts, roles, passwords, session tokens and the login throttle: the rules, without storage.

use std::time::Duration;

use argon2::{Argon2, PasswordHasher};
use base64::Engine;
use serde::{Deserialize, Serialize};
use sha2::Digest;

pub type AccountId = i64;

/// What an account may do. Every route states which roles it admits (see the web layer's table).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Coordinator,
    ProviderEditor,
    Employer,
    AgMember,
    Parent,
}

impl Role {
    pub const ALL: &'static [Role] = &[
        Role::Coordinator,
        Role::ProviderEditor,
        Role::Employer,
        Role::AgMember,
        Role::Parent,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Coordinator => "coordinator",
            Role::ProviderEditor => "provider_editor",
            Role::Employer => "employer",
            Role::AgMember => "ag_member",
            Role::Parent => "parent",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.iter().copied().find(|r| r.as_str() == s)
    }

    /// Roles that work in the back office (the directory's editors).
    pub fn is_staff(self) -> bool {
        matches!(self, Role::Coordinator | Role::ProviderEditor)
    }
}

/// A signed-in account as the rest of the application sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub id: AccountId,
    pub email: String,
    pub name: String,
    pub role: Role,
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum AccountError {
    #[error("invalid e-mail address")]
    InvalidEmail,
    #[error("password too short")]
    PasswordTooShort,
    #[error("password too long")]
    PasswordTooLong,
}

/// E-mail addresses are compared in lower case, without surrounding spaces.
/// A mail domain people use: dot-separated labels of letters, digits and inner hyphens, ending in
/// a name, not a number. An address literal (`a@[127.0.0.1]`) or a bare IP address would pass a
/// looser check and then sit in the mail queue, retried for a day.
fn domain_is_host_name(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| !tld.chars().all(|c| c.is_ascii_digit()))
}

pub fn normalize_email(input: &str) -> Result<String, AccountError> {
    let e = input.trim().to_lowercase();
    let valid = e.len() <= 254
        && !e.chars().any(|c| c.is_whitespace() || c.is_control())
        && e.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && !local.chars().any(|c| "<>()[]\\,;:\"".contains(c))
                && domain_is_host_name(domain)
        })
        && e.matches('@').count() == 1;
    if valid {
        Ok(e)
    } else {
        Err(AccountError::InvalidEmail)
    }
}

/// Length is what makes a password strong (BSI, NIST SP 800-63B); no composition rules.
pub const MIN_PASSWORD_CHARS: usize = 10;
const MAX_PASSWORD_BYTES: usize = 1024;

pub fn check_new_password(pw: &str) -> Result<(), AccountError> {
    if pw.chars().count() < MIN_PASSWORD_CHARS {
        Err(AccountError::PasswordTooShort)
    } else if pw.len() > MAX_PASSWORD_BYTES {
        Err(AccountError::PasswordTooLong)
    } else {
        Ok(())
    }
}

/// Argon2id with the crate's defaults (RFC 9106 second recommendation), as a PHC string.
/// Slow on purpose: call it off the async threads.
pub fn hash_password(pw: &str) -> Result<String, String> {
    Argon2::default()
        .hash_password(pw.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

/// Whether `pw` matches the stored hash. Without a hash (unknown account, invitation not yet
/// accepted), a dummy hash is checked so that the answer takes as long either way.
pub fn verify_password(pw: &str, stored: Option<&str>) -> bool {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let bytes = pw.as_bytes();
    if bytes.len() > MAX_PASSWORD_BYTES {
        return false;
    }
    match stored {
        Some(h) => verify_with_kept_memory(bytes, h),
        None => {
            let dummy =
                DUMMY.get_or_init(|| hash_password("no account has this").unwrap_or_default());
            let _ = verify_with_kept_memory(bytes, dummy);
            false
        }
    }
}

thread_local! {
    /// The 19 MiB of blocks argon2id works in, kept by each thread that verifies passwords. The
    /// crate's own verification allocates them aligned on every call, and the allocator did not
    /// reuse them: a server grew by 19 MiB per login until it held gigabytes.
    static BLOCKS: std::cell::RefCell<Vec<argon2::Block>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The same check as argon2's `verify_password` (the PHC string's algorithm, version, parameters
/// and salt; a constant-time comparison of the output), with the thread's kept memory.
fn verify_with_kept_memory(pw: &[u8], stored: &str) -> bool {
    use argon2::password_hash::phc::{Output, PasswordHash};
    let Ok(hash) = PasswordHash::new(stored) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (&hash.salt, &hash.hash) else {
        return false;
    };
    let (Ok(algorithm), Ok(params)) = (
        argon2::Algorithm::try_from(hash.algorithm.as_str()),
        argon2::Params::try_from(&hash),
    ) else {
        return false;
    };
    let version = match hash.version.map(argon2::Version::try_from) {
        Some(Ok(v)) => v,
        Some(Err(_)) => return false,
        None => argon2::Version::default(),
    };
    let blocks = params.block_count();
    let mut out = vec![0u8; expected.len()];
    let computed = BLOCKS.with_borrow_mut(|memory| {
        if memory.len() != blocks {
            *memory = vec![argon2::Block::default(); blocks];
        }
        Argon2::new(algorithm, version, params).hash_password_into_with_memory(
            pw,
            salt,
            &mut out,
            memory.as_mut_slice(),
        )
    });
    computed.is_ok() && Output::new(&out).is_ok_and(|o| o == *expected)
}

/// Days a parent has to confirm the address of an account they made on the site; after that the
/// unconfirmed account is deleted.
pub const CONFIRM_SIGN_UP_DAYS: i64 = 7;

/// A random token for a cookie or a link (256 bits, URL-safe).
pub fn new_token() -> Result<String, String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| e.to_string())?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

/// Whether a text has the shape of a token from [`new_token`] (43 URL-safe characters), so a
/// link that was cut off or typed wrong is turned away before any lookup.
pub fn is_token_shaped(raw: &str) -> bool {
    raw.len() == 43
        && raw
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Tokens are stored only as their SHA-256, so a copy of the database opens no session.
pub fn token_digest(token: &str) -> String {
    let d = sha2::Sha256::digest(token.as_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(d)
}

/// Compares two secrets in time independent of where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// How long a session lasts without use, and at most.
pub const SESSION_IDLE: Duration = Duration::from_secs(8 * 3600);

/// Failures allowed before the throttle sets in, per account and per client address.
pub const FREE_FAILURES: u32 = 5;

/// After the free failures, each further one doubles the wait (1 s, 2 s, 4 s …), up to 15 minutes.
pub fn lockout_after(failures: u32) -> Option<Duration> {
    if failures < FREE_FAILURES {
        return None;
    }
    let exp = (failures - FREE_FAILURES).min(20);
    Some(Duration::from_secs((1u64 << exp).min(15 * 60)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_links_with_a_whole_token_are_looked_up() {
        let token = new_token().unwrap();
        assert!(is_token_shaped(&token));
        assert!(!is_token_shaped(&token[..42]), "cut off");
        assert!(!is_token_shaped(&format!("{}x", token)), "too long");
        assert!(
            !is_token_shaped(&format!("{}%", &token[..42])),
            "not URL-safe"
        );
        assert!(!is_token_shaped("unbekannt"));
    }

    #[test]
    fn roles_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(*r));
        }
        assert_eq!(Role::parse("admin"), None);
    }

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(
            normalize_email(" Anna@Example.DE ").as_deref(),
            Ok("anna@example.de")
        );
        for good in [
            "anna.maria+kita@example.de",
            "info@bürgeramt-lichtenberg.de",
            "x@sub.example.berlin",
        ] {
            assert!(normalize_email(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "anna",
            "anna@",
            "@example.de",
            "a b@example.de",
            "a@b@example.de",
            "anna@example",
            "a@[127.0.0.1]",
            "a@127.0.0.1",
            "a@-example.de",
            "a@example..de",
            "a<b>@example.de",
        ] {
            assert_eq!(
                normalize_email(bad),
                Err(AccountError::InvalidEmail),
                "{bad}"
            );
        }
    }

    #[test]
    fn passwords_hash_and_verify() {
        let h = hash_password("ein langes Passwort").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("ein langes Passwort", Some(&h)));
        assert!(!verify_password("ein langes passwort", Some(&h)));
        assert!(!verify_password("ein langes Passwort", None));
        assert_eq!(
            check_new_password("kurz"),
            Err(AccountError::PasswordTooShort)
        );
        assert_eq!(check_new_password("zehn Zeich"), Ok(()));
    }

    #[test]
    fn tokens_are_random_and_stored_as_digests() {
        let (a, b) = (new_token().unwrap(), new_token().unwrap());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_ne!(token_digest(&a), a);
        assert_eq!(token_digest(&a), token_digest(&a));
        assert!(same_secret(&a, &a.clone()));
        assert!(!same_secret(&a, &b));
    }

    #[test]
    fn the_throttle_grows_after_five_failures() {
        assert_eq!(lockout_after(4), None);
        assert_eq!(lockout_after(5), Some(Duration::from_secs(1)));
        assert_eq!(lockout_after(10), Some(Duration::from_secs(32)));
        assert_eq!(lockout_after(40), Some(Duration::from_secs(900)));
    }
}

/// What a one-time link is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenPurpose {
    Invitation,
    PasswordReset,
}

impl TokenPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenPurpose::Invitation => "invitation",
            TokenPurpose::PasswordReset => "password_reset",
        }
    }

    /// An invitation waits a week; a reset link is good for an hour.
    pub fn valid_for(self) -> Duration {
        match self {
            TokenPurpose::Invitation => Duration::from_secs(7 * 24 * 3600),
            TokenPurpose::PasswordReset => Duration::from_secs(3600),
        }
    }
}
