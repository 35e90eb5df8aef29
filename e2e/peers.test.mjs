// The tandem in a real browser (issue 16): a parent signs in, makes a profile (first with the
// mistakes people make), sees the example parents with what they share, blocks one; axe-core on
// every state at 1280 px (German) and 375 px (English).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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

for (const [device, opts, lang] of [['1280px', DESKTOP, 'de'], ['375px', PHONE, 'en']]) {
  test(`tandem: profile, suggestions in words, blocking (${lang}, ${device}, axe)`, { skip: skip || false }, async () => {
    const parent = server.addUser(`tandem-${device}@example.de`, 'parent');
    const ctx = await browser.newContext({ ...opts, bypassCSP: true });
    const page = await ctx.newPage();
    const foreign = watchRequests(page, server.base);
    const failures = [];
    const check = async (name) => {
      for (const v of await violations(page)) failures.push(`${name}: ${v}`);
      if (!(await noHorizontalScroll(page))) failures.push(`${name}: scrolls sideways`);
    };

    await page.goto(`${server.base}/tandem?lang=${lang}`);
    await check('tandem intro (anonymous)');
    assert.equal(await page.locator('li.card').count(), 0, 'no public list of parents');

    await signIn(page, server.base, parent, lang);
    await page.goto(`${server.base}/tandem`);
    await check('tandem without a profile');
    await Promise.all([page.waitForNavigation(), page.click('a[href="/tandem/profil"]')]);
    await check('profile form');

    // A phone number as the name, no consent: both reported, nothing saved.
    await page.fill('#o-display_name', 'Linh 0176 1234567');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/tandem/profil"] button[type=submit]')]);
    assert.equal(await page.locator('.error-summary').count(), 1);
    assert.equal(await page.getAttribute('#o-display_name', 'aria-invalid'), 'true');
    assert.equal(await page.locator('#e-consent').count(), 1);
    await check('profile form with errors');

    await page.fill('#o-display_name', 'Linh');
    await page.selectOption('#o-ortsteil', 'fennpfuhl');
    await page.check('input[name=child_ages][value=under3]');
    await page.check('input[name=languages][value=vi]');
    await page.check('input[name=looking_for][value=talk]');
    await page.check('input[name=free_times][value=afternoons]');
    await page.selectOption('#o-identity', 'mother');
    await page.check('#o-consent');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/tandem/profil"] button[type=submit]')]);
    assert.match(page.url(), /\/tandem\?hinweis=gespeichert$/);
    await check('suggestions');

    const first = page.locator('li.card').first();
    assert.equal(await first.locator('h3').innerText(), 'Mai (Beispiel)');
    const why = await first.locator('p').nth(1).innerText();
    assert.match(why, lang === 'de' ? /Sie haben beide Kinder unter 3, wohnen beide in Fennpfuhl/ : /You both have children under 3, both live in Fennpfuhl/);
    await Promise.all([page.waitForNavigation(), first.locator('form[action="/tandem/sperren"] button').click()]);
    assert.ok(!(await page.locator('li.card h3').allInnerTexts()).includes('Mai (Beispiel)'), 'the blocked parent is gone');
    await check('suggestions after blocking');

    // Proposing a group: mistakes at their fields, then the proposal waits (axe on both).
    await page.goto(`${server.base}/gruppen/vorschlagen`);
    await check('group proposal form');
    await page.fill('#o-name', 'Zeile');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/gruppen/vorschlagen"] button[type=submit]')]);
    assert.equal(await page.locator('.error-summary').count(), 1);
    await check('group proposal with errors');
    await page.fill('#o-description', 'Wir treffen uns am Spielplatz.');
    await page.selectOption('#o-ortsteil', 'fennpfuhl');
    await page.fill('#o-rhythm', 'sonntags 11 Uhr');
    await page.fill('#o-organiser_name', 'Linh');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/gruppen/vorschlagen"] button[type=submit]')]);
    assert.match(page.url(), /\/gruppen\/\d+$/);
    await check('own group proposal');

    // Withdrawing consent from the profile page hides the profile and the suggestions.
    await page.goto(`${server.base}/tandem/profil`);
    await check('profile with consent given');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/tandem/einwilligung"] button')]);
    assert.equal(await page.locator('li.card').count(), 0);
    await check('consent withdrawn');

    assert.deepEqual(foreign, [], 'no request to another host');
    await ctx.close();
    assert.deepEqual(failures, []);
  });
}

/** Signs in as `who` in a fresh context and fills the tandem profile with consent. */
async function parentWithProfile(who, name, opts) {
  const ctx = await browser.newContext({ ...opts, bypassCSP: true });
  const page = await ctx.newPage();
  await signIn(page, server.base, who, 'de');
  await page.goto(`${server.base}/tandem/profil`);
  await page.fill('#o-display_name', name);
  await page.selectOption('#o-ortsteil', 'fennpfuhl');
  await page.check('input[name=child_ages][value=under3]');
  await page.check('input[name=looking_for][value=talk]');
  await page.check('#o-consent');
  await Promise.all([page.waitForNavigation(), page.click('form[action="/tandem/profil"] button[type=submit]')]);
  return { ctx, page };
}

