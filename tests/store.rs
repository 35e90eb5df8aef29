//! Store tests on both backends: migrations, transactional writes, what public reads return.

use chrono::NaiveDate;
use wegweiser_domain::seed::DirectorySeed;
use wegweiser_store::{Db, OfferSelect};

use crate::both_backends;
use crate::support::{Backend, fresh_database};

both_backends! {
    migrations_run_twice => super::migrations_run_twice;
    seed_is_all_or_nothing => super::seed_is_all_or_nothing;
    public_reads_redact_and_round_trip => super::public_reads_redact_and_round_trip;
    chains_keep_draft_and_published_apart => super::chains_keep_draft_and_published_apart;
}

async fn open(b: Backend) -> Db {
    let db = Db::connect(&fresh_database(b).await)
        .await
        .expect("connect");
    db.migrate().await.expect("migrate");
    db
}

const GOOD: &str = r#"
[[organization]]
name = "Träger A"
kind = "provider"
description = { de = "Beschreibung", en = "Description" }
  [[organization.location]]
  key = "a"
  name = "Haus A"
  street = "Beispielstraße 1"
  postcode = "10369"
  lat = 52.5316
  lon = 13.4739
  wheelchair = true
  [[organization.location]]
  key = "secret"
  name = "Schutzraum"
  street = "Geheimweg 7"
  postcode = "10365"
  lat = 52.515
  lon = 13.485
  confidential = true
  contact_note = { de = "Nur über die Hotline", en = "Only through the hotline" }
  [[organization.offer]]
  name = { de = "Beratung A", en = "Counselling A" }
  summary = "Kurz"
  categories = ["beratung", "geld-und-leistungen"]
  target_groups = ["single-parents"]
  languages = ["de", "tr"]
  cost = "free"
  access = "walk_in"
  locations = ["a"]
  hours = ["Mo-Fr 09:00-12:00", "Do 14:00-18:00"]
  exceptions = [{ date = "2026-12-24" }, { date = "2026-12-28", hours = "10:00-11:00", note = "kurz" }]
  [[organization.offer]]
  name = "Schutz"
  categories = ["krise-und-notfall"]
  cost = "free"
  access = "appointment"
  locations = ["secret"]
  [[organization.offer]]
  name = "Entwurf"
  status = "draft"
  categories = ["beratung"]
  cost = "paid"
  access = "both"
"#;

async fn migrations_run_twice(b: Backend) {
    let db = open(b).await;
    db.migrate().await.expect("second migration run is a no-op");
    let cats = db.categories().await.unwrap();
    assert_eq!(cats.len(), 11);
    assert_eq!(cats[0].slug, "beratung");
    assert_eq!(cats[0].name.get("en"), "Counselling");
    assert!(db.directory_is_empty().await.unwrap());
    db.ping().await.unwrap();
}

async fn seed_is_all_or_nothing(b: Backend) {
    let db = open(b).await;
    // The second organisation names a category that does not exist: nothing may be written.
    let bad = format!(
        "{GOOD}\n[[organization]]\nname = \"B\"\nkind = \"provider\"\n  [[organization.offer]]\n  name = \"X\"\n  categories = [\"gibt-es-nicht\"]\n  cost = \"free\"\n  access = \"both\"\n"
    );
    let seed: DirectorySeed = toml::from_str(&bad).unwrap();
    let err = db
        .insert_seed(&seed, crate::support::clock().now())
        .await
        .unwrap_err();
    assert!(err.to_string().contains("gibt-es-nicht"), "{err}");
    assert!(
        db.directory_is_empty().await.unwrap(),
        "a failed seed left data behind"
    );
    assert!(
        db.published_offers(OfferSelect::All)
            .await
            .unwrap()
            .is_empty()
    );
    let seed: DirectorySeed = toml::from_str(GOOD).unwrap();
    let report = db
        .insert_seed(&seed, crate::support::clock().now())
        .await
        .unwrap();
    assert_eq!(
        (report.organizations, report.locations, report.offers),
        (1, 2, 3)
    );
}

