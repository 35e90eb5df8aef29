//! Tandem suggestions on both stores (issue 16): the closest first, and never anyone who must not
//! be suggested.

use std::collections::{BTreeSet, HashSet};

use chrono::{DateTime, Utc};
use wegweiser_domain::accounts::Role;
use wegweiser_domain::geo;
use wegweiser_domain::peers::{
    AgeRange, FreeTime, Identity, Interest, LookingFor, PeerProfile, Wants, suggest,
};
use wegweiser_store::Db;

use crate::both_backends;
use crate::support::{Backend, fresh_database};

both_backends! {
    suggestions_put_the_closest_first_and_never_the_excluded => super::suggestions_put_the_closest_first_and_never_the_excluded;
    deleting_an_account_removes_its_tandem_data => super::deleting_an_account_removes_its_tandem_data;
}

async fn open(b: Backend) -> Db {
    let db = Db::connect(&fresh_database(b).await)
        .await
        .expect("connect");
    db.migrate().await.expect("migrate");
    db
}

fn now() -> DateTime<Utc> {
    crate::support::clock().now()
}

/// A small deterministic generator, so a failure can be run again as it was.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n
    }
    fn some<T: Copy + Ord>(&mut self, all: &[T], most: usize) -> BTreeSet<T> {
        (0..=self.next(most))
            .map(|_| all[self.next(all.len())])
            .collect()
    }
}

fn me() -> PeerProfile {
    PeerProfile {
        display_name: "Ich".into(),
        ortsteil: "fennpfuhl".into(),
        child_ages: [AgeRange::Under3].into(),
        languages: ["de".to_string(), "vi".to_string()].into(),
        interests: [Interest::Outdoors, Interest::Playgrounds].into(),
        looking_for: [LookingFor::Talk, LookingFor::Childcare].into(),
        free_times: [FreeTime::Afternoons, FreeTime::Weekends].into(),
        identity: Identity::Mother,
        wants: Wants::Anyone,
    }
}

fn generated(rng: &mut Lcg, i: usize) -> PeerProfile {
    let ortsteile: Vec<&str> = geo::ortsteile().iter().map(|o| o.slug).collect();
    let langs = ["de", "en", "tr", "ar", "ru", "uk", "vi", "pl"];
    PeerProfile {
        display_name: format!("Elternteil {i}"),
        ortsteil: ortsteile[rng.next(ortsteile.len())].into(),
        child_ages: rng.some(AgeRange::ALL, 2),
        languages: rng
            .some(&langs, 2)
            .into_iter()
            .map(str::to_string)
            .collect(),
        interests: rng.some(Interest::ALL, 3),
        looking_for: rng.some(LookingFor::ALL, 2),
        free_times: rng.some(FreeTime::ALL, 2),
        identity: Identity::ALL[rng.next(3)],
        wants: Wants::ALL[rng.next(3)],
    }
}

async fn parent(db: &Db, i: usize) -> i64 {
    db.create_account(
        &format!("elternteil{i}@example.de"),
        "",
        Role::Parent,
        None,
        &[],
        now(),
    )
    .await
    .expect("account")
}

