// Employers and jobs in a real browser at 375 px (issue 17): a company registers (first with a
// mistake), confirms its address, the coordinator publishes it, its person posts a part-time
// training place (first with a window that ends before it starts), and a parent finds it by hours
// and Ortsteil. axe-core on every page on the way, and on the list, a company page and the
// comparison at 1280 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** The confirmation link in the newest mail to `to` (quoted-printable soft breaks removed). */
function confirmationLink(to) {
  const dir = join(server.dir, 'outbox');
  for (let i = 0; i < 50; i++) {
    const mails = readdirSync(dir).filter((f) => f.endsWith('.eml'))
      .map((f) => readFileSync(join(dir, f), 'utf8').replace(/=\r?\n/g, ''))
      .filter((m) => m.includes(`To: ${to}`));
    const found = mails.map((m) => m.match(/\/konto\/bestaetigen\/[A-Za-z0-9_-]{43}/)).find(Boolean);
    if (found) return found[0];
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
  throw new Error(`no confirmation mail to ${to}`);
}

const PASSWORD = 'ein langes Passwort für die Firma';

test('employers: register, approve, post a part-time training place, a parent finds it (375 px, axe)', { skip: skip || false }, async () => {
  const failures = [];
  const check = async (page, name) => {
    for (const v of await violations(page)) failures.push(`${name}: ${v}`);
    if (!(await noHorizontalScroll(page))) failures.push(`${name}: scrolls sideways`);
  };
  const ctx = await browser.newContext({ ...PHONE, bypassCSP: true });
  const page = await ctx.newPage();
  const foreign = watchRequests(page, server.base);

  await page.goto(`${server.base}/arbeitgeber/registrieren`);
  await check(page, 'registration');
  await page.fill('#o-name', 'Kita-Catering Frankenstraße (Test)');
  await page.selectOption('#o-sector', 'hospitality');
  await page.selectOption('#o-size', 'small');
  await page.selectOption('#o-ortsteil', 'fennpfuhl');
  await page.fill('#o-description', 'Wir kochen für Kitas im Bezirk.');
  for (const c of ['flexible_hours', 'core_hours', 'part_time_models', 'part_time_training', 'home_office', 'sick_child_leave', 'childcare_support', 'parent_contact', 'plannable_shifts']) {
    await page.selectOption(`#o-${c}`, c === 'home_office' ? 'no' : 'yes');
  }
  await page.fill('#o-part_time_training_note', 'Ausbildung Koch/Köchin mit 30 Stunden');
  await page.fill('#o-contact_name', 'Frau Test');
  await page.fill('#o-email', 'catering@example.de');
  await page.fill('#s-password', PASSWORD);
  await page.fill('#s-repeat', PASSWORD);
  // Without consent: nothing is made, the message stands at the box.
  await Promise.all([page.waitForNavigation(), page.click('form[action="/arbeitgeber/registrieren"] button[type=submit]')]);
  assert.equal(await page.locator('#e-consent').count(), 1);
  await check(page, 'registration with a mistake');
  await page.fill('#s-password', PASSWORD);
  await page.fill('#s-repeat', PASSWORD);
  await page.check('#s-consent');
  await Promise.all([page.waitForNavigation(), page.click('form[action="/arbeitgeber/registrieren"] button[type=submit]')]);
  assert.match(await page.locator('[role=status]').innerText(), /catering@example\.de/);
  await check(page, 'registration sent');

  await page.goto(`${server.base}${confirmationLink('catering@example.de')}`);
  await Promise.all([page.waitForNavigation(), page.click('form button[type=submit]')]);
  await signIn(page, server.base, { email: 'catering@example.de', password: PASSWORD }, 'de');
  await page.goto(`${server.base}/arbeitgeber/konto`);
  assert.match(await page.locator('.lead').innerText(), /wartet auf die Freigabe/);
  await check(page, 'own company, waiting');

  // The coordinator publishes it.
  const k = await browser.newContext({ ...PHONE, bypassCSP: true });
  const kp = await k.newPage();
  await signIn(kp, server.base, COORDINATOR, 'de');
  await kp.goto(`${server.base}/verwaltung/arbeitgeber`);
  await check(kp, 'coordinator queue');
  const card = kp.locator('li.card', { hasText: 'Kita-Catering Frankenstraße (Test)' });
  await Promise.all([kp.waitForNavigation(), card.locator('button[value=veroeffentlichen]').click()]);
  assert.equal(await kp.locator('li.card', { hasText: 'Kita-Catering' }).count(), 0);

  // The company posts a part-time training place; a window that ends before it starts first.
  await page.goto(`${server.base}/arbeitgeber/konto/jobs/neu`);
  await check(page, 'job form');
  // The title in Vietnamese too, from the fold of further languages.
  await page.locator('details.more-langs summary').first().click();
  await check(page, 'job form, further languages open');
  await page.fill('#o-title_vi', 'Học nghề đầu bếp bán thời gian');
  await page.fill('#o-title', 'Ausbildung Koch/Köchin in Teilzeit');
  await page.selectOption('#o-kind', 'part_time_training');
  await page.fill('#o-description', 'Ausbildung in Teilzeit, Frühdienst ohne Wochenende.');
  await page.fill('#o-weekly_hours', '25');
  for (const d of ['mon', 'tue', 'wed', 'thu', 'fri']) {
    await page.fill(`#o-day_${d}-start`, '08:30');
    await page.fill(`#o-day_${d}-end`, '13:30');
  }
  await page.fill('#o-day_mon-end', '07:00');
  await page.fill('#o-expires_on', '2027-02-28');
  await Promise.all([page.waitForNavigation(), page.click('form button[type=submit]')]);
  assert.equal(await page.locator('#e-day_mon').count(), 1);
  assert.equal(await page.getAttribute('#o-day_mon-end', 'aria-invalid'), 'true');
  await check(page, 'job form with a mistake');
  await page.fill('#o-day_mon-end', '13:30');
  await Promise.all([page.waitForNavigation(), page.click('form button[type=submit]')]);
  assert.match(await page.locator('[role=status]').innerText(), /gespeichert/);
  await check(page, 'own company with a job');
  await page.goto(`${server.base}/jobs?lang=vi`);
  const vi = page.locator('li.card h3 a', { hasText: 'Học nghề đầu bếp bán thời gian' });
  assert.equal(await vi.count(), 1, 'the job in Vietnamese');
  assert.equal(await vi.getAttribute('lang'), 'vi');
  await check(page, 'jobs in Vietnamese');
  await page.goto(`${server.base}/jobs?lang=de`);

  // A parent who can work Monday to Friday 8:30–14:30 in Fennpfuhl finds it.
  const p = await browser.newContext({ ...PHONE, bypassCSP: true });
  const pp = await p.newPage();
  await pp.goto(`${server.base}/jobs`);
  await check(pp, 'jobs');
  for (const d of ['mon', 'tue', 'wed', 'thu', 'fri']) await pp.check(`input[name=tag][value=${d}]`);
  await pp.fill('#j-von', '08:30');
  await pp.fill('#j-bis', '14:30');
  await pp.selectOption('#j-ortsteil', 'fennpfuhl');
  await pp.selectOption('#j-art', 'part_time_training');
  await Promise.all([pp.waitForNavigation(), pp.click('form[action="/jobs"] button[type=submit]')]);
  const found = pp.locator('li.card', { hasText: 'Ausbildung Koch/Köchin in Teilzeit' });
  assert.equal(await found.count(), 1);
  await check(pp, 'jobs filtered');
  await Promise.all([pp.waitForNavigation(), found.locator('h3 a').click()]);
  assert.match(await pp.locator('dl.facts').innerText(), /(Mo–Fr|Mon–Fri) 08:30–13:30/);
  await check(pp, 'a job');
  await Promise.all([pp.waitForNavigation(), pp.locator('.lead a').click()]);
  assert.match(await pp.locator('dl.answers').innerText(), /Ausbildung Koch\/Köchin mit 30 Stunden/);
  await check(pp, 'a company');
  // The parent gets in touch, sharing only the e-mail address; the company answers; the parent
  // reads the answer.
  const mother = server.addUser('mutter-e2e@example.de', 'parent');
  await signIn(pp, server.base, mother, 'de');
  await pp.goto(`${server.base}/jobs`);
  await pp.goto(`${server.base}${new URL(await pp.locator('li.card h3 a', { hasText: 'Ausbildung Koch/Köchin' }).getAttribute('href'), server.base).pathname}/kontakt`);
  await check(pp, 'contact form');
  assert.ok(await pp.isChecked('input[name=share_email]'));
  assert.ok(!(await pp.isChecked('input[name=share_name]')));
  await pp.fill('#o-message', 'Ich kann vormittags und möchte gern in Teilzeit lernen.');
  await Promise.all([pp.waitForNavigation(), pp.click('form[enctype="multipart/form-data"] button[type=submit]')]);
  assert.match(pp.url(), /\/konto\/anfragen\/\d+\?hinweis=gesendet$/);
  await check(pp, 'request sent');
  const thread = new URL(pp.url()).pathname;

  await page.goto(`${server.base}/arbeitgeber/konto/anfragen`);
  await check(page, 'requests to the company');
  await Promise.all([page.waitForNavigation(), page.locator('li.card h2 a').first().click()]);
  const facts = await page.locator('dl.facts').innerText();
  assert.match(facts, /mutter-e2e@example\.de/);
  assert.match(facts, /nicht geteilt/);
  await check(page, 'a request, company side');
  await page.fill('#o-text', 'Gern! Kommen Sie am Dienstag um 10 Uhr zum Kennenlernen.');
  await Promise.all([page.waitForNavigation(), page.click('form#neu button')]);

  await pp.goto(`${server.base}${thread}`);
  assert.match(await pp.locator('ol.messages').innerText(), /Dienstag um 10 Uhr/);
  await check(pp, 'a request with its answer');

  // The company invites a colleague; its own page says how it stands with the pledge.
  await page.goto(`${server.base}/arbeitgeber/konto`);
  await check(page, 'the company account');
  await page.goto(`${server.base}/arbeitgeber/konto/team`);
  await check(page, 'the company\'s people');
  await page.fill('#t-name', 'Kollegin Beispiel');
  await page.fill('#t-email', 'kollegin-e2e@example.de');
  await page.click('form[action="/arbeitgeber/konto/team"] button[type=submit]');
  await page.waitForSelector('p.form-success');
  assert.match(await page.locator('p.form-success').innerText(), /kollegin-e2e@example\.de/);
  assert.match(await page.locator('ul.results').innerText(), /Einladung noch nicht angenommen/);
  await check(page, 'a colleague invited');

  // A parent near the Ortsteil, by postcode: distances on the cards.
  await pp.goto(`${server.base}/jobs?nahe=10369&km=5`);
  assert.match(await pp.locator('ul.results').innerText(), /im selben Ortsteil|etwa/);
  await check(pp, 'jobs near a postcode');

  // One minute later than the parent can: not found.
  await pp.goto(`${server.base}/jobs?tag=mon&tag=tue&tag=wed&tag=thu&tag=fri&von=08%3A31&bis=14%3A30&ortsteil=fennpfuhl`);
  assert.equal(await pp.locator('li.card', { hasText: 'Ausbildung Koch/Köchin' }).count(), 0);

  assert.deepEqual(foreign, [], 'no request to another host');
  for (const x of [ctx, k, p]) await x.close();
  assert.deepEqual(failures, []);
});

test('employers: list, comparison and pledge at 1280 px and in English (axe)', { skip: skip || false }, async () => {
  const failures = [];
  const ctx = await browser.newContext({ ...DESKTOP, bypassCSP: true });
  const page = await ctx.newPage();
  for (const lang of ['de', 'en']) {
    await page.goto(`${server.base}/arbeitgeber?lang=${lang}`);
    for (const v of await violations(page)) failures.push(`list ${lang}: ${v}`);
    const boxes = page.locator('input[name=e]');
    for (let i = 0; i < 3; i++) await boxes.nth(i).check();
    await Promise.all([page.waitForNavigation(), page.click('form[action="/arbeitgeber/vergleich"] button[type=submit]')]);
    assert.equal(await page.locator('thead th[scope=col] a').count(), 3);
    for (const v of await violations(page)) failures.push(`comparison ${lang}: ${v}`);
    await page.goto(`${server.base}/arbeitgeber?zusage=1&lang=${lang}`);
    const pledged = await page.locator('li.card h3').allInnerTexts();
    assert.ok(pledged.includes('Bäckerei Kiezkorn (Beispiel)') && pledged.includes('Pflegedienst Am Tierpark (Beispiel)'), 'the demo two with the pledge');
    assert.ok(!pledged.includes('Logistikzentrum Herzbergstraße (Beispiel)'));
    for (const v of await violations(page)) failures.push(`pledge list ${lang}: ${v}`);
    await page.goto(`${server.base}/arbeitgeber/familienfreundlich?lang=${lang}`);
    const members = await page.locator('ul.results li.card h3').allInnerTexts();
    assert.ok(members.includes('Bäckerei Kiezkorn (Beispiel)') && !members.includes('Logistikzentrum Herzbergstraße (Beispiel)'));
    for (const v of await violations(page)) failures.push(`pledge campaign ${lang}: ${v}`);
  }
  const phone = await browser.newContext({ ...PHONE, bypassCSP: true });
  const pp = await phone.newPage();
  await pp.goto(`${server.base}/arbeitgeber/vergleich?e=1&e=2&e=3`);
  for (const v of await violations(pp)) failures.push(`comparison 375px: ${v}`);
  assert.ok(await noHorizontalScroll(pp), 'the table scrolls inside its box, not the page');
  await ctx.close();
  await phone.close();
  assert.deepEqual(failures, []);
});
