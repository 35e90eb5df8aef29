// The tandem in a real browser (issue 16): a parent signs in, makes a profile (first with the
// mistakes people make), sees the example parents with what they share, blocks one; axe-core on
// every state at 1280 px (German) and 375 px (English).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, skipReason, signIn, DESKTOP, PHONE, watchRequests, noHorizontalScroll } from './lib/server.mjs';
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
    await Promise.all([page.waitForNavigation(), first.locator('button').click()]);
    assert.ok(!(await page.locator('li.card h3').allInnerTexts()).includes('Mai (Beispiel)'), 'the blocked parent is gone');
    await check('suggestions after blocking');

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