async fn suggestions_put_the_closest_first_and_never_the_excluded(backend: Backend) {
    let db = open(backend).await;
    let mut rng = Lcg(16);
    let me_id = parent(&db, 0).await;
    db.save_peer_profile(me_id, "handle-me", &me(), true, now())
        .await
        .expect("my profile");

    // 500 others. The first 35 are the closest possible (a copy of mine) but must never be
    // suggested, each for its own reason; the next eight are copies that must come first (five
    // of them fathers: I meet anyone); the rest are random.
    let mut excluded: HashSet<String> = HashSet::new();
    let mut twins = Vec::new();
    for i in 1..=500 {
        let id = parent(&db, i).await;
        let handle = format!("handle-{i}");
        let mut profile = if i <= 43 {
            me()
        } else {
            generated(&mut rng, i)
        };
        profile.display_name = format!("Elternteil {i}");
        if (31..=35).contains(&i) {
            // Wants fathers only: I am a mother.
            profile.wants = Wants::Fathers;
        }
        if (36..=40).contains(&i) {
            // A father: I meet anyone, someone who wants to meet mothers does not see him.
            profile.identity = Identity::Father;
        }
        db.save_peer_profile(id, &handle, &profile, true, now())
            .await
            .expect("profile");
        match i {
            1..=5 => db.block_peer(me_id, &handle, now()).await.expect("I block"),
            6..=10 => db
                .block_peer(id, "handle-me", now())
                .await
                .expect("they block me"),
            11..=15 => db
                .set_peer_consent(id, false, now())
                .await
                .expect("withdraw"),
            16..=20 => db
                .set_account_suspended(id, None, true, now())
                .await
                .expect("suspend"),
            21..=25 => db.delete_peer_profile(id).await.expect("delete profile"),
            26..=30 => db.delete_account(id, now()).await.expect("delete account"),
            _ => {}
        }
        if i <= 35 {
            excluded.insert(handle);
        } else if (36..=43).contains(&i) {
            twins.push(handle);
        }
    }
    // A second block of the same person changes nothing.
    db.block_peer(me_id, "handle-1", now())
        .await
        .expect("again");
    assert_eq!(db.peer_blocks(me_id).await.expect("count"), 5);

    let candidates = db.peer_candidates(me_id).await.expect("candidates");
    let mine = db
        .own_peer_profile(me_id)
        .await
        .expect("read")
        .expect("mine");
    assert_eq!(mine.profile, me(), "the profile reads back as saved");
    let pool: Vec<(String, PeerProfile)> = candidates
        .into_iter()
        .map(|c| (c.handle, c.profile))
        .collect();
    assert!(
        pool.len() >= 470,
        "every other profile is a candidate ({})",
        pool.len()
    );
    let s = suggest(&mine.profile, &pool, 500);
    let handles: Vec<&str> = s.iter().map(|s| s.key.as_str()).collect();
    for h in &handles {
        assert!(!excluded.contains(*h), "{h} must not be suggested");
        assert_ne!(*h, "handle-me", "never oneself");
    }
    let top: HashSet<&str> = handles[..8].iter().copied().collect();
    let expected: HashSet<&str> = twins.iter().map(String::as_str).collect();
    assert_eq!(top, expected, "the copies of my profile come first");
    assert!(s[8].score < s[7].score, "and nothing else is as close");
    assert!(s.windows(2).all(|w| w[0].score >= w[1].score), "best first");
    assert!(s.len() > 100, "most random profiles share something");

    // Someone who wants to meet mothers only never sees the fathers (36–40).
    let mut picky = me();
    picky.wants = Wants::Mothers;
    let picky_id = parent(&db, 1000).await;
    db.save_peer_profile(picky_id, "handle-picky", &picky, true, now())
        .await
        .expect("picky");

    let picky_pool: Vec<(String, PeerProfile)> = db
        .peer_candidates(picky_id)
        .await
        .expect("candidates")
        .into_iter()
        .map(|c| (c.handle, c.profile))
        .collect();
    let for_picky = suggest(&picky, &picky_pool, 500);
    assert!(for_picky.iter().all(|s| {
        let p = &picky_pool
            .iter()
            .find(|(h, _)| *h == s.key)
            .expect("from the pool")
            .1;
        p.identity == Identity::Mother
    }));
    assert!(!for_picky.iter().any(|s| s.key == "handle-36"));

    // A withdrawn profile is no candidate; consent given again, it is one again.
    assert!(!pool.iter().any(|(h, _)| h == "handle-11"));
    let eleven = first_account(&db, "handle-11").await;
    db.set_peer_consent(eleven, true, now())
        .await
        .expect("consent again");
    let again = db.peer_candidates(me_id).await.expect("candidates");
    assert!(again.iter().any(|c| c.handle == "handle-11"));
}

