// A parent on a phone (and on a desktop) finds free counselling in Fennpfuhl, in German and English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, skipReason, DESKTOP, PHONE, watchRequests, noHorizontalScroll } from './lib/server.mjs';

const skip = skipReason();
let server, browser;
// Tuesday 1 December 2026, the day a suite that read the real date first failed: the Tuesday row of
// the opening hours is marked as today.
before(async () => { if (skip) return; server = await startServer({ clock: '2026-12-01T09:30' }); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

const LABELS = {
  de: { search: 'Suchen', topic: 'Thema', place: 'Ortsteil', free: 'kostenlos sind', counselling: 'Beratung',
        offer: 'Offene Familien- und Sozialberatung', hours: 'Öffnungszeiten', tuesday: 'Dienstag', today: 'heute', where: 'Wo' },
  en: { search: 'Search', topic: 'Topic', place: 'Neighbourhood', free: 'are free of charge', counselling: 'Counselling',
        offer: 'Open family and social counselling', hours: 'Opening hours', tuesday: 'Tuesday', today: 'today', where: 'Where' },
};

for (const [device, opts] of [['phone 375px', PHONE], ['desktop 1280px', DESKTOP]]) {
  for (const lang of ['de', 'en']) {
    test(`home → search → filter → detail (${device}, ${lang})`, { skip: skip || false }, async () => {
      const L = LABELS[lang];
      const ctx = await browser.newContext({ ...opts, locale: lang === 'de' ? 'de-DE' : 'en-GB' });
      const page = await ctx.newPage();
      const foreign = watchRequests(page, server.base);
      await page.goto(`${server.base}/?lang=${lang}`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.ok(await noHorizontalScroll(page), 'home page scrolls sideways');
      // Home: type a word and search.
      await page.getByRole('searchbox').first().fill(lang === 'de' ? 'Beratung' : 'counselling');
      await page.getByRole('button', { name: L.search }).click();
      await page.waitForURL(/\/angebote\?/);
      // Results page: narrow down with the plain GET form.
      await page.getByLabel(L.topic).selectOption('beratung');
      await page.getByLabel(L.place).selectOption('fennpfuhl');
      await page.getByLabel(L.free).check();
      await page.getByRole('button', { name: L.search }).click();
      await page.waitForURL(/ortsteil=fennpfuhl/);
      assert.ok(await noHorizontalScroll(page), 'results page scrolls sideways');
      const link = page.getByRole('link', { name: L.offer });
      await link.click();
      await page.waitForURL(/\/angebote\/\d+$/);
      // Detail: opening hours and the address.
      await page.getByRole('heading', { name: L.hours, exact: true }).waitFor();
      const hours = await page.locator('.hours-table').innerText();
      assert.match(hours, new RegExp(`${L.tuesday} \\(${L.today}\\)\\s+10:00–13:00`));
      assert.equal(await page.locator('.hours-table tr.today th').innerText(), `${L.tuesday} (${L.today})`);
      const address = await page.locator('address').first().innerText();
      assert.match(address, /Beispielstraße 1/);
      assert.match(address, /10369 Berlin/);
      assert.ok(await page.locator('figure.map svg circle.pin').count() === 1, 'map with a pin');
      assert.ok(await noHorizontalScroll(page), 'detail page scrolls sideways');
      assert.deepEqual(foreign, [], 'requests to other hosts');
      await ctx.close();
    });
  }
}

test('quick exit: Escape replaces the page and leaves no way back to it', { skip: skip || false }, async () => {
  const ctx = await browser.newContext(PHONE);
  await ctx.route('https://www.wetter.de/**', (r) => r.fulfill({ contentType: 'text/html', body: '<title>Wetter</title>neutral' }));
  const page = await ctx.newPage();
  await page.goto(`${server.base}/notfall`);
  await page.keyboard.press('Escape');
  await page.waitForURL('https://www.wetter.de/**');
  assert.equal(await page.title(), 'Wetter');
  await page.goBack().catch(() => {});
  assert.ok(!page.url().startsWith(server.base), `back led to ${page.url()}`);
  // The button works the same on a phone without a keyboard.
  const p2 = await ctx.newPage();
  await p2.goto(`${server.base}/angebote`);
  await p2.getByRole('link', { name: /Seite schnell verlassen|Leave this site quickly/ }).click();
  await p2.waitForURL('https://www.wetter.de/**');
  await ctx.close();
});

test('the layout mirrors for right-to-left languages', { skip: skip || false }, async () => {
  for (const opts of [PHONE, DESKTOP]) {
    const ctx = await browser.newContext(opts);
    const page = await ctx.newPage();
    await page.goto(`${server.base}/angebote?category=beratung`);
    // Arabic test strings in a right-to-left document: the page must mirror, not break.
    await page.evaluate(() => {
      document.documentElement.dir = 'rtl';
      document.documentElement.lang = 'ar';
      document.querySelector('h1').textContent = 'البحث عن المساعدة';
      for (const a of document.querySelectorAll('.card h3 a')) a.textContent = 'استشارة للأسر ' + a.textContent;
    });
    assert.ok(await noHorizontalScroll(page), 'RTL page scrolls sideways');
    const brand = await page.locator('.brand').boundingBox();
    const exit = await page.locator('.quick-exit').boundingBox();
    assert.ok(brand.x > exit.x, 'brand should sit on the right, the exit button on the left');
    const label = await page.locator('.checks label').first().boundingBox();
    const box = await page.locator('.checks input').first().boundingBox();
    assert.ok(box.x > label.x + label.width / 2, 'checkboxes sit at the start (right) of their labels');
    await ctx.close();
  }
});