async fn public_reads_redact_and_round_trip(b: Backend) {
    let db = open(b).await;
    let seed: DirectorySeed = toml::from_str(GOOD).unwrap();
    db.insert_seed(&seed, crate::support::clock().now())
        .await
        .unwrap();
    let offers = db.published_offers(OfferSelect::All).await.unwrap();
    assert_eq!(offers.len(), 2, "the draft is not read");
    let a = offers.iter().find(|o| o.name.de == "Beratung A").unwrap();
    assert_eq!(a.name.get("en"), "Counselling A");
    assert_eq!(a.categories, ["beratung", "geld-und-leistungen"]);
    assert_eq!(a.languages, ["de", "tr"]);
    assert_eq!(a.hours.weekly.len(), 6);
    assert_eq!(a.hours.exceptions.len(), 2);
    assert_eq!(
        a.last_verified,
        Some(NaiveDate::from_ymd_opt(2026, 11, 12).unwrap())
    );
    assert_eq!(
        a.locations[0].ortsteil.as_deref(),
        Some("fennpfuhl"),
        "Ortsteil found from the coordinates"
    );
    assert!(a.wheelchair_access());
    let s = offers.iter().find(|o| o.name.de == "Schutz").unwrap();
    let l = &s.locations[0];
    assert!(l.confidential && l.address.is_none() && l.position.is_none() && l.ortsteil.is_none());
    assert_eq!(l.contact_note.get("en"), "Only through the hotline");
    let one = db.published_offer(a.id).await.unwrap();
    assert_eq!(&one, a);
    let org = db.organization(a.organization.id).await.unwrap();
    assert_eq!(org.description.get("en"), "Description");
    let by_org = db
        .published_offers(OfferSelect::ByOrganization(org.id))
        .await
        .unwrap();
    assert_eq!(by_org.len(), 2);
    assert!(matches!(
        db.published_offer(999_999).await,
        Err(wegweiser_store::StoreError::NotFound)
    ));
}

both_backends! {
    invitations_are_all_or_nothing_and_mail_is_claimed_once => super::invitations_are_all_or_nothing_and_mail_is_claimed_once;
}

/// An invitation writes account, link and mail together (a taken address writes none of them); a
/// queued mail is taken by one worker only, and a failure schedules the next attempt.
async fn invitations_are_all_or_nothing_and_mail_is_claimed_once(b: Backend) {
    use chrono::Duration;
    use wegweiser_domain::accounts::{Role, TokenPurpose};
    use wegweiser_domain::mail::Mail;
    use wegweiser_store::Invitation;

    let db = open(b).await;
    let now = crate::support::clock().now();
    let boss = db
        .create_account("k@example.de", "", Role::Coordinator, Some("x"), &[], now)
        .await
        .unwrap();
    let mail = Mail {
        to: "r@example.de".into(),
        subject: "Einladung".into(),
        body: "Link".into(),
    };
    let inv = |email: &'static str, digest: &'static str| Invitation {
        email,
        name: "",
        role: Role::ProviderEditor,
        organizations: &[],
        token_digest: digest,
        invited_by: boss,
        mail: &mail,
        employer: None,
        known_mail: None,
        ag: None,
    };
    db.invite(&inv("r@example.de", "d1"), now).await.unwrap();
    // An address with an account, or an organisation that does not exist: nothing is created, and
    // the error says which (the form shows the first at the address field).
    assert!(matches!(
        db.invite(&inv("k@example.de", "d2"), now).await,
        Err(wegweiser_store::StoreError::Duplicate { what: "account" })
    ));
    let unknown = Invitation {
        organizations: &[999_999],
        ..inv("neu@example.de", "d3")
    };
    assert!(matches!(
        db.invite(&unknown, now).await,
        Err(wegweiser_store::StoreError::Unknown {
            what: "organisation",
            ..
        })
    ));
    assert!(db.credentials("neu@example.de").await.unwrap().is_none());
    assert!(
        db.token_account("d2", TokenPurpose::Invitation, now)
            .await
            .unwrap()
            .is_none()
    );
    let queued = db.due_mail(now, 10).await.unwrap();
    assert_eq!(queued.len(), 1, "the refused invitation queued no mail");

    let invited = db
        .token_account("d1", TokenPurpose::Invitation, now)
        .await
        .unwrap();
    assert_eq!(invited.map(|a| a.email), Some("r@example.de".into()));
    assert!(
        db.token_account("d1", TokenPurpose::Invitation, now + Duration::days(8))
            .await
            .unwrap()
            .is_none(),
        "an invitation expires after a week"
    );

    let m = &queued[0];
    assert!(db.claim_mail(m, now + Duration::minutes(2)).await.unwrap());
    assert!(
        !db.claim_mail(m, now + Duration::minutes(2)).await.unwrap(),
        "a second worker gets nothing"
    );
    db.mail_failed(m.id, "connection refused", now + Duration::minutes(1))
        .await
        .unwrap();
    let again = db.due_mail(now + Duration::minutes(1), 10).await.unwrap();
    assert_eq!(again[0].attempts, 1);
    assert!(again[0].next_attempt_at > now);
    assert!(
        db.due_mail(now, 10).await.unwrap().is_empty(),
        "a message waiting for its retry is not due"
    );
    db.mail_sent(m.id, now).await.unwrap();
    assert!(
        db.due_mail(now + Duration::days(1), 10)
            .await
            .unwrap()
            .is_empty()
    );

    let set = db
        .set_password_with_token("d1", TokenPurpose::Invitation, "hash", now)
        .await
        .unwrap();
    assert!(set.is_some());
    assert!(
        db.set_password_with_token("d1", TokenPurpose::Invitation, "hash", now)
            .await
            .unwrap()
            .is_none(),
        "a link works once"
    );
}

