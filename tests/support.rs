//! Test support: fresh databases on both backends and the real binary on a free port.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use wegweiser_domain::time::Clock;

/// The moment (Berlin wall-clock time) every test server starts at unless a test chooses another:
/// a Wednesday morning in winter, so that no page depends on the day the suite runs.
pub const CLOCK: &str = "2026-12-02T10:30";

/// A clock of the test process that reads what the servers read: `at`, running on from now.
pub fn clock_at(at: &str) -> Clock {
    let start = Clock::parse_start(at).expect("a test clock such as 2026-12-02T10:30");
    Clock::starting_at(start).expect("a moment in Berlin")
}

/// The test process's clock at [`CLOCK`], for data a test writes into the store itself.
pub fn clock() -> Clock {
    clock_at(CLOCK)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs a test body once per backend. Without PostgreSQL outside CI the Postgres variant says loudly
/// that it was skipped; with CI=true it fails instead.
#[macro_export]
macro_rules! both_backends {
    ($($name:ident => $body:path;)+) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    $body($crate::support::Backend::Sqlite).await;
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    if $crate::support::postgres_admin_url().is_some() {
                        $body($crate::support::Backend::Postgres).await;
                    }
                }
            }
        )+
    };
}

pub fn in_ci() -> bool {
    std::env::var("CI")
        .map(|v| v == "true" || v == "1")
        .unwrap_or(false)
}

pub fn postgres_admin_url() -> Option<String> {
    match std::env::var("WEGWEISER_TEST_POSTGRES_URL") {
        Ok(u) if !u.trim().is_empty() => Some(u),
        _ => {
            assert!(
                !in_ci(),
                "CI=true but WEGWEISER_TEST_POSTGRES_URL is not set: PostgreSQL tests must run in CI"
            );
            eprintln!(
                "\n*** SKIPPED: PostgreSQL test (set WEGWEISER_TEST_POSTGRES_URL to run it) ***\n"
            );
            None
        }
    }
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

pub fn unique_name(prefix: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "{prefix}_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst),
        nanos
    )
}

