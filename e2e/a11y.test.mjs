// axe-core (WCAG 2.1 A and AA rules) on every public page type: in German at 1280 px, and at 375 px
// in German, Arabic (right to left) and Vietnamese (diacritics); the core pages at 375 px in every
// other language and in Leichte Sprache. Two pages are checked at a time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, skipReason, signIn, COORDINATOR, DESKTOP, PHONE, watchRequests } from './lib/server.mjs';
import { violations } from './lib/axe.mjs';

const skip = skipReason();
let server, browser, pages;

before(async () => {
  if (skip) return;
  server = await startServer();
  browser = await launchBrowser();
  const list = await (await fetch(`${server.base}/api/v1/offers?per_page=100`)).json();
  const offer = list.items.find((o) => o.name.de === 'Offene Familien- und Sozialberatung');
  const closed = list.items.find((o) => o.temporarily_closed);
  const shelter = list.items.find((o) => o.locations.some((l) => l.confidential));
  pages = {
    home: '/',
    search: '/angebote',
    'search with filters': '/angebote?q=beratung&category=beratung&free=1',
    'search without results': '/angebote?q=zzzzqqq',
    'search without results, near topics and chains': '/angebote?q=Schwangerschaftstest',
    'search with errors': '/angebote?category=nope&free=vielleicht',
    'offer detail': `/angebote/${offer.id}`,
    'offer temporarily closed': `/angebote/${closed.id}`,
    'offer with confidential address': `/angebote/${shelter.id}`,
    'offer print view': `/angebote/${offer.id}/druck`,
    organization: `/traeger/${offer.organization.id}`,
    ortsteile: '/ortsteile',
    ortsteil: '/ortsteile/fennpfuhl',
    categories: '/kategorien',
    category: '/kategorien/beratung',
    emergency: '/notfall',
    'not found': '/angebote/999999',
    login: '/anmelden',
    'benefits check': '/leistungs-check',
    'life situations': '/wege',
    'chain with a relative deadline': '/wege/kita-platz',
    'chain print view': '/wege/krise-gewalt-notfall/drucken',
    'chain poster': '/wege/schulstart/aushang',
    'events this week': '/veranstaltungen',
    'events of a month, filtered': '/veranstaltungen?ansicht=monat&childcare=1',
    'events with a bad filter': '/veranstaltungen?category=nope',
    'event with a cancellation': '/veranstaltungen/1',
    'event poster': '/veranstaltungen/1/aushang',
    news: '/aktuelles',
    'search with matching events': '/angebote?q=Treff',
    article: '/aktuelles/anlauf-und-beratungsstelle',
    campaign: '/aktionen/aktionswoche-beispiel',
    'campaign poster': '/aktionen/aktionswoche-beispiel/aushang',
    newsletter: '/newsletter',
    'newsletter link used up': '/newsletter/bestaetigen/abc',
    'offer flyer A6': `/angebote/${offer.id}/aushang?format=a6`,
    'password link used up': '/passwort/abc',
    'confirmation link used up': '/bestaetigen/abc',
    'report a mistake': `/angebote/${offer.id}/fehler`,
    'forgot password': '/passwort-vergessen',
    'about us and contact': '/ueber-uns',
    impressum: '/impressum',
    'privacy statement': '/datenschutz',
    'accessibility statement': '/barrierefreiheit',
    'search with filters, panel opened by an error': '/angebote?q=kita&weekday=9',
    'tandem (what it is)': '/tandem',
    'groups and meet-ups': '/gruppen',
    'groups of one Ortsteil': '/gruppen?ortsteil=fennpfuhl',
    'a group': '/gruppen/1',
    'a group by request': '/gruppen/5',
    'sign-up for parents': '/registrieren',
    'sign-up link used up': '/konto/bestaetigen/abc',
    'family-friendly employers': '/arbeitgeber',
    'an employer': '/arbeitgeber/1',
    'employers compared': '/arbeitgeber/vergleich?e=1&e=2&e=3',
    'employer registration': '/arbeitgeber/registrieren',
    'the pledge campaign': '/arbeitgeber/familienfreundlich',
    'the pledge poster': '/arbeitgeber/familienfreundlich/aushang',
    'the pledge flyer A6': '/arbeitgeber/familienfreundlich/aushang?format=a6',
    'a company\'s shop-window poster': '/arbeitgeber/2/aushang',
    'from the AG (public reports)': '/aus-der-ag',
    'a report from the AG': '/aus-der-ag/1',
    'what is missing (needs form)': '/bedarf?thema=kinderbetreuung&ortsteil=malchow',
    'statistics': '/statistik',
    'jobs': '/jobs',
    'jobs near a place, with a distance': '/jobs?nahe=10369&km=5',
    'jobs, an unknown place': '/jobs?nahe=Potsdam',
    'jobs, a window that ends before it starts': '/jobs?tag=mon&von=14%3A00&bis=08%3A00',
    'a job': '/jobs/1',
  };
});
after(async () => { await browser?.close(); server?.stop(); });