async fn deleting_an_account_removes_its_tandem_data(backend: Backend) {
    let db = open(backend).await;
    let a = parent(&db, 1).await;
    let b = parent(&db, 2).await;
    db.save_peer_profile(a, "handle-a", &me(), true, now())
        .await
        .expect("a");
    db.save_peer_profile(b, "handle-b", &me(), true, now())
        .await
        .expect("b");
    db.block_peer(a, "handle-b", now())
        .await
        .expect("a blocks b");
    db.block_peer(b, "handle-a", now())
        .await
        .expect("b blocks a");
    let export = db.export_account(a).await.expect("export");
    assert_eq!(
        export
            .tandem_profile
            .as_ref()
            .map(|p| p.profile.display_name.as_str()),
        Some("Ich")
    );
    assert_eq!(export.tandem_blocked, 1);

    db.delete_account(a, now()).await.expect("delete");
    assert!(db.own_peer_profile(a).await.expect("read").is_none());
    assert_eq!(db.peer_blocks(b).await.expect("b's blocks"), 0);
    // What is left of a, row by row, in every tandem table.
    for table in ["peer_profile", "peer_block"] {
        let sql = match table {
            "peer_block" => {
                "SELECT COUNT(*) FROM peer_block WHERE blocker_id = $1 OR blocked_id = $1"
            }
            _ => "SELECT COUNT(*) FROM peer_profile WHERE account_id = $1",
        };
        let left: i64 = match &db {
            Db::Sqlite(p) => sqlx::query_scalar(sql).bind(a).fetch_one(p).await,
            Db::Postgres(p) => sqlx::query_scalar(sql).bind(a).fetch_one(p).await,
        }
        .expect("count");
        assert_eq!(left, 0, "{table} keeps nothing of a deleted account");
    }
    // b's own profile is untouched, and a second profile needs consent.
    assert!(db.own_peer_profile(b).await.expect("read").is_some());
    let c = parent(&db, 3).await;
    assert!(
        db.save_peer_profile(c, "handle-c", &me(), false, now())
            .await
            .is_err(),
        "no profile without consent"
    );
}

both_backends! {
    contact_requests_are_limited_under_a_parallel_burst => super::contact_requests_are_limited_under_a_parallel_burst;
    deleting_an_account_removes_its_requests_and_messages => super::deleting_an_account_removes_its_requests_and_messages;
}

fn no_mail(to: &str, _lang: &str) -> wegweiser_domain::mail::Mail {
    wegweiser_domain::mail::Mail {
        to: to.to_string(),
        subject: "Anfrage".into(),
        body: "Text".into(),
    }
}

async fn contact_requests_are_limited_under_a_parallel_burst(backend: Backend) {
    let db = open(backend).await;
    let mine = parent(&db, 0).await;
    db.save_peer_profile(mine, "handle-me", &me(), true, now())
        .await
        .expect("mine");
    for i in 1..=16 {
        let id = parent(&db, i).await;
        db.save_peer_profile(id, &format!("handle-{i}"), &me(), true, now())
            .await
            .expect("theirs");
    }
    // 16 requests to 16 parents at once: exactly the day's limit goes through, on both stores.
    let tasks: Vec<_> = (1..=16)
        .map(|i| {
            let db = db.clone();
            tokio::spawn(async move {
                db.request_peer_contact(mine, &format!("handle-{i}"), now(), no_mail)
                    .await
            })
        })
        .collect();
    let mut sent = 0;
    let mut refused = 0;
    for t in tasks {
        match t.await.expect("task") {
            Ok(wegweiser_store::RequestOutcome::Sent) => sent += 1,
            Err(wegweiser_store::StoreError::Full { what: "requests" }) => refused += 1,
            other => panic!("unexpected answer {other:?}"),
        }
    }
    assert_eq!(
        (sent, refused),
        (wegweiser_domain::peers::REQUESTS_PER_DAY as usize, 16 - 10)
    );
    // The same request twice is no second request; one asked back is a match.
    let one = db.peer_contacts(mine).await.expect("contacts");
    assert_eq!(one.len(), 10);
    let first = one.first().expect("a request");
    assert_eq!(
        db.request_peer_contact(mine, &first.other.handle, now(), no_mail)
            .await
            .expect("again"),
        wegweiser_store::RequestOutcome::AlreadySent
    );
    let asked_back = db
        .request_peer_contact(
            first_account(&db, &first.other.handle).await,
            "handle-me",
            now(),
            no_mail,
        )
        .await
        .expect("asked back");
    assert_eq!(
        asked_back,
        wegweiser_store::RequestOutcome::Matched(first.request_id)
    );
    // Messages in parallel: all stored, in one conversation, each once.
    let conv = first.request_id;
    let tasks: Vec<_> = (0..12)
        .map(|i| {
            let db = db.clone();
            tokio::spawn(async move {
                db.send_peer_message(mine, conv, &format!("Nachricht {i}"), now(), no_mail)
                    .await
            })
        })
        .collect();
    for t in tasks {
        t.await.expect("task").expect("stored");
    }
    let (_, messages) = db.peer_conversation(mine, conv).await.expect("read");
    assert_eq!(messages.len(), 12);
}