pub fn temp_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(unique_name("wegweiser_test"));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// A database of its own for one test (so tests run in parallel), as a URL the binary accepts.
pub async fn fresh_database(backend: Backend) -> String {
    match backend {
        Backend::Sqlite => format!("sqlite://{}", temp_dir().join("wegweiser.sqlite").display()),
        Backend::Postgres => {
            let admin = postgres_admin_url().expect("postgres url");
            let name = unique_name("ww_test");
            let pool = sqlx::PgPool::connect(&admin).await.unwrap_or_else(|e| {
                panic!("PostgreSQL at WEGWEISER_TEST_POSTGRES_URL is not reachable: {e}")
            });
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                .execute(&pool)
                .await
                .expect("create database");
            pool.close().await;
            let base = admin
                .rsplit_once('/')
                .map(|(b, _)| b.to_string())
                .unwrap_or(admin);
            format!("{base}/{name}")
        }
    }
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

pub struct TestApp {
    pub base: String,
    pub database_url: String,
    /// The server's data directory (its outbox folder holds the mail it sent).
    pub data_dir: PathBuf,
    pub client: reqwest::Client,
    /// What the server reads as now (it started at the moment the test chose).
    pub clock: Clock,
    child: Option<Child>,
}

impl TestApp {
    /// The server's resident memory in MiB (VmRSS from /proc), while it runs.
    pub fn rss_mib(&self) -> u64 {
        let pid = self.child.as_ref().expect("running").id();
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("proc status");
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .map_or(0, |kb| kb / 1024)
    }

    pub async fn spawn(backend: Backend) -> TestApp {
        TestApp::spawn_at(backend, CLOCK).await
    }

    /// A server with demo content whose clock starts at `at` (Berlin time, `2027-03-28T01:30`).
    pub async fn spawn_at(backend: Backend, at: &str) -> TestApp {
        let url = fresh_database(backend).await;
        TestApp::spawn_on_at(&url, true, at).await
    }

    pub async fn spawn_on(database_url: &str, demo: bool) -> TestApp {
        TestApp::spawn_on_at(database_url, demo, CLOCK).await
    }

    pub async fn spawn_on_at(database_url: &str, demo: bool, at: &str) -> TestApp {
        // A port found free can be taken before the server binds it (by another test's server or
        // an outgoing connection): a server that exits at once is started again on another port.
        for _ in 0..3 {
            if let Some(app) = TestApp::try_spawn(database_url, demo, Some(at), &[]).await {
                return app;
            }
        }
        panic!("wegweiser exited right after start three times");
    }

    /// A server (without demo content) that believes it is reached at `public_url`, as behind a
    /// TLS proxy; with an https address it runs on the real clock (a test clock is refused there).
    pub async fn spawn_public(backend: Backend, public_url: &str) -> TestApp {
        let url = fresh_database(backend).await;
        let clock = (!public_url.starts_with("https://")).then_some(CLOCK);
        for _ in 0..3 {
            if let Some(app) =
                TestApp::try_spawn(&url, false, clock, &["--public-url", public_url]).await
            {
                return app;
            }
        }
        panic!("wegweiser exited right after start three times");
    }

    /// A server with demo content and extra command-line options (`--trusted-proxies …`).
    pub async fn spawn_with(backend: Backend, args: &[&str]) -> TestApp {
        let url = fresh_database(backend).await;
        for _ in 0..3 {
            if let Some(app) = TestApp::try_spawn(&url, true, Some(CLOCK), args).await {
                return app;
            }
        }
        panic!("wegweiser exited right after start three times");
    }

    /// Stops the server (as a crash or a power cut would: at once), keeping its data directory.
    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Starts a stopped server again on the same store and data directory.
    pub async fn start_again(&self) -> TestApp {
        self.start_again_on(&self.database_url).await
    }

    /// Starts a stopped server again with its data directory, on the store at `database_url`.
    pub async fn start_again_on(&self, database_url: &str) -> TestApp {
        for _ in 0..3 {
            if let Some(app) = TestApp::try_spawn_in(
                database_url,
                false,
                Some(CLOCK),
                &[],
                Some(self.data_dir.clone()),
            )
            .await
            {
                return app;
            }
        }
        panic!("wegweiser exited right after start three times");
    }

    async fn try_spawn(
        database_url: &str,
        demo: bool,
        at: Option<&str>,
        args: &[&str],
    ) -> Option<TestApp> {
        TestApp::try_spawn_in(database_url, demo, at, args, None).await
    }

    async fn try_spawn_in(
        database_url: &str,
        demo: bool,
        at: Option<&str>,
        args: &[&str],
        data_dir: Option<PathBuf>,
    ) -> Option<TestApp> {
        let port = free_port();
        let data_dir = data_dir.unwrap_or_else(temp_dir);
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_wegweiser"));
        cmd.arg("serve")
            .arg("--addr")
            .arg(format!("127.0.0.1:{port}"))
            .arg("--data-dir")
            .arg(&data_dir)
            .arg("--database-url")
            .arg(database_url)
            .env_remove("WEGWEISER_CONFIG")
            .env_remove("WEGWEISER_TEST_CLOCK")
            .env("WEGWEISER_LOG", "warn")
            .stdout(Stdio::null())
            // The server's log (warnings and errors) goes to `server.log` in its data directory,
            // so a test can read what an operator would; TEST_LOG=1 shows it instead.
            .stderr(if std::env::var("TEST_LOG").is_ok() {
                Stdio::inherit()
            } else {
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(data_dir.join("server.log"))
                    .map(Stdio::from)
                    .unwrap_or_else(|_| Stdio::null())
            });
        if demo {
            cmd.arg("--demo");
        }
        if let Some(at) = at {
            cmd.env("WEGWEISER_TEST_CLOCK", at);
        }
        cmd.args(args);
        let child = cmd.spawn().expect("start wegweiser");
        let mut app = TestApp {
            base: format!("http://127.0.0.1:{port}"),
            database_url: database_url.to_string(),
            data_dir,
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("client"),
            clock: at.map_or_else(Clock::system, clock_at),
            child: Some(child),
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(r) = app.client.get(format!("{}/readyz", app.base)).send().await
                && r.status() == 200
            {
                break;
            }
            if let Some(status) = app.child.as_mut().and_then(|c| c.try_wait().ok().flatten()) {
                eprintln!(
                    "wegweiser on {} exited at start ({status}); trying another port",
                    app.base
                );
                app.child = None;
                return None;
            }
            assert!(Instant::now() < deadline, "wegweiser did not become ready");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Some(app)
    }

    /// What the server has logged so far (warnings and errors).
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.data_dir.join("server.log")).unwrap_or_default()
    }

    /// The messages in the outbox folder, decoded (quoted-printable soft breaks and UTF-8), waiting
    /// up to 5 s for `at_least` of them.
    pub async fn outbox(&self, at_least: usize) -> Vec<String> {
        let dir = self.data_dir.join("outbox");
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let mut mails: Vec<String> = std::fs::read_dir(&dir)
                .map(|d| {
                    d.filter_map(|e| e.ok())
                        .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
                        .filter_map(|e| std::fs::read(e.path()).ok())
                        .map(|b| decode_mail(&String::from_utf8_lossy(&b)))
                        .collect()
                })
                .unwrap_or_default();
            if mails.len() >= at_least || Instant::now() > deadline {
                mails.sort();
                return mails;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Whether a mail containing `text` reaches the outbox within 10 seconds (the mail worker
    /// sends once a second; waiting for a count of mails can return before this one is written).
    pub async fn mail_arrives(&self, text: &str) -> bool {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if self.outbox(0).await.iter().any(|m| m.contains(text)) {
                return true;
            }
            if Instant::now() > deadline {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Every offer the public result list shows, page by page (at most 20 pages).
    pub async fn listed_offer_ids(&self) -> Vec<i64> {
        let mut ids = Vec::new();
        for page in 1..=20 {
            let found = result_ids(&self.text(&format!("/angebote?page={page}"), 200).await);
            if found.is_empty() {
                break;
            }
            ids.extend(found);
        }
        ids
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// Kills the server without warning (SIGKILL), as a crash or `kill -9` would.
    pub fn kill_hard(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request")
    }

    /// GET, expecting this status, returning the body.
    pub async fn text(&self, path: &str, status: u16) -> String {
        let r = self.get(path).await;
        assert_eq!(r.status().as_u16(), status, "status of {path}");
        r.text().await.expect("body")
    }

    pub async fn json(&self, path: &str, status: u16) -> serde_json::Value {
        let r = self.get(path).await;
        assert_eq!(r.status().as_u16(), status, "status of {path}");
        r.json().await.expect("json body")
    }

    /// Sends SIGTERM and waits for the process; returns its exit status.
    pub fn terminate(&mut self) -> std::process::ExitStatus {
        let mut child = self.child.take().expect("running");
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(child.id().to_string())
            .status();
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Some(status) = child.try_wait().expect("wait") {
                return status;
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                panic!("wegweiser did not stop within 15 s of SIGTERM");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// Offer ids linked from the result list of a page, in order.
pub fn result_ids(html: &str) -> Vec<i64> {
    let Some(start) = html.find("<ol class=\"results\">") else {
        return vec![];
    };
    let end = html[start..]
        .find("</ol>")
        .map(|e| start + e)
        .unwrap_or(html.len());
    let list = &html[start..end];
    list.split("<h3><a href=\"/angebote/")
        .skip(1)
        .filter_map(|s| s.split('"').next()?.parse().ok())
        .collect()
}

/// Text as the templates escape it (numeric entities).
pub fn escaped(s: &str) -> String {
    s.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

/// The body of a mail as written (quoted-printable, UTF-8), decoded.
/// A mail as its reader sees it: a base64 body (how mails in Cyrillic, Arabic or Vietnamese go
/// out) decoded below its headers, anything else read as quoted-printable.
pub fn decode_mail(raw: &str) -> String {
    use base64::Engine;
    if let Some((head, body)) = raw.split_once("\r\n\r\n")
        && head.contains("Content-Transfer-Encoding: base64")
    {
        let packed: String = body.split_whitespace().collect();
        if let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(packed) {
            return format!("{head}\r\n\r\n{}", String::from_utf8_lossy(&bytes));
        }
    }
    decode_quoted_printable(raw)
}

pub fn decode_quoted_printable(s: &str) -> String {
    quoted_printable::decode(s.as_bytes(), quoted_printable::ParseMode::Robust)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_else(|_| s.to_string())
}

/// The password every test account gets.
pub const PASSWORD: &str = "ein sicheres Passwort";

/// Creates an account with the command line, as an installation does (`wegweiser user add`).
pub fn add_user(app: &TestApp, email: &str, role: &str) {
    add_user_for(app, email, role, &[]);
}

/// An account that works for organisations (a provider editor), from the command line.
pub fn add_user_for(app: &TestApp, email: &str, role: &str, organizations: &[i64]) {
    let orgs: Vec<String> = organizations
        .iter()
        .flat_map(|o| ["--organization".to_string(), o.to_string()])
        .collect();
    let out = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(["user", "add", "--database-url", &app.database_url])
        .args(&orgs)
        .args(["--data-dir", &temp_dir().to_string_lossy()])
        .args(["--email", email, "--role", role])
        .env("WEGWEISER_PASSWORD", PASSWORD)
        .env("WEGWEISER_LOG", "warn")
        .env("WEGWEISER_TEST_CLOCK", CLOCK)
        .output()
        .expect("run wegweiser user add");
    assert!(
        out.status.success(),
        "user add failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A browser from its own source address on the loopback network (Linux routes all of 127/8): to
/// the per-sender limits, another person on another line.
pub fn browser_from(address: [u8; 4]) -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .local_address(std::net::IpAddr::from(address))
        .build()
        .expect("client")
}

/// A browser: keeps cookies, does not follow redirects (tests look at them).
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

/// The form token in a page.
pub fn form_token(html: &str) -> String {
    let start = html.find("name=\"csrf\" value=\"").expect("csrf field") + 19;
    html[start..].split('"').next().unwrap_or("").to_string()
}

/// Opens the login page and posts the form; returns the response.
pub async fn login(
    app: &TestApp,
    client: &reqwest::Client,
    email: &str,
    password: &str,
) -> reqwest::Response {
    let page = client
        .get(app.url("/anmelden"))
        .send()
        .await
        .expect("login page");
    assert_eq!(page.status(), 200);
    let token = form_token(&page.text().await.expect("body"));
    client
        .post(app.url("/anmelden"))
        .form(&[("email", email), ("password", password), ("csrf", &token)])
        .send()
        .await
        .expect("post login")
}

/// A person at the site in a browser of their own: signed in (or not), with the form token their
/// pages carry. It is a `reqwest::Client` too, for requests the helpers do not cover.
#[derive(Clone)]
pub struct Session {
    pub client: reqwest::Client,
    base: String,
    csrf: String,
}

impl std::ops::Deref for Session {
    type Target = reqwest::Client;
    fn deref(&self) -> &reqwest::Client {
        &self.client
    }
}

impl Session {
    /// GET `path`, expecting 200; the page.
    pub async fn page(&self, path: &str) -> String {
        let r = self
            .client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("request");
        assert_eq!(r.status().as_u16(), 200, "status of {path}");
        r.text().await.expect("body")
    }

    /// POSTs a form to `path` with the session's form token.
    /// Posts a multipart form (with the form token) and one file part.
    pub async fn post_multipart(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, &str, Vec<u8>)>,
    ) -> reqwest::Response {
        let mut form = reqwest::multipart::Form::new().text("csrf", self.csrf.clone());
        for (k, v) in fields {
            form = form.text(k.to_string(), v.to_string());
        }
        if let Some((field, name, bytes)) = file {
            form = form.part(
                field.to_string(),
                reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()),
            );
        }
        self.client
            .post(format!("{}{path}", self.base))
            .multipart(form)
            .send()
            .await
            .expect("request")
    }

    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let mut all = vec![("csrf", self.csrf.as_str())];
        all.extend_from_slice(fields);
        self.client
            .post(format!("{}{path}", self.base))
            .form(&all)
            .send()
            .await
            .expect("request")
    }
}

/// A browser signed in as `email` (password [`PASSWORD`]); its form token is read from the page
/// every signed-in role may open with a form (the back office for staff, the account page else).
pub async fn signed_in(app: &TestApp, email: &str) -> Session {
    let client = browser();
    let r = login(app, &client, email, PASSWORD).await;
    assert_eq!(r.status(), 303, "login of {email}");
    let landing = r
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .unwrap_or("/konto")
        .to_string();
    let mut csrf = String::new();
    for path in [landing.as_str(), "/verwaltung", "/konto"] {
        let page = client.get(app.url(path)).send().await.expect("page");
        let html = page.text().await.unwrap_or_default();
        if html.contains("name=\"csrf\" value=\"") {
            csrf = form_token(&html);
            break;
        }
    }
    Session {
        client,
        base: app.base.clone(),
        csrf,
    }
}

impl TestApp {
    /// A visitor without an account, in a browser of their own.
    pub fn visitor(&self) -> Session {
        Session {
            client: browser(),
            base: self.base.clone(),
            csrf: String::new(),
        }
    }

    /// A visitor on a line of their own: another source address on the loopback network (127.0.9.n),
    /// as different people are to the per-sender limits.
    pub fn visitor_from(&self, n: u8) -> Session {
        Session {
            client: browser_from([127, 0, 9, n]),
            base: self.base.clone(),
            csrf: String::new(),
        }
    }

    /// An account of `role` (`<role>@example.de`), created with the command line, signed in.
    pub async fn session(&self, role: &str) -> Session {
        let email = format!("{}@example.de", role.replace('_', "-"));
        add_user(self, &email, role);
        signed_in(self, &email).await
    }
}

/// The `/passwort/…` link in a mail.
pub fn link_in(mail: &str) -> String {
    let start = mail.find("/passwort/").expect("a link in the mail");
    let end = mail[start..]
        .find(|c: char| c.is_whitespace())
        .map(|e| start + e)
        .unwrap_or(mail.len());
    mail[start..end].to_string()
}

/// The fields the form posting to `action` sends as a browser would: text fields, hidden fields,
/// textareas, the chosen option of each select, and only the checked checkboxes and radios.
pub fn browser_form(html: &str, action: &str) -> Vec<(String, String)> {
    let start = html
        .find(&format!("action=\"{action}\""))
        .unwrap_or_else(|| panic!("a form posting to {action}"));
    let end = start + html[start..].find("</form>").expect("the end of the form");
    let form = &html[start..end];
    let attr = |tag: &str, name: &str| -> Option<String> {
        let marker = format!(" {name}=\"");
        let at = tag.find(&marker)? + marker.len();
        Some(unescape_html(tag[at..].split('"').next().unwrap_or("")))
    };
    let mut fields = Vec::new();
    let mut at = 0;
    while let Some(next) = form[at..].find('<') {
        let pos = at + next;
        let rest = &form[pos..];
        let tag_end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = &rest[..tag_end];
        if tag.starts_with("<input") {
            let kind = attr(tag, "type").unwrap_or_else(|| "text".into());
            let checked = tag.contains(" checked");
            if let Some(name) = attr(tag, "name")
                && (!matches!(kind.as_str(), "checkbox" | "radio") || checked)
                && kind != "submit"
            {
                fields.push((name, attr(tag, "value").unwrap_or_default()));
            }
        } else if tag.starts_with("<textarea") {
            let close = rest.find("</textarea>").expect("a closed textarea");
            if let Some(name) = attr(tag, "name") {
                // As browsers do, a line break right after the tag is not part of the value.
                let text = &rest[tag_end..close];
                let text = text.strip_prefix('\n').unwrap_or(text);
                fields.push((name, unescape_html(text)));
            }
        } else if tag.starts_with("<select") {
            let close = rest.find("</select>").expect("a closed select");
            let options = &rest[tag_end..close];
            let chosen = options
                .split("<option")
                .skip(1)
                .find(|o| o.split('>').next().unwrap_or("").contains(" selected"))
                .or_else(|| options.split("<option").nth(1));
            if let (Some(name), Some(o)) = (attr(tag, "name"), chosen) {
                let value = attr(&format!(" {}", o.split('>').next().unwrap_or("")), "value");
                fields.push((name, value.unwrap_or_default()));
            }
        }
        at = pos + tag_end.max(1);
    }
    fields
}

/// Text as the page escaped it, back to what was typed.
pub fn unescape_html(s: &str) -> String {
    s.replace("&#38;", "&")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#62;", ">")
        .replace("&#60;", "<")
        .replace("&amp;", "&")
}
