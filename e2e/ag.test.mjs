// The AG in a real browser (issue 18): the coordinator invites five members and prepares a meeting
// with three agenda items, invites (five mails, each with a calendar part read by Python's
// icalendar), two members answer through their links at 375 px, one proposes an item, the
// coordinator takes it up, moves the meeting (an update: same UID, SEQUENCE 1), writes minutes
// with a decision and an action item and publishes them; a second instance's housekeeping reminds
// the owner; the open item stands on the next meeting's agenda; agenda and sign-in sheet print on
// one A4 page each. axe-core on every page on the way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { startServer, launchBrowser, skipReason, signIn, COORDINATOR, DESKTOP, PHONE, watchRequests, noHorizontalScroll } from './lib/server.mjs';
import { violations } from './lib/axe.mjs';

const skip = skipReason();
let server, browser;

before(async () => {
  if (skip) return;
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); server?.stop(); });

const PASSWORD = 'ein langes Passwort für die AG';

/** The outbox's mails (soft line breaks of quoted-printable removed), with their files. */
function mails() {
  const dir = join(server.dir, 'outbox');
  return readdirSync(dir).filter((f) => f.endsWith('.eml')).sort()
    .map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '=') }));
}

/** Waits until `n` mails match `pred`. */
async function waitMails(pred, n) {
  for (let i = 0; i < 100; i++) {
    const found = mails().filter(pred);
    if (found.length >= n) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`fewer than ${n} matching mails`);
}

/** What Python's email and icalendar packages read from the mails' calendar parts. */
function calendars(files) {
  const py = process.env.WEGWEISER_TEST_PYTHON || 'python3';
  const r = spawnSync(py, ['../tests/ag_mail_check.py', ...files], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l));
}

const member = (i) => `mitglied${i}-e2e@example.de`;

