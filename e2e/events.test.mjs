// Registration for an event with two places from three browser sessions clicking at the same
// moment: two get places, the third is on the waiting list and moves up when one cancels; no place
// is given twice. axe-core on the event page with its form and on the registration pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, skipReason, PHONE } from './lib/server.mjs';
import { violations } from './lib/axe.mjs';

const skip = skipReason();
let server, browser;

before(async () => {
  if (skip) return;
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); server?.stop(); });

test('three parents, two places: a waiting list that moves up (375px)', { skip: skip || false }, async () => {
  const event = `${server.base}/veranstaltungen/7`;
  const people = [];
  const failures = [];
  for (const name of ['Anna', 'Ben', 'Cem']) {
    const ctx = await browser.newContext({ ...PHONE, bypassCSP: true, locale: 'de' });
    const page = await ctx.newPage();
    await page.goto(event);
    await page.fill('#r-name', name);
    await page.fill('#r-email', `${name.toLowerCase()}@example.de`);
    people.push({ name, ctx, page });
  }
  assert.match(await people[0].page.textContent('#r-day'), /noch 2 Plätze frei/);
  failures.push(...(await violations(people[0].page)));
  // All three click at the same moment.
  await Promise.all(people.map((p) => Promise.all([p.page.waitForURL(/\/anmeldung\//), p.page.click('.register button[type=submit]')])));
  const status = async (p) => {
    const s = p.page.locator('#status');
    if (await s.count() === 0) {
      throw new Error(`no status on ${p.page.url()}: ${(await p.page.textContent('main')).slice(0, 300)}`);
    }
    return (await s.textContent()).trim();
  };
  const states = await Promise.all(people.map(status));
  for (const p of people) p.link = p.page.url();
  const placed = people.filter((_, i) => /einen Platz/.test(states[i]));
  const waiting = people.filter((_, i) => /Warteliste/.test(states[i]));
  assert.equal(placed.length, 2, states.join(' | '));
  assert.equal(waiting.length, 1, states.join(' | '));
  failures.push(...(await violations(waiting[0].page)));

  // The event page now says it is full (seen in a fourth browser).
  const look = await browser.newContext({ ...PHONE, locale: 'de' });
  const lp = await look.newPage();
  await lp.goto(event);
  assert.match(await lp.textContent('#r-day'), /ausgebucht – 1 Person wartet/);
  await look.close();

  // One with a place cancels through the private link; the one waiting moves up.
  await placed[0].page.goto(placed[0].link);
  await Promise.all([placed[0].page.waitForNavigation(), placed[0].page.click('form.inline-form button')]);
  assert.match(await status(placed[0]), /abgesagt/);
  failures.push(...(await violations(placed[0].page)));
  await waiting[0].page.goto(waiting[0].link);
  assert.match(await status(waiting[0]), /einen Platz/, 'moved up from the waiting list');
  for (const p of people) await p.ctx.close();
  assert.deepEqual(failures, []);
});