/** axe on each of `paths` in `lang`, two pages at a time; the failures, one line each. */
async function check(opts, lang, paths) {
  const ctx = await browser.newContext({ ...opts, bypassCSP: true });
  const failures = [];
  const queue = [...paths];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [name, path] = next;
      const page = await ctx.newPage();
      const foreign = watchRequests(page, server.base);
      const sep = path.includes('?') ? '&' : '?';
      await page.goto(`${server.base}${path}${sep}lang=${lang}`);
      for (const v of await violations(page)) failures.push(`${name}: ${v}`);
      if (foreign.length) failures.push(`${name}: requests to other hosts: ${foreign.join(', ')}`);
      await page.close();
    }
  };
  await Promise.all([worker(), worker()]);
  await ctx.close();
  return failures;
}

for (const [device, opts, langs] of [['1280px', DESKTOP, ['de']], ['375px', PHONE, ['de', 'ar', 'vi']]]) {
  for (const lang of langs) {
    test(`axe: no WCAG 2.1 AA violations on every page type (${lang}, ${device})`, { skip: skip || false }, async () => {
      assert.deepEqual(await check(opts, lang, Object.entries(pages)), []);
    });
  }
}

// The core journeys: home, a search and its results, an offer, emergency, the chains, the check.
const CORE = ['home', 'search with filters', 'search without results', 'offer detail', 'emergency',
  'life situations', 'chain with a relative deadline', 'benefits check', 'events this week', 'statistics'];

for (const lang of ['en', 'tr', 'ru', 'uk', 'pl', 'de-ls']) {
  test(`axe: no WCAG 2.1 AA violations on the core pages (${lang}, 375px)`, { skip: skip || false }, async () => {
    const core = Object.entries(pages).filter(([name]) => CORE.includes(name));
    assert.equal(core.length, CORE.length, 'every core page is in the list');
    assert.deepEqual(await check(PHONE, lang, core), []);
  });
}

for (const [device, opts, langs] of [['1280px', DESKTOP, ['de']], ['375px', PHONE, ['en']]]) {
  for (const lang of langs) {
    test(`axe: sign-in with an error and the back office (${lang}, ${device})`, { skip: skip || false }, async () => {
      const ctx = await browser.newContext({ ...opts, bypassCSP: true });
      const page = await ctx.newPage();
      const failures = [];
      await signIn(page, server.base, { email: COORDINATOR.email, password: 'falsch falsch' }, lang);
      assert.equal(await page.locator('#login-error').count(), 1, 'the wrong password is reported at the form');
      assert.equal(await page.getAttribute('#login-email', 'aria-invalid'), 'true');
      failures.push(...(await violations(page)).map((v) => `login with error: ${v}`));
      await signIn(page, server.base, COORDINATOR, lang);
      assert.match(page.url(), /\/verwaltung$/);
      failures.push(...(await violations(page)).map((v) => `back office: ${v}`));
      await page.goto(`${server.base}/verwaltung/uebersetzungen?sprache=tr&lang=${lang}`);
      failures.push(...(await violations(page)).map((v) => `translations overview: ${v}`));
      // The editors with a text's languages side by side, every fold open.
      for (const path of ['/verwaltung/seiten/ueber-uns', '/verwaltung/termine/neu', '/verwaltung/beitraege/neu', '/gruppen/1/bearbeiten']) {
        await page.goto(`${server.base}${path}?lang=${lang}`);
        assert.ok(await page.locator('details.more-langs').count() > 0, `${path}: the further languages`);
        await page.$$eval('details', (all) => all.forEach((d) => { d.open = true; }));
        failures.push(...(await violations(page)).map((v) => `${path}: ${v}`));
      }
      await ctx.close();
      assert.deepEqual(failures, []);
    });
  }
}

test('axe harness finds violations on a page that has them', { skip: skip || false }, async () => {
  const ctx = await browser.newContext({ ...DESKTOP, bypassCSP: true });
  const page = await ctx.newPage();
  await page.setContent('<html><body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></body></html>');
  // The helper every browser test uses reports them, one line per rule.
  const found = await violations(page);
  const ids = found.map((v) => v.split(' ')[1]);
  assert.ok(ids.includes('image-alt') && ids.includes('label') && ids.includes('html-has-lang'), found.join('\n'));
  await ctx.close();
});