test('AG: prepare, invite, answer, propose, move, minutes, reminder, carry-over (axe, A4)', { skip: skip || false }, async () => {
  const failures = [];
  const check = async (page, name) => {
    for (const v of await violations(page)) failures.push(`${name}: ${v}`);
    if (!(await noHorizontalScroll(page))) failures.push(`${name}: scrolls sideways`);
  };
  const kctx = await browser.newContext({ ...DESKTOP, bypassCSP: true, locale: 'de-DE' });
  const k = await kctx.newPage();
  const foreign = watchRequests(k, server.base);
  await signIn(k, server.base, COORDINATOR);

  // Five members from five organisations.
  for (let i = 1; i <= 5; i++) {
    await k.goto(`${server.base}/ag/mitglieder`);
    await k.fill('#m-name', `Mitglied ${i} (Test)`);
    await k.fill('#m-email', member(i));
    await k.fill('#m-organisation', `Träger ${i} (Test)`);
    await k.fill('#m-function', 'Leitung');
    await Promise.all([k.waitForNavigation(), k.click('form[action="/ag/mitglieder"] button[type=submit]')]);
  }
  await check(k, 'members');
  assert.match(await k.locator('table.answers').innerText(), /Mitglied 5 \(Test\)/);

  // A meeting with three items; a mistake first.
  await k.goto(`${server.base}/ag/sitzungen/neu`);
  await check(k, 'new meeting');
  await k.fill('#o-title', 'AG-Sitzung (Test)');
  await k.fill('#o-date', '2026-11-30');
  await k.fill('#o-place', 'Rathaus Lichtenberg, Raum 113');
  await Promise.all([k.waitForNavigation(), k.click('form button[type=submit]')]);
  assert.match(await k.locator('#e-date').innerText(), /schon vorbei/);
  await check(k, 'new meeting with a mistake');
  await k.fill('#o-date', '2026-12-16');
  await Promise.all([k.waitForNavigation(), k.click('form button[type=submit]')]);
  const meeting = new URL(k.url()).pathname;
  for (const [title, minutes] of [['Begrüßung', '10'], ['Bericht der Koordinierungsstelle', '30'], ['Aktionstag', '45']]) {
    await k.fill('#o-title', title);
    await k.fill('#o-presenter', 'Koordinierungsstelle');
    await k.fill('#o-duration_minutes', minutes);
    await Promise.all([k.waitForNavigation(), k.click(`form[action="${meeting}/punkte"] button[type=submit]`)]);
  }
  assert.match(await k.locator('ol.agenda').innerText(), /15:40–16:25 Aktionstag/);
  await check(k, 'a meeting with its agenda');

  // Invite: one mail with a calendar entry per member; the five test members' are read by Python.
  await Promise.all([k.waitForNavigation(), k.click(`form[action="${meeting}/einladen"] button`)]);
  const invitations = await waitMails((m) => /To: mitglied\d-e2e@/.test(m.text) && m.text.includes('Einladung: AG-Sitzung (Test)'), 5);
  assert.equal(invitations.length, 5);
  const cals = calendars(invitations.map((m) => m.file));
  assert.ok(cals.every((c) => c.method === 'REQUEST' && c.sequence === 0 && c.start_utc === '2026-12-16 14:00'));
  const uid = cals[0].uid;
  assert.ok(cals.every((c) => c.uid === uid));

  // Two members answer on their phones through their own links.
  const pctx = await browser.newContext({ ...PHONE, bypassCSP: true, locale: 'de-DE' });
  for (const [i, answer, deputy] of [[1, 'yes', ''], [2, 'no', 'Frau Vertretung']]) {
    const mail = invitations.find((m) => m.text.includes(`To: ${member(i)}`));
    const link = mail.text.match(/\/ag\/antwort\/[A-Za-z0-9_-]+/)[0];
    const p = await pctx.newPage();
    await p.goto(`${server.base}${link}`);
    await check(p, 'the answer link');
    await p.check(`input[name=answer][value=${answer}]`);
    if (deputy) await p.fill('#o-deputy', deputy);
    await Promise.all([p.waitForNavigation(), p.click('form button[type=submit]')]);
    assert.match(await p.locator('p.form-success').innerText(), /gespeichert/);
    await check(p, 'an answer saved');
    await p.close();
  }
  await k.reload();
  assert.match(await k.locator('#h-answers + p').innerText(), /Ja: 1 · Vielleicht: 0 · Nein: 1 · Noch offen: \d+/);

  // Member 3 sets a password and proposes an item.
  const welcome = mails().find((m) => m.text.includes(`To: ${member(3)}`) && m.text.includes('/passwort/'));
  const setLink = welcome.text.match(/\/passwort\/[A-Za-z0-9_-]+/)[0];
  const m3 = await pctx.newPage();
  await m3.goto(`${server.base}${setLink}`);
  await m3.fill('#pw-new', PASSWORD);
  await m3.fill('#pw-repeat', PASSWORD);
  await Promise.all([m3.waitForNavigation(), m3.click('form button[type=submit]')]);
  assert.match(m3.url(), /\/ag$/);
  await check(m3, 'the AG for a member');
  await m3.goto(`${server.base}${meeting}`);
  await m3.fill('#o-title', 'Ferienbetreuung für Schulkinder');
  await m3.fill('#o-duration_minutes', '20');
  await Promise.all([m3.waitForNavigation(), m3.click(`form[action="${meeting}/punkte"] button[type=submit]`)]);
  assert.match(await m3.locator('p.form-success').innerText(), /Vorschlag/);
  await check(m3, 'a meeting for a member, with a proposal');

  // The coordinator takes it up and moves the meeting: an update of the same event.
  await k.reload();
  await Promise.all([k.waitForNavigation(), k.click('button[name=aktion][value=annehmen]')]);
  assert.match(await k.locator('ol.agenda').innerText(), /Ferienbetreuung für Schulkinder/);
  await k.goto(`${server.base}${meeting}/bearbeiten`);
  await check(k, 'editing an invited meeting');
  await k.fill('#o-time', '16:00');
  await Promise.all([k.waitForNavigation(), k.click('form button[type=submit]')]);
  const updates = await waitMails((m) => /To: mitglied\d-e2e@/.test(m.text) && m.text.includes('hat sich ge'), 5);
  const moved = calendars(updates.map((m) => m.file));
  assert.ok(moved.every((c) => c.uid === uid && c.sequence === 1 && c.start_utc === '2026-12-16 15:00'), JSON.stringify(moved));

  // Printing: the agenda and the sign-in sheet fit on one A4 page each.
  for (const view of ['tagesordnung', 'teilnahmeliste']) {
    await k.goto(`${server.base}${meeting}/${view}`);
    await check(k, `print: ${view}`);
    const pdf = await k.pdf({ format: 'A4' });
    assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length, 1, `${view} on one A4 page`);
  }

  // Minutes: notes, a decision, an action item for member 3 due in two days; published.
  await k.goto(`${server.base}${meeting}/protokoll`);
  await check(k, 'minutes, draft');
  const section = k.locator('section').filter({ hasText: 'Aktionstag' }).first();
  await section.locator('textarea[name=notes]').fill('Zwölf Stände sind zugesagt.');
  await Promise.all([k.waitForNavigation(), section.locator('input[name=was][value=notizen] + div + button, form:has(input[value=notizen]) button').first().click()]);
  const again = k.locator('section').filter({ hasText: 'Aktionstag' }).first();
  await again.locator('textarea[name=decision]').fill('Die AG lädt zum Aktionstag ein.');
  await again.locator('input[name=yes]').fill('9');
  await Promise.all([k.waitForNavigation(), again.locator('form:has(input[value=beschluss]) button').click()]);
  const third = k.locator('section').filter({ hasText: 'Aktionstag' }).first();
  await third.locator('input[name=action]').fill('Plakate drucken lassen');
  await third.locator('select[name=owner]').selectOption({ label: 'Mitglied 3 (Test) (Träger 3 (Test))' });
  await third.locator('input[name=due_on]').fill('2026-12-04');
  await Promise.all([k.waitForNavigation(), third.locator('form:has(input[value=aufgabe]) button').click()]);
  await Promise.all([k.waitForNavigation(), k.click(`form[action="${meeting}/protokoll/veroeffentlichen"] button`)]);
  assert.match(await k.locator('p.form-success').innerText(), /veröffentlicht/);
  await check(k, 'minutes, published');
  await m3.goto(`${server.base}${meeting}/protokoll`);
  assert.match(await m3.locator('main').innerText(), /9 dafür, 0 dagegen, 0 Enthaltungen/);
  await check(m3, 'minutes for a member');

  // Another instance's housekeeping reminds the owner.
  const other = await server.second();
  try {
    const reminders = await waitMails((m) => m.text.includes(`To: ${member(3)}`) && m.text.includes('Plakate drucken lassen') && m.text.includes('04.12.2026'), 1);
    assert.equal(reminders.length, 1);
  } finally {
    other.stop();
  }

  // The next meeting: the undone item is on its agenda.
  await k.goto(`${server.base}/ag/sitzungen/neu`);
  await k.fill('#o-title', 'AG-Sitzung Januar (Test)');
  await k.fill('#o-date', '2027-01-14');
  await k.fill('#o-place', 'Rathaus Lichtenberg');
  await Promise.all([k.waitForNavigation(), k.click('form button[type=submit]')]);
  assert.match(await k.locator('main').innerText(), /Offene Aufgaben aus früheren Sitzungen[\s\S]*Plakate drucken lassen/);
  await k.goto(`${server.base}/ag`);
  await check(k, 'the AG overview');
  await k.goto(`${server.base}/ag/archiv?q=Aktionstage`);
  assert.match(await k.locator('main').innerText(), /Die AG lädt zum Aktionstag ein/);
  await check(k, 'the archive');
  await k.goto(`${server.base}/ag/beschluesse`);
  await check(k, 'the decision log');
  await m3.goto(`${server.base}/ag/archiv`);
  await check(m3, 'the archive for a member');
  await m3.goto(`${server.base}/ag/mitglieder`);
  await check(m3, 'the members for a member');

  assert.deepEqual(foreign, [], 'no request to another host');
  await kctx.close();
  await pctx.close();
  assert.deepEqual(failures, []);
});