test('tandem: two parents agree and write; a third reads nothing; a report is moderated (axe at 1280 and 375 px)', { skip: skip || false }, async () => {
  const failures = [];
  const check = async (page, name) => {
    for (const v of await violations(page)) failures.push(`${name}: ${v}`);
    if (!(await noHorizontalScroll(page))) failures.push(`${name}: scrolls sideways`);
  };
  const a = await parentWithProfile(server.addUser('tandem-a@example.de', 'parent'), 'Amira', DESKTOP);
  const b = await parentWithProfile(server.addUser('tandem-b@example.de', 'parent'), 'Berit', PHONE);
  const c = await parentWithProfile(server.addUser('tandem-c@example.de', 'parent'), 'Carla', DESKTOP);

  // Amira asks Berit for contact.
  await a.page.goto(`${server.base}/tandem`);
  const card = a.page.locator('li.card', { has: a.page.locator('h3', { hasText: 'Berit' }) });
  await Promise.all([a.page.waitForNavigation(), card.locator('form[action="/tandem/anfragen"] button').click()]);
  assert.match(await a.page.locator('[role=status]').innerText(), /Anfrage ist gesendet/);

  // Berit, on a phone, sees the request and accepts.
  await b.page.goto(`${server.base}/tandem/kontakte`);
  await check(b.page, 'contacts with a request (375px)');
  await Promise.all([b.page.waitForNavigation(), b.page.click('button[value=annehmen]')]);
  const conversation = new URL(b.page.url()).pathname;
  assert.match(conversation, /^\/tandem\/kontakte\/\d+$/);
  await check(b.page, 'empty conversation (375px)');

  // They write to each other.
  await b.page.fill('#o-text', 'Hallo Amira, Spielplatz am Samstag?');
  await Promise.all([b.page.waitForNavigation(), b.page.click('form#neu button')]);
  await a.page.goto(`${server.base}${conversation}`);
  assert.match(await a.page.locator('.message-text').first().innerText(), /Spielplatz am Samstag/);
  await a.page.fill('#o-text', 'Gern! Um 10 am Eingang.\nBis dann');
  await Promise.all([a.page.waitForNavigation(), a.page.click('form#neu button')]);
  await check(a.page, 'conversation (1280px)');
  await b.page.goto(`${server.base}${conversation}`);
  assert.equal(await b.page.locator('li.message').count(), 2);
  await check(b.page, 'conversation (375px)');

  // Carla reads nothing: not under this address, not under its neighbours.
  const id = Number(conversation.split('/').pop());
  for (const guess of [id, id + 1, id - 1]) {
    const r = await c.page.goto(`${server.base}/tandem/kontakte/${guess}`);
    assert.equal(r.status(), 404, `conversation ${guess} for a third parent`);
    assert.ok(!(await c.page.content()).includes('Spielplatz'));
  }
  await c.page.goto(`${server.base}/tandem/kontakte`);
  assert.ok(!(await c.page.content()).includes('Amira'));

  // Berit reports Amira's message; the coordinator hides it; it is gone for both.
  const theirs = b.page.locator('li.message:not(.mine)');
  await theirs.locator('summary').click();
  await theirs.locator('textarea').fill('Bitte ansehen.');
  await Promise.all([b.page.waitForNavigation(), theirs.locator('form button').click()]);
  assert.match(await b.page.locator('[role=status]').innerText(), /Danke/);

  const k = await browser.newContext({ ...PHONE, bypassCSP: true });
  const kp = await k.newPage();
  await signIn(kp, server.base, COORDINATOR, 'de');
  await kp.goto(`${server.base}/verwaltung/tandem`);
  assert.match(await kp.content(), /Um 10 am Eingang/);
  await check(kp, 'moderation queue (375px)');
  await Promise.all([kp.waitForNavigation(), kp.click('button[value=hidden]')]);
  await check(kp, 'moderation queue, empty (375px)');
  await kp.goto(`${server.base}/verwaltung/gruppen`);
  await check(kp, 'group proposals (375px)');
  for (const p of [a.page, b.page]) {
    await p.goto(`${server.base}${conversation}`);
    assert.ok(!(await p.content()).includes('Um 10 am Eingang'), 'hidden for both');
    assert.ok((await p.content()).includes('Spielplatz am Samstag'));
  }
  const desk = await browser.newContext({ ...DESKTOP, bypassCSP: true });
  const dp = await desk.newPage();
  await signIn(dp, server.base, COORDINATOR, 'en');
  await dp.goto(`${server.base}/verwaltung/tandem?lang=en`);
  await check(dp, 'moderation queue (1280px, en)');
  await dp.goto(`${server.base}/verwaltung/gruppen?lang=en`);
  await check(dp, 'group proposals (1280px, en)');

  for (const x of [a.ctx, b.ctx, c.ctx, k, desk]) await x.close();
  assert.deepEqual(failures, []);
});

