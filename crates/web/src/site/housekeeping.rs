//! The housekeeping job of each instance: every area's reminders and purges on one schedule.

use crate::state::AppState;

/// Runs every area's housekeeping, then again every `every`.
pub async fn run(state: AppState, every: std::time::Duration) {
    loop {
        if let Err(e) = crate::directory::freshness::send_reminders(&state).await {
            tracing::warn!(error = %e, "freshness reminders: trying again later");
        }
        crate::accounts::purge(&state).await;
        crate::events::purge(&state).await;
        crate::news::purge(&state).await;
        tokio::time::sleep(every).await;
    }
}