test('network: contact persons and a referral slip on one A4 page (axe, 375 and 1280 px)', { skip: skip || false }, async () => {
  const failures = [];
  const check = async (page, name) => {
    for (const v of await violations(page)) failures.push(`${name}: ${v}`);
    if (!(await noHorizontalScroll(page))) failures.push(`${name}: scrolls sideways`);
  };
  const kctx = await browser.newContext({ ...DESKTOP, bypassCSP: true, locale: 'de-DE' });
  const k = await kctx.newPage();
  const foreign = watchRequests(k, server.base);
  await signIn(k, server.base, COORDINATOR);
  await k.goto(`${server.base}/ag/netzwerk`);
  await k.selectOption('#c-organization', { index: 1 });
  await k.fill('#c-name', 'Frau Direkt (Beispiel)');
  await k.fill('#c-phone', '030 90296-1234');
  await Promise.all([k.waitForNavigation(), k.click('form[action="/ag/netzwerk"] button[type=submit]')]);
  assert.match(await k.locator('main').innerText(), /Frau Direkt \(Beispiel\)/);
  await check(k, 'network');
  await k.goto(`${server.base}/ag/laufzettel`);
  await check(k, 'slip form');
  // Two offices with what to say, documents, a week.
  await k.selectOption('#s-stop1', { index: 1 });
  await k.fill('#s-stop1-say', 'Ich möchte Unterhaltsvorschuss beantragen.');
  await k.selectOption('#s-stop2', { index: 2 });
  await k.fill('#s-stop2-say', 'Ich brauche einen Termin zur Beratung über den Kita-Gutschein.');
  await k.fill('#s-documents', 'Geburtsurkunde des Kindes, Personalausweis, Meldebescheinigung');
  await k.selectOption('#s-days', '7');
  await Promise.all([k.waitForNavigation(), k.click('form[action="/ag/laufzettel"] button[type=submit]')]);
  const link = await k.locator('#h-made + p a').getAttribute('href');
  await check(k, 'slip made');
  for (const [opts, name] of [[PHONE, '375px'], [DESKTOP, '1280px']]) {
    const ctx = await browser.newContext({ ...opts, bypassCSP: true, locale: 'de-DE' });
    const p = await ctx.newPage();
    await p.goto(link);
    assert.match(await p.locator('main').innerText(), /Unterhaltsvorschuss beantragen[\s\S]*Bitte mitbringen/);
    await check(p, `slip ${name}`);
    const pdf = await p.pdf({ format: 'A4' });
    assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length, 1, 'the slip fits one A4 page');
    await ctx.close();
  }
  assert.deepEqual(foreign, [], 'no request to another host');
  await kctx.close();
  assert.deepEqual(failures, []);
});
