//! Concurrency and volume against the running binary: bursts of logins (memory stays bounded, the
//! throttle counts every attempt), on both stores.

use crate::both_backends;
use crate::support::{Backend, PASSWORD, TestApp, add_user, browser, form_token};

/// A login form post from a client of its own (its own cookie jar, and its own source address on
/// the loopback network, so that each looks like another person).
async fn login_from(
    base: String,
    source: std::net::IpAddr,
    email: String,
    password: &str,
) -> (u16, bool) {
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .local_address(source)
        .build()
        .unwrap();
    let page = client
        .get(format!("{base}/anmelden"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let r = client
        .post(format!("{base}/anmelden"))
        .form(&[
            ("csrf", form_token(&page).as_str()),
            ("email", email.as_str()),
            ("password", password),
        ])
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    let retry = r.headers().contains_key("retry-after");
    (status, retry)
}

/// 50 wrong passwords at once with the right one among them: at most the free attempts are
/// tried at all (the others are refused before the password is checked), so the right one in the
/// middle of a burst does not get through by luck of timing.
async fn a_burst_of_guesses_is_counted_before_it_is_tried(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    add_user(&app, "ziel@example.de", "coordinator");
    let mut tasks = Vec::new();
    for i in 0..50 {
        let app_url = app.base.clone();
        let password = if i == 25 {
            PASSWORD.to_string()
        } else {
            format!("falsch {i}")
        };
        let client = browser();
        tasks.push(tokio::spawn(async move {
            let page = client
                .get(format!("{app_url}/anmelden"))
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            let r = client
                .post(format!("{app_url}/anmelden"))
                .form(&[
                    ("csrf", form_token(&page).as_str()),
                    ("email", "ziel@example.de"),
                    ("password", password.as_str()),
                ])
                .send()
                .await
                .unwrap();
            r.status().as_u16()
        }));
    }
    let mut tried = 0;
    let mut refused = 0;
    for t in tasks {
        match t.await.unwrap() {
            401 | 303 => tried += 1,
            429 => refused += 1,
            other => panic!("unexpected answer {other}"),
        }
    }
    assert!(
        tried <= 5,
        "{tried} of 50 guesses were tried, at most 5 may be"
    );
    assert_eq!(tried + refused, 50);
}

both_backends! {
    a_burst_of_guesses_is_counted_before_it_is_tried => super::a_burst_of_guesses_is_counted_before_it_is_tried;
}

/// 100 logins at once from 100 addresses, four bursts: password hashing runs on a bounded number of
/// threads, the rest wait briefly or are told to come back (503 with Retry-After), and the server's
/// memory stays under 300 MiB (it grew to 6.5 GB before).
async fn parallel_logins_keep_memory_bounded(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let start = app.rss_mib();
    let mut answers = std::collections::BTreeMap::<u16, usize>::new();
    let mut without_retry = 0;
    for burst in 0..4 {
        let mut tasks = Vec::new();
        for i in 0..100u8 {
            let source: std::net::IpAddr =
                format!("127.0.{}.{}", burst + 1, i + 1).parse().unwrap();
            let email = format!("niemand{burst}-{i}@example.de");
            let base = app.base.clone();
            tasks.push(tokio::spawn(login_from(
                base,
                source,
                email,
                "irgendein Passwort",
            )));
        }
        for t in tasks {
            let (status, retry) = t.await.unwrap();
            *answers.entry(status).or_default() += 1;
            if status == 503 && !retry {
                without_retry += 1;
            }
        }
    }
    let end = app.rss_mib();
    assert!(
        answers.keys().all(|s| *s == 401 || *s == 503),
        "only 'wrong' or 'busy, come back': {answers:?}"
    );
    assert_eq!(without_retry, 0, "every 503 says when to come back");
    assert!(end < 300, "memory grew from {start} MiB to {end} MiB");
}

both_backends! {
    parallel_logins_keep_memory_bounded => super::parallel_logins_keep_memory_bounded;
}