/// The account behind a test handle.
async fn first_account(db: &Db, handle: &str) -> i64 {
    let sql = "SELECT account_id FROM peer_profile WHERE handle = $1";
    match db {
        Db::Sqlite(p) => sqlx::query_scalar(sql).bind(handle).fetch_one(p).await,
        Db::Postgres(p) => sqlx::query_scalar(sql).bind(handle).fetch_one(p).await,
    }
    .expect("account")
}

async fn count(db: &Db, sql: &'static str, id: i64) -> i64 {
    match db {
        Db::Sqlite(p) => sqlx::query_scalar(sql).bind(id).fetch_one(p).await,
        Db::Postgres(p) => sqlx::query_scalar(sql).bind(id).fetch_one(p).await,
    }
    .expect("count")
}

async fn deleting_an_account_removes_its_requests_and_messages(backend: Backend) {
    let db = open(backend).await;
    let a = parent(&db, 1).await;
    let b = parent(&db, 2).await;
    let c = parent(&db, 3).await;
    for (id, h) in [(a, "handle-a"), (b, "handle-b"), (c, "handle-c")] {
        db.save_peer_profile(id, h, &me(), true, now())
            .await
            .expect("profile");
    }
    db.request_peer_contact(a, "handle-b", now(), no_mail)
        .await
        .expect("a asks b");
    let conv = match db
        .request_peer_contact(b, "handle-a", now(), no_mail)
        .await
        .expect("b asks back")
    {
        wegweiser_store::RequestOutcome::Matched(id) => id,
        other => panic!("{other:?}"),
    };
    db.request_peer_contact(c, "handle-a", now(), no_mail)
        .await
        .expect("c asks a");
    let from_a = db
        .send_peer_message(a, conv, "Hallo von A", now(), no_mail)
        .await
        .expect("a writes");
    db.send_peer_message(b, conv, "Hallo von B", now(), no_mail)
        .await
        .expect("b writes");
    db.report_peer(b, Some(from_a), None, "unangenehm", now())
        .await
        .expect("b reports a");
    db.report_peer(a, None, Some("handle-c"), "", now())
        .await
        .expect("a reports c");
    // A runs a proposed group and asked to join a published one.
    let group = wegweiser_domain::peers::RawGroup {
        name: "Runde".into(),
        description: "Treffen".into(),
        kind: "cafe".into(),
        ortsteil: "fennpfuhl".into(),
        rhythm: "montags".into(),
        join_mode: "request".into(),
        ..Default::default()
    }
    .validate()
    .expect("group");
    let own_group = db
        .propose_group(a, "A", &group, now())
        .await
        .expect("propose");
    let b_group = db
        .propose_group(b, "B", &group, now())
        .await
        .expect("b proposes");
    db.decide_group(b_group, c, true, now())
        .await
        .expect("publish");
    assert_eq!(
        db.join_group(a, b_group, "A", now(), no_mail)
            .await
            .expect("join"),
        "requested"
    );
    // B takes A in; A writes to the group and B reports it.
    db.decide_group_member(b, b_group, a, true, now())
        .await
        .expect("accept");
    let in_group = db
        .send_group_message(a, b_group, "Hallo Gruppe", now(), no_mail)
        .await
        .expect("a writes to the group");
    db.report_group(b, b_group, Some(in_group), "", now())
        .await
        .expect("b reports it");
    let export = db.export_account(a).await.expect("export");
    assert_eq!(export.groups.len(), 2, "a member of one, runs one");
    assert_eq!(export.tandem.messages.len(), 1);
    assert_eq!(export.tandem.group_messages.len(), 1);
    assert_eq!(
        export.tandem.requests.len(),
        2,
        "with B (agreed) and from C"
    );

    db.delete_account(a, now()).await.expect("delete");
    for (what, sql) in [
        (
            "requests",
            "SELECT COUNT(*) FROM peer_request WHERE from_id = $1 OR to_id = $1",
        ),
        (
            "messages",
            "SELECT COUNT(*) FROM peer_message WHERE from_id = $1",
        ),
        (
            "group messages",
            "SELECT COUNT(*) FROM peer_group_message WHERE from_id = $1",
        ),
        (
            "reports by or about a",
            "SELECT COUNT(*) FROM peer_report WHERE reporter_id = $1 OR reported_id = $1",
        ),
        (
            "profile",
            "SELECT COUNT(*) FROM peer_profile WHERE account_id = $1",
        ),
        (
            "group memberships",
            "SELECT COUNT(*) FROM peer_group_member WHERE account_id = $1",
        ),
        (
            "groups run",
            "SELECT COUNT(*) FROM peer_group WHERE organiser_id = $1",
        ),
    ] {
        assert_eq!(count(&db, sql, a).await, 0, "{what} of a deleted account");
    }
    // The conversation went with it, B's message too: it was written to A only.
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM peer_message WHERE request_id = $1",
            conv
        )
        .await,
        0
    );
    // A's unpublished proposal went with A; B's published group stays.
    assert!(db.peer_group(own_group).await.is_err());
    assert!(db.peer_group(b_group).await.is_ok());
    // A's report about C stays, without its sender.
    assert_eq!(db.open_peer_reports().await.expect("reports").len(), 1);
    assert!(db.peer_contacts(b).await.expect("b").is_empty());
}

