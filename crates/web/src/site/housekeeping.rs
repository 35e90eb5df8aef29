//! The housekeeping job of each instance: every area's reminders and purges on one schedule.

use crate::state::AppState;

/// Runs every area's housekeeping, then again every `every`.
pub async fn run(state: AppState, every: std::time::Duration) {
    loop {
        if let Err(e) = crate::directory::freshness::send_reminders(&state).await {
            tracing::warn!(error = %e, "freshness reminders: trying again later");
        }
        logged(
            "expired sessions and links",
            crate::accounts::purge(&state).await,
        );
        logged(
            "past event registrations",
            crate::events::purge(&state).await,
        );
        logged(
            "unconfirmed newsletter addresses",
            crate::news::purge(&state).await,
        );
        logged(
            "old tandem messages, requests and reports",
            crate::peers::purge(&state).await,
        );
        logged(
            "old CVs and contact requests to employers",
            crate::employers::purge(&state).await,
        );
        logged(
            "expired referral slips",
            crate::network::purge(&state).await,
        );
        logged(
            "old needs reports' text and counts past their time",
            crate::needs::purge(&state).await,
        );
        logged(
            "answers to AG meetings long past",
            crate::ag::purge(&state).await,
        );
        match crate::ag::remind(&state).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(sent = n, "AG meeting reminders queued"),
            Err(e) => tracing::warn!(error = %e, "AG meeting reminders failed"),
        }
        tokio::time::sleep(every).await;
    }
}

/// What a purge removed, or why it could not (it is tried again on the next round).
fn logged(what: &str, removed: wegweiser_store::StoreResult<u64>) {
    match removed {
        Ok(0) => {}
        Ok(n) => tracing::info!(removed = n, "{what} removed"),
        Err(e) => tracing::warn!(error = %e, "removing {what} failed"),
    }
}