test('groups: two members write, a non-member reads nothing, a report hides a message for all (axe at 1280 and 375 px)', { skip: skip || false }, async () => {
  const failures = [];
  const check = async (page, name) => {
    for (const v of await violations(page)) failures.push(`${name}: ${v}`);
    if (!(await noHorizontalScroll(page))) failures.push(`${name}: scrolls sideways`);
  };
  const open = async (who, opts, lang) => {
    const ctx = await browser.newContext({ ...opts, bypassCSP: true });
    const page = await ctx.newPage();
    await signIn(page, server.base, who, lang);
    return { ctx, page };
  };
  const a = await open(server.addUser('group-a@example.de', 'parent'), DESKTOP, 'de');
  const b = await open(server.addUser('group-b@example.de', 'parent'), PHONE, 'en');
  const c = await open(server.addUser('group-c@example.de', 'parent'), DESKTOP, 'de');
  const group = `${server.base}/gruppen/1`;

  // Both join the demo's open café under a name of their choice; a phone number is refused.
  await a.page.goto(group);
  await check(a.page, 'group, not a member (1280px)');
  await a.page.fill('#o-name', '0176 1234');
  await Promise.all([a.page.waitForNavigation(), a.page.click('form[action$="/beitreten"] button')]);
  assert.equal(await a.page.getAttribute('#o-name', 'aria-invalid'), 'true');
  await check(a.page, 'joining with a mistake (1280px)');
  await a.page.fill('#o-name', 'Amira');
  await Promise.all([a.page.waitForNavigation(), a.page.click('form[action$="/beitreten"] button')]);
  assert.match(await a.page.locator('[role=status]').innerText(), /Sie sind dabei/);
  await b.page.goto(group);
  await b.page.fill('#o-name', 'Berit');
  await Promise.all([b.page.waitForNavigation(), b.page.click('form[action$="/beitreten"] button')]);

  // They write; links stay text.
  await a.page.fill('#o-text', 'Wer kommt am Dienstag? www.example.org');
  await Promise.all([a.page.waitForNavigation(), a.page.click('form#neu button')]);
  await b.page.goto(group);
  assert.match(await b.page.locator('.message-text').first().innerText(), /Wer kommt am Dienstag/);
  assert.equal(await b.page.locator('.message-text a').count(), 0);
  await b.page.fill('#o-text', 'Ich komme mit beiden Kindern.');
  await Promise.all([b.page.waitForNavigation(), b.page.click('form#neu button')]);
  await check(b.page, 'group messages (375px, en)');
  await a.page.goto(group);
  assert.equal(await a.page.locator('li.message').count(), 2);
  await check(a.page, 'group messages (1280px)');

  // Carla is no member: nothing to read, and writing is refused.
  await c.page.goto(group);
  assert.ok(!(await c.page.content()).includes('Dienstag'));
  const refused = await c.page.evaluate(async (url) => {
    const csrf = document.querySelector('input[name=csrf]').value;
    const r = await fetch(url, { method: 'POST', body: new URLSearchParams({ csrf, text: 'Hallo' }) });
    return r.status;
  }, `${group}/nachrichten`);
  assert.equal(refused, 404);

  // Berit reports Amira's message; the coordinator sees the group and hides the message.
  const theirs = b.page.locator('li.message:not(.mine)');
  await theirs.locator('summary').click();
  await check(b.page, 'report and block opened (375px, en)');
  await theirs.locator('textarea').fill('Werbung');
  await Promise.all([b.page.waitForNavigation(), theirs.locator('form[action$="/melden"] button').click()]);
  const k = await open(COORDINATOR, DESKTOP, 'de');
  await k.page.goto(`${server.base}/verwaltung/tandem`);
  const report = k.page.locator('li.card', { hasText: 'Wer kommt am Dienstag' });
  assert.match(await report.innerText(), /Alleinerziehenden-Café/);
  await check(k.page, 'moderation queue with a group message (1280px)');
  await Promise.all([k.page.waitForNavigation(), report.locator('button[value=hidden]').click()]);
  for (const p of [a.page, b.page]) {
    await p.goto(group);
    assert.ok(!(await p.content()).includes('Wer kommt am Dienstag'), 'hidden for all');
    assert.ok((await p.content()).includes('mit beiden Kindern'));
  }
  for (const x of [a.ctx, b.ctx, c.ctx, k.ctx]) await x.close();
  assert.deepEqual(failures, []);
});
