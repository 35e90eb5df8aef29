// Choosing a language on a phone: the switcher on every page lists each language in its own name;
// choosing one changes the page's lang and direction, and the choice stays on the next pages
// (reached by links, without ?lang=). Arabic reads right to left with phone numbers kept left to
// right; the page never scrolls sideways.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, skipReason, PHONE, noHorizontalScroll } from './lib/server.mjs';

const skip = skipReason();
let server, browser;

before(async () => {
  if (skip) return;
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); server?.stop(); });

// [switcher entry, lang attribute, direction, the home page's heading in that language]
const LANGS = [
  ['Türkçe', 'tr', 'ltr', "Lichtenberg'de tek ebeveynler için yardım"],
  ['العربية', 'ar', 'rtl', 'مساعدة للوالدين المنفردين في ليشتنبرغ'],
  ['Русский', 'ru', 'ltr', 'Помощь родителям-одиночкам в Лихтенберге'],
  ['Українська', 'uk', 'ltr', 'Допомога батькам-одинакам у Ліхтенберзі'],
  ['Tiếng Việt', 'vi', 'ltr', 'Trợ giúp cho cha mẹ đơn thân ở Lichtenberg'],
  ['Polski', 'pl', 'ltr', 'Pomoc dla samotnych rodziców w Lichtenbergu'],
  ['English', 'en', 'ltr', 'Help for single parents in Lichtenberg'],
  ['Leichte Sprache', 'de-x-ls', 'ltr', 'Hilfe für Allein·erziehende in Lichtenberg'],
  ['Deutsch', 'de', 'ltr', 'Hilfe für Alleinerziehende in Lichtenberg'],
];

async function chooseLanguage(page, name) {
  await page.click('nav.langs summary');
  await Promise.all([page.waitForNavigation(), page.click(`nav.langs a:text-is("${name}")`)]);
}

test('a parent switches through every language on a phone; each choice stays across pages', { skip: skip || false }, async () => {
  const ctx = await browser.newContext({ ...PHONE, locale: 'de-DE' });
  const page = await ctx.newPage();
  await page.goto(`${server.base}/`);
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  for (const [name, lang, dir, heading] of LANGS) {
    if (new URL(page.url()).pathname !== '/') {
      await Promise.all([page.waitForNavigation(), page.click('.site-header .brand')]);
    }
    await chooseLanguage(page, name);
    assert.equal(await page.getAttribute('html', 'lang'), lang, name);
    assert.equal(await page.getAttribute('html', 'dir'), dir, name);
    if (heading) assert.equal((await page.textContent('h1')).trim(), heading, name);
    // The switcher names the language the page is in.
    assert.equal((await page.textContent('nav.langs summary')).includes(name), true, `${name} on the switcher`);
    // Following links keeps the language: the cookie remembers it, the addresses carry no ?lang=.
    await Promise.all([page.waitForNavigation(), page.click('.main-nav a[href="/wege"]')]);
    assert.ok(!page.url().includes('lang='), page.url());
    assert.equal(await page.getAttribute('html', 'lang'), lang, `${name} after a link`);
    await Promise.all([page.waitForNavigation(), page.click('.main-nav a[href="/notfall"]')]);
    assert.equal(await page.getAttribute('html', 'lang'), lang, `${name} two pages on`);
    assert.equal(await page.getAttribute('html', 'dir'), dir);
    assert.ok(await noHorizontalScroll(page), `${name}: no sideways scrolling on the emergency page`);
  }
  await ctx.close();
});

test('Arabic mirrors the page but keeps phone numbers left to right', { skip: skip || false }, async () => {
  const ctx = await browser.newContext({ ...PHONE });
  const page = await ctx.newPage();
  await page.goto(`${server.base}/notfall?lang=ar`);
  // The header's first item (the site name) sits on the right, the quick exit on the left.
  const brand = await page.locator('.site-header .brand').boundingBox();
  const exit = await page.locator('.site-header .quick-exit').boundingBox();
  assert.ok(brand.x > exit.x, `brand at ${brand.x}, quick exit at ${exit.x}`);
  // Every phone number reads left to right, whatever the text around it.
  const dirs = await page.$$eval('a[href^="tel:"]', (links) => links.map((a) => [a.textContent, getComputedStyle(a).direction]));
  assert.ok(dirs.length >= 8, 'the emergency numbers are links');
  for (const [number, dir] of dirs) assert.equal(dir, 'ltr', number);
  // A number rendered as one unit: "030 611 03 00" stays in that order on screen.
  const big = page.locator('a[href="tel:+49306110300"]').first();
  const box = await big.boundingBox();
  assert.ok(box.width > 60, 'one line, one unit');
  // The browser's Arabic font is the system's (Noto), not one from another host.
  const font = await page.$eval('h1', (h) => getComputedStyle(h).fontFamily);
  assert.match(font, /Noto Sans Arabic/);
  await ctx.close();
});

test('Accept-Language chooses the first page; the switcher then overrides it', { skip: skip || false }, async () => {
  const ctx = await browser.newContext({ ...PHONE, locale: 'vi-VN', extraHTTPHeaders: { 'Accept-Language': 'vi-VN,vi;q=0.9,de;q=0.5' } });
  const page = await ctx.newPage();
  await page.goto(`${server.base}/angebote`);
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  await chooseLanguage(page, 'Deutsch');
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  await page.goto(`${server.base}/wege`);
  assert.equal(await page.getAttribute('html', 'lang'), 'de', 'the choice beats the browser language');
  await ctx.close();
});