both_backends! {
    unconfirmed_sign_ups_are_deleted_after_a_week => super::unconfirmed_sign_ups_are_deleted_after_a_week;
    group_messages_are_limited_and_notified_once_under_a_burst => super::group_messages_are_limited_and_notified_once_under_a_burst;
}

async fn group_messages_are_limited_and_notified_once_under_a_burst(backend: Backend) {
    use wegweiser_domain::peers::GROUP_MESSAGES_PER_DAY;
    let db = open(backend).await;
    let organiser = parent(&db, 0).await;
    let group = wegweiser_domain::peers::RawGroup {
        name: "Runde".into(),
        description: "Treffen".into(),
        kind: "cafe".into(),
        ortsteil: "fennpfuhl".into(),
        rhythm: "montags".into(),
        join_mode: "open".into(),
        ..Default::default()
    }
    .validate()
    .expect("group");
    let id = db
        .propose_group(organiser, "Olga", &group, now())
        .await
        .expect("propose");
    db.decide_group(id, organiser, true, now())
        .await
        .expect("publish");
    // The same parent joins eight times at once: one membership.
    let writer = parent(&db, 1).await;
    let joins: Vec<_> = (0..8)
        .map(|_| {
            let db = db.clone();
            tokio::spawn(async move { db.join_group(writer, id, "Anna", now(), no_mail).await })
        })
        .collect();
    for j in joins {
        assert_eq!(j.await.expect("task").expect("joined"), "member");
    }
    let reader = parent(&db, 2).await;
    db.join_group(reader, id, "Berit", now(), no_mail)
        .await
        .expect("joined");
    assert_eq!(db.group_members(id).await.expect("members").len(), 3);
    // Ten more messages than a day allows, all at once: exactly the limit is stored.
    let n = GROUP_MESSAGES_PER_DAY as usize + 10;
    let tasks: Vec<_> = (0..n)
        .map(|i| {
            let db = db.clone();
            tokio::spawn(async move {
                db.send_group_message(writer, id, &format!("Nachricht {i}"), now(), no_mail)
                    .await
            })
        })
        .collect();
    let (mut stored, mut refused) = (0, 0);
    for t in tasks {
        match t.await.expect("task") {
            Ok(_) => stored += 1,
            Err(wegweiser_store::StoreError::Full {
                what: "group_messages",
            }) => refused += 1,
            other => panic!("unexpected answer {other:?}"),
        }
    }
    assert_eq!((stored, refused), (GROUP_MESSAGES_PER_DAY as usize, 10));
    assert_eq!(
        db.group_messages(reader, id).await.expect("read").len(),
        GROUP_MESSAGES_PER_DAY as usize
    );
    // However many messages came, each other member was mailed once, the writer never.
    let mails = "SELECT COUNT(*) FROM mail_queue WHERE to_addr = \
                 (SELECT email FROM account WHERE id = $1)";
    assert_eq!(count(&db, mails, reader).await, 1);
    assert_eq!(count(&db, mails, organiser).await, 1);
    assert_eq!(count(&db, mails, writer).await, 0);
    // Eight requests at once to a group that takes members on request: one request, one mail.
    let mut by_request = group.clone();
    by_request.join_mode = wegweiser_domain::peers::JoinMode::Request;
    let second = db
        .propose_group(organiser, "Olga", &by_request, now())
        .await
        .expect("propose");
    db.decide_group(second, organiser, true, now())
        .await
        .expect("publish");
    let joins: Vec<_> = (0..8)
        .map(|_| {
            let db = db.clone();
            tokio::spawn(
                async move { db.join_group(reader, second, "Berit", now(), no_mail).await },
            )
        })
        .collect();
    for j in joins {
        assert_eq!(j.await.expect("task").expect("asked"), "requested");
    }
    assert_eq!(count(&db, mails, organiser).await, 2);
    assert!(
        matches!(
            db.group_messages(reader, second).await,
            Err(wegweiser_store::StoreError::NotFound)
        ),
        "a request is not membership"
    );
    // An outsider reads nothing and writes nothing.
    let outsider = parent(&db, 3).await;
    assert!(matches!(
        db.group_messages(outsider, id).await,
        Err(wegweiser_store::StoreError::NotFound)
    ));
    assert!(matches!(
        db.send_group_message(outsider, id, "Hallo", now(), no_mail)
            .await,
        Err(wegweiser_store::StoreError::NotFound)
    ));
}

