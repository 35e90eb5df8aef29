//! Sends the mail queue: over SMTP when configured, else as .eml files into the outbox folder of
//! the data directory. A message is taken with a lease, so two instances never send it twice at the
//! same time, and is retried with growing waits when sending fails.

use std::path::PathBuf;

use lettre::message::Mailbox;
use lettre::message::header::{ContentType, Header, HeaderName, HeaderValue};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use wegweiser_domain::mail::{SEND_LEASE, retry_after};
use wegweiser_domain::time::Clock;
use wegweiser_store::{Db, QueuedMail};

/// Where mail goes.
#[derive(Clone)]
pub enum Mailer {
    Outbox(AsyncFileTransport<Tokio1Executor>, PathBuf),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

impl Mailer {
    /// SMTP from a URL such as `smtp://user:password@host:587?tls=required` (STARTTLS) or
    /// `smtps://user:password@host:465` (TLS); without one, the outbox folder.
    pub fn new(smtp_url: Option<&str>, outbox: PathBuf) -> anyhow::Result<Mailer> {
        match smtp_url {
            Some(url) => Ok(Mailer::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?.build(),
            )),
            None => {
                std::fs::create_dir_all(&outbox)?;
                Ok(Mailer::Outbox(AsyncFileTransport::new(&outbox), outbox))
            }
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Mailer::Outbox(_, dir) => format!("outbox folder {}", dir.display()),
            Mailer::Smtp(_) => "SMTP".into(),
        }
    }

    async fn send(&self, m: Message) -> Result<(), String> {
        match self {
            Mailer::Outbox(t, _) => t.send(m).await.map(|_| ()).map_err(|e| e.to_string()),
            Mailer::Smtp(t) => t.send(m).await.map(|_| ()).map_err(|e| e.to_string()),
        }
    }
}

/// `List-Unsubscribe: <url>` (RFC 2369): mail programs show their own "unsubscribe" button.
#[derive(Clone)]
struct ListUnsubscribe(String);

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }
    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribe(
            s.trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .into(),
        ))
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), format!("<{}>", self.0))
    }
}

/// `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058): that button leaves at once.
#[derive(Clone)]
struct ListUnsubscribePost;

impl Header for ListUnsubscribePost {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }
    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribePost)
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".into())
    }
}

fn message(from: &Mailbox, m: &QueuedMail) -> Result<Message, String> {
    let to: Mailbox = m.to_addr.parse().map_err(|e| format!("recipient: {e}"))?;
    let mut b = Message::builder()
        .from(from.clone())
        .to(to)
        // One line, whatever a title in it held: a line break would start a header of its own.
        .subject(
            m.subject
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect::<String>(),
        );
    if let Some(url) = &m.list_unsubscribe {
        b = b
            .header(ListUnsubscribe(url.clone()))
            .header(ListUnsubscribePost);
    }
    match &m.calendar {
        None => b
            .header(ContentType::TEXT_PLAIN)
            .body(m.body.clone())
            .map_err(|e| e.to_string()),
        // The text, and the calendar object as an attachment whose type names its METHOD, so a
        // mail program offers to accept, update or remove the entry (RFC 6047).
        Some(ics) => {
            use lettre::message::{Attachment, MultiPart, SinglePart};
            let method = ics
                .lines()
                .find_map(|l| l.strip_prefix("METHOD:"))
                .unwrap_or("PUBLISH")
                .trim()
                .to_string();
            let kind =
                ContentType::parse(&format!("text/calendar; method={method}; charset=UTF-8"))
                    .map_err(|e| e.to_string())?;
            b.multipart(
                MultiPart::mixed()
                    .singlepart(SinglePart::plain(m.body.clone()))
                    .singlepart(Attachment::new("einladung.ics".into()).body(ics.clone(), kind)),
            )
            .map_err(|e| e.to_string())
        }
    }
}

/// Sends what is due, then looks again every `every`.
pub async fn run(db: Db, clock: Clock, mailer: Mailer, from: Mailbox, every: std::time::Duration) {
    loop {
        if let Err(e) = send_due(&db, clock, &mailer, &from).await {
            tracing::warn!(error = %e, "mail queue: trying again later");
        }
        tokio::time::sleep(every).await;
    }
}

async fn send_due(
    db: &Db,
    clock: Clock,
    mailer: &Mailer,
    from: &Mailbox,
) -> Result<(), wegweiser_store::StoreError> {
    let now = clock.now();
    let lease = chrono::Duration::from_std(SEND_LEASE).unwrap_or_default();
    for m in db.due_mail(now, 50).await? {
        if !db.claim_mail(&m, now + lease).await? {
            continue;
        }
        match message(from, &m) {
            Ok(msg) => match mailer.send(msg).await {
                Ok(()) => {
                    db.mail_sent(m.id, clock.now()).await?;
                    tracing::info!(id = m.id, "mail sent");
                }
                Err(e) => fail(db, clock, &m, &e).await?,
            },
            Err(e) => fail(db, clock, &m, &e).await?,
        }
    }
    Ok(())
}

async fn fail(
    db: &Db,
    clock: Clock,
    m: &QueuedMail,
    error: &str,
) -> Result<(), wegweiser_store::StoreError> {
    let attempts = u32::try_from(m.attempts + 1).unwrap_or(u32::MAX);
    let next = match retry_after(attempts) {
        Some(wait) => clock.now() + chrono::Duration::from_std(wait).unwrap_or_default(),
        // Given up: it stays in the queue with its error, out of the worker's way.
        None => clock.now() + chrono::Duration::days(36_500),
    };
    tracing::warn!(id = m.id, attempts, error, "mail not sent");
    db.mail_failed(m.id, error, next).await
}
