//! Outgoing mail: what a message is, and when a failed one is tried again.

use std::time::Duration;

/// A message waiting in the queue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

/// Waits after the 1st, 2nd, … failed attempt; after the last one the message is given up (and
/// stays in the queue with its error for the operator).
const RETRY_WAITS: [u64; 6] = [60, 5 * 60, 30 * 60, 2 * 3600, 6 * 3600, 24 * 3600];

pub fn retry_after(failed_attempts: u32) -> Option<Duration> {
    let i = usize::try_from(failed_attempts).ok()?.checked_sub(1)?;
    RETRY_WAITS.get(i).map(|s| Duration::from_secs(*s))
}

/// Attempts after which a message is given up: the first and one per retry wait.
pub const MAX_ATTEMPTS: u32 = RETRY_WAITS.len() as u32 + 1;

/// How long a worker may hold a message it is sending before another instance may try it.
pub const SEND_LEASE: Duration = Duration::from_secs(120);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_then_stop() {
        assert_eq!(retry_after(0), None);
        assert_eq!(retry_after(1), Some(Duration::from_secs(60)));
        assert_eq!(retry_after(6), Some(Duration::from_secs(86_400)));
        assert_eq!(retry_after(7), None);
    }
}