/// A parent's sign-up as the form sends it, with `mail` for either outcome.
fn sign_up<'a>(
    email: &'a str,
    digest: &'a str,
    mail: &'a wegweiser_domain::mail::Mail,
) -> wegweiser_store::SignUp<'a> {
    wegweiser_store::SignUp {
        email,
        name: "",
        password_hash: "hash",
        token_digest: digest,
        new_mail: mail,
        existing_mail: mail,
        lang: "de",
    }
}

async fn unconfirmed_sign_ups_are_deleted_after_a_week(backend: Backend) {
    let db = open(backend).await;
    let mail = no_mail;
    for (email, digest) in [("a@example.de", "digest-a"), ("b@example.de", "digest-b")] {
        assert!(
            db.sign_up_parent(&sign_up(email, digest, &mail(email, "de")), now())
                .await
                .expect("sign up")
        );
    }
    assert!(
        !db.sign_up_parent(
            &sign_up("a@example.de", "digest-x", &mail("a", "de")),
            now()
        )
        .await
        .expect("known address"),
        "a known address makes no second account"
    );
    let b = db
        .confirm_email("digest-b", now())
        .await
        .expect("confirm")
        .expect("b's link");
    assert!(db.email_confirmed(b).await.expect("read"));
    assert!(
        db.confirm_email("digest-b", now())
            .await
            .expect("again")
            .is_none()
    );
    let week = now() + chrono::Duration::days(8);
    db.purge_expired(week).await.expect("purge");
    assert!(
        db.credentials("a@example.de")
            .await
            .expect("read")
            .is_none(),
        "unconfirmed: gone"
    );
    assert!(
        db.credentials("b@example.de")
            .await
            .expect("read")
            .is_some(),
        "confirmed: kept"
    );
}
