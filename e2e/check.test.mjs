// The benefits check on a phone: a parent with two children (3 and 8), no maintenance, a low income,
// sees Unterhaltsvorschuss for both children with the right amounts; axe-core finds no violation on
// the questions, the messages and the results, in German and English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, skipReason, PHONE, watchRequests } from './lib/server.mjs';
import { violations } from './lib/axe.mjs';

const skip = skipReason();
let server, browser;

before(async () => {
  if (skip) return;
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); server?.stop(); });

for (const lang of ['de', 'en']) {
  test(`benefits check: two children, no maintenance, low income (${lang}, 375px)`, { skip: skip || false }, async () => {
    const ctx = await browser.newContext({ ...PHONE, bypassCSP: true });
    const page = await ctx.newPage();
    const foreign = watchRequests(page, server.base);
    const failures = [];
    await page.goto(`${server.base}/leistungs-check?lang=${lang}`);
    failures.push(...(await violations(page)));
    // A wrong answer first: the message appears at the question, the other answers stay.
    await page.fill('#age_1', '30');
    await page.fill('#age_2', '8');
    await Promise.all([page.waitForNavigation(), page.click('form.form-wide button[type=submit]')]);
    assert.equal(await page.locator('#e-age_1').count(), 1);
    assert.equal(await page.inputValue('#age_2'), '8');
    failures.push(...(await violations(page)));
    await page.fill('#age_1', '3');
    await page.fill('#income', '900');
    await Promise.all([page.waitForNavigation(), page.click('form.form-wide button[type=submit]')]);
    const results = await page.textContent('.check-results');
    assert.match(results, /Unterhaltsvorschuss/);
    // Amounts in the page's language: "526,00 €" in German, "€526.00" in English.
    const euro = (n) => (lang === 'de' ? new RegExp(`${n},00\u00a0€`) : new RegExp(`€${n}\\.00`));
    assert.match(results, euro(526), '227 € + 299 €');
    assert.match(results, euro(227), 'the child of 3');
    assert.match(results, euro(299), 'the child of 8');
    failures.push(...(await violations(page)));
    assert.deepEqual(foreign, []);
    await ctx.close();
    assert.deepEqual(failures, []);
  });
}