both_backends! {
    expired_sessions_and_links_are_purged => super::expired_sessions_and_links_are_purged;
}

async fn expired_sessions_and_links_are_purged(b: Backend) {
    use chrono::Duration;
    use wegweiser_domain::accounts::Role;

    let db = open(b).await;
    let now = crate::support::clock().now();
    let id = db
        .create_account("k@example.de", "", Role::Coordinator, Some("x"), &[], now)
        .await
        .unwrap();
    db.create_session(
        "old",
        id,
        "c1",
        "de",
        now - Duration::hours(10),
        now - Duration::hours(2),
    )
    .await
    .unwrap();
    db.create_session("live", id, "c2", "de", now, now + Duration::hours(8))
        .await
        .unwrap();
    assert_eq!(db.purge_expired(now).await.unwrap(), 1);
    assert!(db.session("live", now).await.unwrap().is_some());
    assert!(
        db.session("old", now - Duration::hours(3))
            .await
            .unwrap()
            .is_none(),
        "gone from the store"
    );
}

async fn chains_keep_draft_and_published_apart(b: Backend) {
    use wegweiser_domain::chains::{Chain, Step};
    use wegweiser_domain::directory::{PublicationStatus, Translated};
    use wegweiser_store::StoreError;
    let db = open(b).await;
    let now = crate::support::clock().now();
    let step = |key: &str, title: &str| Step {
        key: key.into(),
        title: Translated::new(title),
        offers: vec![7, 9],
        ..Default::default()
    };
    let mut chain = Chain {
        title: Translated::new("Schwanger und allein"),
        ..Default::default()
    };
    let id = db
        .create_chain("schwanger", &chain, None, now)
        .await
        .unwrap();
    assert!(matches!(
        db.create_chain("schwanger", &chain, None, now).await,
        Err(StoreError::Duplicate { what: "slug" })
    ));
    // A chain without steps cannot be published; nothing changes.
    assert!(matches!(
        db.publish_chain(id, 1, None, now).await,
        Err(StoreError::Incomplete("chain"))
    ));
    assert!(matches!(
        db.published_chain("schwanger").await,
        Err(StoreError::NotFound)
    ));
    chain.steps = vec![step("s1", "Beratung"), step("s2", "Kindergeld")];
    let v = db.save_chain_draft(id, 1, &chain, None, now).await.unwrap();
    assert_eq!(v, 2);
    // A save from the old version is refused, not merged.
    assert!(matches!(
        db.save_chain_draft(id, 1, &chain, None, now).await,
        Err(StoreError::Conflict)
    ));
    assert!(matches!(
        db.save_chain_draft(999, 1, &chain, None, now).await,
        Err(StoreError::NotFound)
    ));
    db.publish_chain(id, 2, None, now).await.unwrap();
    let public = db.published_chain("schwanger").await.unwrap();
    assert_eq!(public, chain, "the JSON document round-trips");
    // A new draft does not touch the public version until it is published…
    let mut edited = chain.clone();
    edited.title = Translated::new("Schwanger – was jetzt?");
    db.save_chain_draft(id, 3, &edited, None, now)
        .await
        .unwrap();
    assert_eq!(db.published_chain("schwanger").await.unwrap(), chain);
    let r = db.chain_for_edit(id).await.unwrap();
    assert!(r.has_unpublished_changes());
    assert_eq!(r.status, PublicationStatus::Published);
    // …and discarding it brings the draft back to the public version.
    db.discard_chain_draft(id, 4, None, now).await.unwrap();
    let r = db.chain_for_edit(id).await.unwrap();
    assert_eq!(r.draft, chain);
    assert!(!r.has_unpublished_changes());
    // Order of the public list, and taking one offline.
    let other = db
        .create_chain("trennung", &chain, None, now)
        .await
        .unwrap();
    db.publish_chain(other, 1, None, now).await.unwrap();
    let slugs = |v: Vec<(String, Chain)>| v.into_iter().map(|(s, _)| s).collect::<Vec<_>>();
    assert_eq!(
        slugs(db.published_chains().await.unwrap()),
        ["schwanger", "trennung"]
    );
    db.move_chain(other, -1).await.unwrap();
    assert_eq!(
        slugs(db.published_chains().await.unwrap()),
        ["trennung", "schwanger"]
    );
    db.set_chain_status(id, 5, PublicationStatus::Draft, None, now)
        .await
        .unwrap();
    assert_eq!(slugs(db.published_chains().await.unwrap()), ["trennung"]);
    let (audit, _) = db.audit_page(0, 50).await.unwrap();
    let actions: Vec<&str> = audit.iter().map(|a| a.action.as_str()).collect();
    for a in [
        "chain_created",
        "chain_edited",
        "chain_published",
        "chain_draft_discarded",
        "chain_unpublished",
    ] {
        assert!(actions.contains(&a), "audit log has {a}: {actions:?}");
    }
}

