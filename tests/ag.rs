//! The AG on both stores (issue 18): invitations, proposals and reminders stay exact when many
//! requests arrive at once; answers after the start or to a meeting called off are refused;
//! a member who leaves is no longer invited.

use chrono::{DateTime, Duration, Utc};
use wegweiser_domain::accounts::Role;
use wegweiser_domain::ag::{Answer, Item, ItemStatus, MeetingDraft, PROPOSALS_PER_MEMBER};
use wegweiser_domain::mail::Mail;
use wegweiser_store::{AgInvite, CalendarMail, Db, StoreError};

use crate::both_backends;
use crate::support::{Backend, fresh_database};

both_backends! {
    invitations_proposals_and_reminders_hold_under_a_burst => super::invitations_proposals_and_reminders_hold_under_a_burst;
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

fn mail(to: &str) -> Mail {
    Mail {
        to: to.into(),
        subject: "AG".into(),
        body: "Text".into(),
    }
}

async fn queued(db: &Db, to: &str) -> usize {
    db.due_mail(now() + Duration::days(1), 10_000)
        .await
        .expect("queue")
        .iter()
        .filter(|m| m.to_addr == to)
        .count()
}

async fn invitations_proposals_and_reminders_hold_under_a_burst(backend: Backend) {
    let db = open(backend).await;
    let coordinator = db
        .create_account("k@example.de", "K", Role::Coordinator, None, &[], now())
        .await
        .expect("coordinator");
    let mut members = Vec::new();
    for i in 0..4 {
        let email = format!("m{i}@example.de");
        let id = db
            .create_account(&email, "M", Role::AgMember, None, &[], now())
            .await
            .expect("member");
        db.add_ag_member(id, &format!("Träger {i}"), "", now())
            .await
            .expect("membership");
        members.push((id, email));
    }
    // Tomorrow, so the reminder (two days ahead) is due.
    let local = wegweiser_domain::time::berlin_local(now());
    let draft = MeetingDraft {
        title: "AG-Sitzung".into(),
        date: (local.date() + Duration::days(1)).to_string(),
        time: "15:00".into(),
        duration_minutes: "90".into(),
        place: "Rathaus".into(),
        ..MeetingDraft::default()
    };
    let meeting = draft.checked(local).expect("meeting");
    let id = db
        .create_ag_meeting(&meeting, coordinator, now())
        .await
        .expect("create");

    // Eight senders at once: each member is invited once, with one mail.
    let tasks: Vec<_> = (0..8)
        .map(|n| {
            let db = db.clone();
            let members = members.clone();
            tokio::spawn(async move {
                let invites: Vec<AgInvite> = members
                    .iter()
                    .map(|(account, email)| AgInvite {
                        account_id: *account,
                        token_digest: format!("digest-{n}-{account}"),
                        mail: CalendarMail {
                            mail: mail(email),
                            ics: "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n".into(),
                        },
                    })
                    .collect();
                db.send_ag_invitations(id, &invites, coordinator, now())
                    .await
            })
        })
        .collect();
    let mut total = 0;
    for t in tasks {
        total += t.await.expect("task").expect("invite");
    }
    assert_eq!(total, members.len());
    for (_, email) in &members {
        assert_eq!(queued(&db, email).await, 1, "{email}");
    }
    assert_eq!(db.ag_rsvps(id).await.expect("rsvps").len(), members.len());

    // One member proposes ten items at once: the limit holds.
    let (proposer, _) = members[0].clone();
    let item = Item {
        title: "Thema".into(),
        presenter: String::new(),
        duration_minutes: 10,
        note: String::new(),
    };
    let tasks: Vec<_> = (0..10)
        .map(|_| {
            let db = db.clone();
            let item = item.clone();
            tokio::spawn(async move {
                db.add_ag_item(id, &item, ItemStatus::Proposed, proposer, now())
                    .await
            })
        })
        .collect();
    let (mut ok, mut full) = (0, 0);
    for t in tasks {
        match t.await.expect("task") {
            Ok(_) => ok += 1,
            Err(StoreError::Full { what: "proposals" }) => full += 1,
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(
        (ok, full),
        (PROPOSALS_PER_MEMBER, 10 - PROPOSALS_PER_MEMBER)
    );

    // Answers: one says no; the reminder, sent by three instances at once, goes once to each of
    // the others.
    db.answer_ag_meeting(id, members[1].0, Answer::No, "", "fresh-1", now())
        .await
        .expect("answer");
    assert_eq!(db.ag_reminders_due(now(), 2).await.expect("due"), vec![id]);
    let tasks: Vec<_> = (0..3)
        .map(|_| {
            let db = db.clone();
            tokio::spawn(async move {
                db.remind_ag_meeting(id, now(), |_, r| Mail {
                    to: r.email.clone(),
                    subject: "Erinnerung".into(),
                    body: String::new(),
                })
                .await
            })
        })
        .collect();
    let mut reminded = 0;
    for t in tasks {
        reminded += t.await.expect("task").expect("remind");
    }
    assert_eq!(reminded, members.len() - 1);
    assert_eq!(
        queued(&db, &members[1].1).await,
        1,
        "no reminder after a no"
    );
    assert_eq!(queued(&db, &members[0].1).await, 2);
    assert!(db.ag_reminders_due(now(), 2).await.expect("due").is_empty());

    // After the start no answer is taken; a member who leaves is no longer invited.
    let after = now() + Duration::days(3);
    assert!(matches!(
        db.answer_ag_meeting(id, members[2].0, Answer::Yes, "", "fresh-2", after)
            .await,
        Err(StoreError::Conflict)
    ));
    db.leave_ag(members[3].0, now()).await.expect("leave");
    assert_eq!(
        db.ag_rsvps(id).await.expect("rsvps").len(),
        members.len() - 1
    );
    assert!(db.ag_member(members[3].0).await.expect("member").is_none());
    // A year after the meeting its answers go; before, they stay.
    assert_eq!(db.purge_ag_answers(now(), 365).await.expect("purge"), 0);
    assert_eq!(
        db.purge_ag_answers(now() + Duration::days(367), 365)
            .await
            .expect("purge"),
        (members.len() - 1) as u64
    );
    // Called off: no answer either.
    db.cancel_ag_meeting(id, coordinator, now(), |m, r| CalendarMail {
        mail: mail(&r.email),
        ics: format!("SEQUENCE:{}", m.sequence),
    })
    .await
    .expect("cancel");
    assert!(matches!(
        db.answer_ag_meeting(id, members[2].0, Answer::Yes, "", "fresh-3", now())
            .await,
        Err(StoreError::Conflict)
    ));
}
