// The chain "pregnant and on my own" on a phone: tick steps, reload, the progress is still there
// (only in this browser); the print view fits the checklist with addresses on one A4 page; axe-core
// finds no violation on the chain list, a chain, its print view, in German and English, and on the
// back office's chain editor.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, skipReason, PHONE, DESKTOP, watchRequests, signIn, COORDINATOR } from './lib/server.mjs';
import { violations } from './lib/axe.mjs';

const skip = skipReason();
let server, browser;

before(async () => {
  if (skip) return;
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); server?.stop(); });

/** Pages of a PDF, counted from its page objects. */
function pdfPages(buf) {
  return (buf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
}

for (const lang of ['de', 'en']) {
  test(`chain "pregnant and on my own": tick, reload, print on A4 (${lang}, 375px)`, { skip: skip || false }, async () => {
    const ctx = await browser.newContext({ ...PHONE, bypassCSP: true, locale: lang });
    const page = await ctx.newPage();
    const foreign = watchRequests(page, server.base);
    const failures = [];
    await page.goto(`${server.base}/wege?lang=${lang}`);
    failures.push(...(await violations(page)));
    await Promise.all([page.waitForNavigation(), page.click('a[href="/wege/schwanger-und-allein"]')]);
    const progress = () => page.textContent('#progress-text');
    assert.match(await progress(), lang === 'de' ? /0 von 9/ : /0 of 9/);
    failures.push(...(await violations(page)));
    // Nothing overflows the phone's width.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `page is ${width}px wide`);

    // Tick steps 1 and 4; each answer brings the parent back to the step.
    for (const key of ['s1', 's4']) {
      await Promise.all([page.waitForNavigation(), page.click(`#schritt-${key} form.step-toggle button`)]);
      assert.ok(page.url().endsWith(`#schritt-${key}`), page.url());
      assert.equal(await page.locator(`#schritt-${key}.is-done`).count(), 1);
    }
    assert.match(await progress(), lang === 'de' ? /2 von 9/ : /2 of 9/);
    await page.reload();
    assert.match(await progress(), lang === 'de' ? /2 von 9/ : /2 of 9/, 'progress survives a reload');
    assert.equal(await page.locator('.chain-step.is-done').count(), 2);
    // Untick one again.
    await Promise.all([page.waitForNavigation(), page.click('#schritt-s4 form.step-toggle button')]);
    assert.match(await progress(), lang === 'de' ? /1 von 9/ : /1 of 9/);

    // The birth date turns deadlines into dates.
    await page.fill('#datum', '2027-03-01');
    await Promise.all([page.waitForNavigation(), page.click('#frist-datum button')]);
    const kindergeld = await page.textContent('#schritt-s4 .deadline');
    assert.match(kindergeld, lang === 'de' ? /01\.09\.2027/ : /1 Sept 2027/);
    await page.click('#fortschritt details summary');
    failures.push(...(await violations(page)));

    // A fresh browser has no progress: it lives in this browser only.
    const other = await browser.newContext({ ...PHONE });
    const p2 = await other.newPage();
    await p2.goto(`${server.base}/wege/schwanger-und-allein?lang=${lang}`);
    assert.match(await p2.textContent('#progress-text'), lang === 'de' ? /0 von 9/ : /0 of 9/);
    // …unless it opens the private link.
    const link = await page.getAttribute('#fortschritt details a', 'href');
    await p2.goto(`${link.replace(/^https?:\/\/[^/]+/, server.base)}&lang=${lang}`);
    assert.match(await p2.textContent('#progress-text'), lang === 'de' ? /1 von 9/ : /1 of 9/);
    await other.close();

    // Print view: the checklist with the addresses on one A4 page.
    await page.goto(`${server.base}/wege/schwanger-und-allein/drucken?lang=${lang}`);
    failures.push(...(await violations(page)));
    assert.equal(await page.locator('.print-steps li').count(), 9);
    assert.ok(await page.locator('.print-addresses li').count() >= 10);
    assert.match(await page.textContent('.print-addresses'), /Große-Leege-Straße 103/);
    assert.equal(await page.evaluate(() => document.querySelector('.print-head img').naturalWidth > 0), true, 'QR code loads');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    assert.equal(pdfPages(pdf), 1, 'the checklist fits one A4 page');
    assert.deepEqual(foreign, []);
    await ctx.close();
    assert.deepEqual(failures, []);
  });
}

test('every demo chain prints on one A4 page, and so does its poster', { skip: skip || false }, async () => {
  const ctx = await browser.newContext({ ...DESKTOP });
  const page = await ctx.newPage();
  await page.goto(`${server.base}/wege`);
  const slugs = await page.$$eval('.chain-list h2 a', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(slugs.length >= 8);
  const pages = {};
  for (const lang of ['de', 'en']) {
    for (const s of slugs) {
      for (const view of ['drucken', 'aushang']) {
        await page.goto(`${server.base}${s}/${view}?lang=${lang}`);
        await page.emulateMedia({ media: 'print' });
        pages[`${s}/${view} ${lang}`] = pdfPages(await page.pdf({ format: 'A4' }));
      }
    }
  }
  // Event and offer posters, A4 and A6.
  for (const path of ['/veranstaltungen/1/aushang', '/veranstaltungen/1/aushang?format=a6', '/angebote/1/aushang', '/angebote/1/aushang?format=a6', '/wege/kita-platz/aushang?format=a6', '/aktionen/aktionswoche-beispiel/aushang', '/aktionen/aktionswoche-beispiel/aushang?format=a6']) {
    await page.goto(`${server.base}${path}`);
    await page.emulateMedia({ media: 'print' });
    const a6 = path.includes('a6');
    pages[path] = pdfPages(await page.pdf({ preferCSSPageSize: true, ...(a6 ? {} : { format: 'A4' }) }));
  }
  assert.deepEqual(Object.values(pages).filter((n) => n !== 1), [], JSON.stringify(pages));
  await ctx.close();
});

test('the chain editor: accessible forms (axe), preview of the draft', { skip: skip || false }, async () => {
  const ctx = await browser.newContext({ ...DESKTOP, bypassCSP: true });
  const page = await ctx.newPage();
  const failures = [];
  await signIn(page, server.base, COORDINATOR);
  await page.goto(`${server.base}/verwaltung/wege`);
  failures.push(...(await violations(page)));
  // A new chain with a wrong short name: the message sits at the field.
  await page.fill('#o-slug', 'Neuer Weg');
  await page.fill('#o-title_de', 'Umzug mit Kindern');
  await Promise.all([page.waitForNavigation(), page.click('form.form-wide button[type=submit]')]);
  assert.equal(await page.locator('#e-slug').count(), 1);
  failures.push(...(await violations(page)));
  await page.fill('#o-slug', 'umzug');
  await Promise.all([page.waitForNavigation(), page.click('form.form-wide button[type=submit]')]);
  assert.match(page.url(), /\/verwaltung\/wege\/\d+$/);
  failures.push(...(await violations(page)));
  await Promise.all([page.waitForNavigation(), page.click('a[href$="/schritte/neu"]')]);
  failures.push(...(await violations(page)));
  await page.fill('#o-title_de', 'Wohnung ummelden');
  await page.fill('#o-deadline_de', 'innerhalb von zwei Wochen');
  // The offers' first organisation (the texts' language folds come before it).
  await page.click('fieldset details:has(input[name=offer]) summary');
  await page.locator('input[name=offer]').first().check();
  await Promise.all([page.waitForNavigation(), page.click('form.form-wide > button[type=submit]')]);
  assert.match(await page.textContent('.admin-steps'), /Wohnung ummelden/);
  await Promise.all([page.waitForNavigation(), page.click('a[href$="/vorschau"]')]);
  assert.match(await page.textContent('main'), /Wohnung ummelden/);
  failures.push(...(await violations(page)));
  await ctx.close();
  assert.deepEqual(failures, []);
});