both_backends! {
    newsletter_confirms_in_time_and_sends_once_to_confirmed_only => super::newsletter_confirms_in_time_and_sends_once_to_confirmed_only;
    articles_publish_on_time_and_refuse_stale_saves => super::articles_publish_on_time_and_refuse_stale_saves;
}

async fn newsletter_confirms_in_time_and_sends_once_to_confirmed_only(b: Backend) {
    use chrono::Duration;
    use wegweiser_domain::accounts::Role;
    use wegweiser_domain::mail::Mail;
    use wegweiser_domain::news::IssueDoc;
    use wegweiser_store::{StoreError, Subscribed};
    let db = open(b).await;
    let now = crate::support::clock().now();
    let me = db
        .create_account("k@example.de", "", Role::Coordinator, Some("x"), &[], now)
        .await
        .unwrap();
    let mail = |to: &str| Mail {
        to: to.into(),
        subject: "Bitte bestätigen".into(),
        body: "Link".into(),
    };
    let sub = |email: &'static str, digest: &'static str, leave: &'static str, at| {
        let db = db.clone();
        let m = mail(email);
        async move {
            db.subscribe(email, "de", digest, leave, &m, at)
                .await
                .unwrap()
        }
    };
    // A asks 8 days ago and never confirms; B confirms; C confirms, then leaves.
    sub("a@example.de", "da", "la", now - Duration::days(8)).await;
    sub("b@example.de", "db", "lb", now).await;
    sub("c@example.de", "dc", "lc", now).await;
    let week_ago = now - Duration::days(7);
    assert!(
        !db.confirm_subscription("da", week_ago, now).await.unwrap(),
        "a link older than 7 days no longer confirms"
    );
    assert!(db.confirm_subscription("db", week_ago, now).await.unwrap());
    assert!(db.confirm_subscription("dc", week_ago, now).await.unwrap());
    assert!(
        !db.confirm_subscription("db", week_ago, now).await.unwrap(),
        "once"
    );
    assert_eq!(
        sub("b@example.de", "db2", "lb2", now).await,
        Subscribed::AlreadyConfirmed
    );
    assert_eq!(db.subscriber_counts().await.unwrap(), (2, 1));
    assert!(db.unsubscribe("lc").await.unwrap());
    assert!(!db.unsubscribe("lc").await.unwrap(), "already gone");
    assert_eq!(
        db.purge_unconfirmed(week_ago).await.unwrap(),
        1,
        "A deleted"
    );
    assert_eq!(db.subscriber_counts().await.unwrap(), (1, 0));

    let id = db
        .create_issue(&IssueDoc::default(), me, now)
        .await
        .unwrap();
    let before = db.due_mail(now, 100).await.unwrap().len();
    let sent = db
        .send_issue(id, 1, me, now, |s| {
            (
                mail(&s.email),
                format!("/newsletter/abmelden/{}", s.unsubscribe_token),
            )
        })
        .await
        .unwrap();
    assert_eq!(sent, 1);
    let queued = db.due_mail(now, 100).await.unwrap();
    assert_eq!(queued.len(), before + 1);
    let last = queued.last().unwrap();
    assert_eq!(last.to_addr, "b@example.de");
    assert_eq!(
        last.list_unsubscribe.as_deref(),
        Some("/newsletter/abmelden/lb")
    );
    assert!(matches!(
        db.send_issue(id, 1, me, now, |s| (mail(&s.email), String::new()))
            .await,
        Err(StoreError::Conflict)
    ));
    assert!(
        matches!(
            db.save_issue(id, 1, &IssueDoc::default(), now).await,
            Err(StoreError::Conflict)
        ),
        "a sent issue is not changed"
    );
    assert_eq!(db.due_mail(now, 100).await.unwrap().len(), before + 1);
    assert_eq!(db.issue(id).await.unwrap().recipients, 1);
}

