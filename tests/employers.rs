//! Employers and jobs on both stores (issue 17): the hours-window filter returns exactly the jobs
//! whose every working day fits, at the edges; expired jobs and unpublished companies never show;
//! only a company's people change its jobs.

use chrono::{DateTime, Utc};
use wegweiser_domain::accounts::Role;
use wegweiser_domain::employers::{Availability, RawEmployer, RawJob, WEEKDAYS};
use wegweiser_store::{Db, JobFilter, StoreError};

use crate::both_backends;
use crate::support::{Backend, fresh_database};

both_backends! {
    the_hours_window_finds_exactly_the_jobs_that_fit => super::the_hours_window_finds_exactly_the_jobs_that_fit;
    contact_requests_are_limited_and_cvs_expire => super::contact_requests_are_limited_and_cvs_expire;
    a_company_keeps_its_size_and_invitation_limits_under_a_burst => super::a_company_keeps_its_size_and_invitation_limits_under_a_burst;
    a_jobs_translations_go_with_the_job_and_the_company => super::a_jobs_translations_go_with_the_job_and_the_company;
}

/// A save without translations.
fn none() -> wegweiser_domain::editorial::SentTranslations {
    wegweiser_domain::editorial::SentTranslations::default()
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

fn today() -> chrono::NaiveDate {
    wegweiser_domain::time::berlin_local(now()).date()
}

fn company(name: &str) -> wegweiser_domain::employers::EmployerProfile {
    let mut raw = RawEmployer {
        name: name.into(),
        sector: "retail".into(),
        size: "small".into(),
        ortsteil: "fennpfuhl".into(),
        description: "Ein Laden.".into(),
        ..RawEmployer::default()
    };
    for c in wegweiser_domain::employers::Criterion::ALL {
        raw.answers
            .insert(c.as_str().into(), ("partly".into(), String::new()));
    }
    raw.validate().expect("company")
}

/// A job worked on `days` ("mon".."sun") from `start` to `end`, expiring in `days_left` days.
fn job(title: &str, days: &[&str], start: &str, end: &str, days_left: i64) -> RawJob {
    let mut raw = RawJob {
        title: title.into(),
        description: "Aufgaben".into(),
        kind: "job".into(),
        weekly_hours: "2".into(),
        expires_on: (today() + chrono::Duration::days(days_left)).to_string(),
        ..RawJob::default()
    };
    for d in days {
        let at = WEEKDAYS.iter().position(|w| w == d).expect("weekday");
        raw.days[at] = (start.into(), end.into());
    }
    raw
}

async fn the_hours_window_finds_exactly_the_jobs_that_fit(backend: Backend) {
    let db = open(backend).await;
    let ids = db
        .insert_employer_seed(&[(company("Laden (Beispiel)"), vec![])], now())
        .await
        .expect("seed");
    let shop = ids[0];
    let person = db
        .create_account(
            "laden@example.de",
            "Leitung",
            Role::Employer,
            None,
            &[],
            now(),
        )
        .await
        .expect("account");
    db.add_employer_person(person, shop).await.expect("link");
    let week = ["mon", "tue", "wed", "thu", "fri"];
    let jobs = [
        job("A exakt", &week, "8:30", "14:30", 30),
        job("B eine Minute früher", &week, "8:29", "14:30", 30),
        job("C eine Minute länger", &week, "8:30", "14:31", 30),
        job(
            "D mit Samstag",
            &["mon", "tue", "wed", "thu", "fri", "sat"],
            "9:00",
            "13:00",
            30,
        ),
        job("E Di und Do", &["tue", "thu"], "9:00", "12:00", 30),
        job("F nur Sonntag", &["sun"], "10:00", "14:00", 30),
        job("G läuft heute ab", &week, "9:00", "12:00", 0),
    ];
    for raw in &jobs {
        let offer = raw.validate(today()).expect("job");
        db.save_job(person, shop, None, &offer, &none(), now())
            .await
            .expect("save");
    }
    // An expired job (saved while valid, now past its day) never shows.
    let mut old = job("H abgelaufen", &week, "9:00", "12:00", 1)
        .validate(today())
        .expect("job");
    old.expires_on = today() - chrono::Duration::days(1);
    db.save_job(person, shop, None, &old, &none(), now())
        .await
        .expect("save");

    let find = |days: &[&str], from: &str, to: &str| {
        let days: Vec<String> = days.iter().map(|d| d.to_string()).collect();
        let filter = JobFilter {
            availability: Some(Availability::parse(&days, from, to).expect("availability")),
            ..JobFilter::default()
        };
        let db = db.clone();
        async move {
            let mut titles: Vec<String> = db
                .find_jobs(&filter, today())
                .await
                .expect("find")
                .into_iter()
                .map(|j| {
                    j.job
                        .title
                        .chars()
                        .next()
                        .map(String::from)
                        .unwrap_or_default()
                })
                .collect();
            titles.sort();
            titles.join("")
        }
    };
    for (days, from, to, expected) in [
        (&week[..], "8:30", "14:30", "AEG"),
        (&week[..], "8:29", "14:31", "ABCEG"),
        (&week[..], "8:31", "14:30", "EG"),
        (&week[..], "9:00", "12:00", "EG"),
        (&["tue", "thu"][..], "9:00", "12:00", "E"),
        (&["tue"][..], "9:00", "12:00", ""),
        (
            &["mon", "tue", "wed", "thu", "fri", "sat"][..],
            "8:00",
            "15:00",
            "ABCDEG",
        ),
        (&WEEKDAYS[..], "0:00", "23:59", "ABCDEFG"),
        (&["sun"][..], "10:00", "14:00", "F"),
        (&["sun"][..], "10:01", "14:00", ""),
    ] {
        assert_eq!(find(days, from, to).await, expected, "{days:?} {from}–{to}");
    }
    // Without an availability: every job that has not expired.
    assert_eq!(
        db.find_jobs(&JobFilter::default(), today())
            .await
            .expect("all")
            .len(),
        7
    );

    // Another company's person changes nothing of this one's jobs.
    let other = db
        .insert_employer_seed(&[(company("Anderer (Beispiel)"), vec![])], now())
        .await
        .expect("seed")[0];
    let stranger = db
        .create_account(
            "fremd@example.de",
            "Fremd",
            Role::Employer,
            None,
            &[],
            now(),
        )
        .await
        .expect("account");
    db.add_employer_person(stranger, other).await.expect("link");
    let some_job = db.employer_jobs(shop).await.expect("jobs")[0].id;
    let offer = jobs[0].validate(today()).expect("job");
    assert!(matches!(
        db.save_job(stranger, shop, Some(some_job), &offer, &none(), now())
            .await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        db.save_job(stranger, other, Some(some_job), &offer, &none(), now())
            .await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        db.delete_job(stranger, some_job, now()).await,
        Err(StoreError::NotFound)
    ));
    db.delete_job(person, some_job, now()).await.expect("own");
}

fn no_mail(to: &str, _lang: &str) -> wegweiser_domain::mail::Mail {
    wegweiser_domain::mail::Mail {
        to: to.to_string(),
        subject: "Anfrage".into(),
        body: "Text".into(),
    }
}

async fn contact_requests_are_limited_and_cvs_expire(backend: Backend) {
    use wegweiser_domain::employers::{CONTACTS_PER_DAY, ContactShare};
    let db = open(backend).await;
    let shop = db
        .insert_employer_seed(&[(company("Laden (Beispiel)"), vec![])], now())
        .await
        .expect("seed")[0];
    let parent = db
        .create_account("mutter@example.de", "", Role::Parent, None, &[], now())
        .await
        .expect("account");
    let share = ContactShare {
        name: String::new(),
        phone: String::new(),
        share_email: true,
        message: "Hallo".into(),
    };
    // Four more requests than a day allows, all at once: exactly the limit is stored.
    let n = CONTACTS_PER_DAY as usize + 4;
    let tasks: Vec<_> = (0..n)
        .map(|_| {
            let db = db.clone();
            let share = share.clone();
            tokio::spawn(async move {
                let pdf = b"%PDF-1.4 %%EOF".to_vec();
                db.send_job_contact(
                    parent,
                    shop,
                    None,
                    &share,
                    Some(("cv.pdf", pdf.as_slice())),
                    now(),
                    no_mail,
                )
                .await
            })
        })
        .collect();
    let (mut sent, mut refused) = (Vec::new(), 0);
    for t in tasks {
        match t.await.expect("task") {
            Ok(id) => sent.push(id),
            Err(StoreError::Full { what: "contacts" }) => refused += 1,
            other => panic!("unexpected answer {other:?}"),
        }
    }
    assert_eq!((sent.len(), refused), (CONTACTS_PER_DAY as usize, 4));
    let first = sent[0];
    assert!(db.job_contact_cv(parent, first).await.is_ok());
    // After the CV's retention time the CV is gone; the request and its message stay.
    let later = now() + chrono::Duration::days(91);
    assert!(db.purge_job_contacts(later, 90).await.expect("purge") >= 10);
    assert!(matches!(
        db.job_contact_cv(parent, first).await,
        Err(StoreError::NotFound)
    ));
    assert_eq!(
        db.parent_job_contacts(parent).await.expect("list").len(),
        CONTACTS_PER_DAY as usize
    );
    // Deleting the account removes its requests.
    db.delete_account(parent, now()).await.expect("delete");
    let count = "SELECT COUNT(*) FROM job_contact";
    let left: i64 = match &db {
        Db::Sqlite(p) => sqlx::query_scalar(count).fetch_one(p).await,
        Db::Postgres(p) => sqlx::query_scalar(count).fetch_one(p).await,
    }
    .expect("count");
    assert_eq!(left, 0);
}

async fn a_company_keeps_its_size_and_invitation_limits_under_a_burst(backend: Backend) {
    use wegweiser_domain::employers::{EMPLOYER_PEOPLE_MAX, TEAM_INVITES_PER_DAY};
    use wegweiser_domain::mail::Mail;
    let db = open(backend).await;
    let shop = db
        .insert_employer_seed(&[(company("Laden (Beispiel)"), vec![])], now())
        .await
        .expect("seed")[0];
    let first = db
        .create_account("chefin@example.de", "", Role::Employer, None, &[], now())
        .await
        .expect("account");
    db.add_employer_person(first, shop).await.expect("link");
    let invite = |n: usize| {
        let db = db.clone();
        tokio::spawn(async move {
            let email = format!("kollege{n}@example.de");
            let mail = Mail {
                to: email.clone(),
                subject: "Einladung".into(),
                body: "Link".into(),
            };
            db.invite(
                &wegweiser_store::Invitation {
                    email: &email,
                    name: "Kollege",
                    role: Role::Employer,
                    organizations: &[],
                    token_digest: &format!("digest{n}"),
                    invited_by: first,
                    mail: &mail,
                    employer: Some(shop),
                    known_mail: Some(&mail),
                    ag: None,
                },
                now(),
            )
            .await
        })
    };
    // Twelve invitations at once: the company fills up to its limit, no further.
    let tasks: Vec<_> = (0..12).map(invite).collect();
    let (mut made, mut full) = (0, 0);
    for t in tasks {
        match t.await.expect("task") {
            Ok(_) => made += 1,
            Err(StoreError::Full { what: "people" }) => full += 1,
            other => panic!("unexpected answer {other:?}"),
        }
    }
    let people = db.employer_people(shop).await.expect("people");
    assert_eq!(people.len() as i64, EMPLOYER_PEOPLE_MAX);
    assert_eq!(made, EMPLOYER_PEOPLE_MAX - 1);
    assert_eq!(full, 12 - made);
    // Removing people does not make room for more invitations than a day allows.
    for p in people.iter().filter(|p| p.id != first) {
        db.remove_employer_person(first, shop, p.id, now())
            .await
            .expect("remove");
    }
    // Invitations never taken up leave no account behind.
    assert!(
        db.credentials("kollege0@example.de")
            .await
            .expect("q")
            .is_none()
    );
    let left = TEAM_INVITES_PER_DAY - made;
    let tasks: Vec<_> = (100..106).map(invite).collect();
    let (mut made2, mut throttled) = (0, 0);
    for t in tasks {
        match t.await.expect("task") {
            Ok(_) => made2 += 1,
            Err(StoreError::Full {
                what: "invitations",
            }) => throttled += 1,
            other => panic!("unexpected answer {other:?}"),
        }
    }
    assert_eq!((made2, throttled), (left, 6 - left));
    // The last person stays; someone from elsewhere changes nothing.
    for p in db.employer_people(shop).await.expect("people") {
        if p.id != first {
            db.remove_employer_person(first, shop, p.id, now())
                .await
                .expect("remove");
        }
    }
    let last = db.remove_employer_person(first, shop, first, now()).await;
    assert!(matches!(last, Err(StoreError::Conflict)), "{last:?}");
    assert_eq!(db.employer_people(shop).await.expect("people").len(), 1);
    let stranger = db
        .create_account("fremd@example.de", "", Role::Employer, None, &[], now())
        .await
        .expect("account");
    assert!(matches!(
        db.remove_employer_person(stranger, shop, first, now())
            .await,
        Err(StoreError::NotFound)
    ));
}

/// A job's translations are kept with it, and removed with the job and with the company's last
/// person: no text of a company outlives it in the translation table.
async fn a_jobs_translations_go_with_the_job_and_the_company(backend: Backend) {
    use std::collections::BTreeMap;
    use wegweiser_domain::editorial::SentTranslations;
    let db = open(backend).await;
    let shop = db
        .insert_employer_seed(&[(company("Laden (Beispiel)"), vec![])], now())
        .await
        .expect("seed")[0];
    let person = db
        .create_account("chefin@example.de", "", Role::Employer, None, &[], now())
        .await
        .expect("account");
    db.add_employer_person(person, shop).await.expect("link");
    let sent = SentTranslations {
        texts: Some(BTreeMap::from([(
            "vi".to_string(),
            BTreeMap::from([("title".to_string(), "Bán hàng".to_string())]),
        )])),
        ..SentTranslations::default()
    };
    let offer = job("Verkauf", &["mon"], "9:00", "12:00", 30)
        .validate(today())
        .expect("job");
    let first = db
        .save_job(person, shop, None, &offer, &sent, now())
        .await
        .expect("save");
    db.save_job(person, shop, None, &offer, &sent, now())
        .await
        .expect("save");
    let jobs = db.employer_jobs(shop).await.expect("jobs");
    assert!(jobs.iter().all(|j| j.translations.len() == 1
        && j.translations[0].value == "Bán hàng"
        && !j.translations[0].outdated));
    let count = || {
        let db = db.clone();
        async move {
            let sql = "SELECT COUNT(*) FROM translation WHERE entity = 'job'";
            let n: i64 = match &db {
                Db::Sqlite(p) => sqlx::query_scalar(sql).fetch_one(p).await,
                Db::Postgres(p) => sqlx::query_scalar(sql).fetch_one(p).await,
            }
            .expect("count");
            n
        }
    };
    assert_eq!(count().await, 2);
    db.delete_job(person, first, now()).await.expect("delete");
    assert_eq!(
        count().await,
        1,
        "the deleted job's translation went with it"
    );
    db.delete_account(person, now())
        .await
        .expect("delete account");
    assert_eq!(
        count().await,
        0,
        "the company went with its last person, and its job's texts"
    );
}