async fn articles_publish_on_time_and_refuse_stale_saves(b: Backend) {
    use chrono::Duration;
    use wegweiser_domain::accounts::Role;
    use wegweiser_domain::directory::{PublicationStatus, Translated};
    use wegweiser_domain::news::{ArticleDoc, ArticleKind, ImageInfo};
    use wegweiser_store::{ArticleSave, StoreError};
    let db = open(b).await;
    let now = crate::support::clock().now();
    let me = db
        .create_account("k@example.de", "", Role::Coordinator, Some("x"), &[], now)
        .await
        .unwrap();
    let doc = ArticleDoc {
        title: Translated::new("Aktionswoche"),
        ..Default::default()
    };
    let png = ImageInfo {
        content_type: "image/png",
        width: 2,
        height: 1,
    };
    let save = |id, version, at, image, remove_image| ArticleSave {
        id,
        version,
        slug: "aktionswoche",
        kind: ArticleKind::Campaign,
        status: PublicationStatus::Published,
        publish_at: at,
        doc: &doc,
        image,
        kept_image: None,
        remove_image,
    };
    let tomorrow = now + Duration::days(1);
    let id = db
        .save_article(
            &save(None, 0, tomorrow, Some((png, b"one")), false),
            me,
            now,
        )
        .await
        .unwrap();
    assert!(
        db.public_articles(None, now, 10).await.unwrap().is_empty(),
        "not yet"
    );
    assert!(matches!(
        db.public_article(ArticleKind::Campaign, "aktionswoche", now)
            .await,
        Err(StoreError::NotFound)
    ));
    let a = db.article_for_edit(id).await.unwrap();
    let first_image = a.image.unwrap().id;
    assert_eq!(db.media(first_image).await.unwrap().1, b"one");
    assert_eq!(
        db.public_articles(None, tomorrow, 10).await.unwrap().len(),
        1,
        "public from its time on"
    );

    // A new image replaces the old one, which is deleted with the change.
    db.save_article(&save(Some(id), 1, now, Some((png, b"two")), false), me, now)
        .await
        .unwrap();
    let a = db
        .public_article(ArticleKind::Campaign, "aktionswoche", now)
        .await
        .unwrap();
    assert_eq!(a.version, 2);
    assert_ne!(a.image.unwrap().id, first_image);
    assert!(matches!(
        db.media(first_image).await,
        Err(StoreError::NotFound)
    ));
    // A save from the first version's form: refused, nothing changed.
    assert!(matches!(
        db.save_article(&save(Some(id), 1, now, None, true), me, now)
            .await,
        Err(StoreError::Conflict)
    ));
    assert!(db.article_for_edit(id).await.unwrap().image.is_some());
    // Another article with the same slug: refused.
    assert!(matches!(
        db.save_article(&save(None, 0, now, None, false), me, now)
            .await,
        Err(StoreError::Duplicate { what: "slug" })
    ));
    assert!(db.article_slug_taken("aktionswoche", None).await.unwrap());
    assert!(
        !db.article_slug_taken("aktionswoche", Some(id))
            .await
            .unwrap()
    );
    // Uploads kept for a second attempt: taken by the save that names them, never another
    // article's image; those never used are purged after their time, used ones stay.
    let kept = db.keep_upload(&png, b"kept", now).await.unwrap();
    let unused = db.keep_upload(&png, b"never used", now).await.unwrap();
    let in_use = db.article_for_edit(id).await.unwrap().image.unwrap().id;
    let mut with_kept = save(Some(id), 2, now, None, false);
    with_kept.kept_image = Some(kept);
    db.save_article(&with_kept, me, now).await.unwrap();
    assert_eq!(
        db.article_for_edit(id).await.unwrap().image.unwrap().id,
        kept
    );
    assert!(
        matches!(db.media(in_use).await, Err(StoreError::NotFound)),
        "the replaced image goes"
    );
    assert_eq!(
        db.purge_unused_media(now).await.unwrap(),
        0,
        "nothing older than now"
    );
    assert_eq!(
        db.purge_unused_media(now + Duration::days(2))
            .await
            .unwrap(),
        1,
        "the unused upload goes, the article's image stays"
    );
    assert!(matches!(db.media(unused).await, Err(StoreError::NotFound)));
    assert_eq!(db.media(kept).await.unwrap().1, b"kept");
}
