// Starts the real wegweiser binary with demo content on a free port, and Chromium, for the browser tests.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const inCI = process.env.CI === 'true' || process.env.CI === '1';

/** Why the browser tests cannot run here, or null. In CI a missing browser is a failure, not a skip. */
export function skipReason() {
  if (existsSync(CHROMIUM)) return null;
  const msg = `Chromium not found at ${CHROMIUM} (apt-get install chromium)`;
  if (inCI) throw new Error(`CI=true: ${msg}`);
  console.error(`\n*** SKIPPED: browser tests: ${msg} ***\n`);
  return msg;
}

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
    s.on('error', fail);
  });
}

export const COORDINATOR = { email: 'koordination@example.de', password: 'ein sicheres Passwort' };

/** Signs in through the login form of `page`. */
export async function signIn(page, base, { email, password }, lang = 'de') {
  await page.goto(`${base}/anmelden?lang=${lang}`);
  await page.fill('#login-email', email);
  await page.fill('#login-password', password);
  await Promise.all([page.waitForNavigation(), page.click('form.form-narrow button[type=submit]')]);
}

/** The moment (Berlin time) the test servers start at unless a test chooses another: a Wednesday. */
export const CLOCK = '2026-12-02T10:30';

/** Starts the binary with demo content; `clock` is the Berlin wall-clock time its clock starts at. */
export async function startServer({ clock = CLOCK } = {}) {
  const bin = resolve(process.env.WEGWEISER_BIN || '../target/debug/wegweiser');
  if (!existsSync(bin)) throw new Error(`wegweiser binary not found at ${bin}: run cargo build first`);
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'wegweiser-e2e-'));
  const dbUrl = process.env.E2E_DATABASE_URL || `sqlite://${dir}/wegweiser.sqlite`;
  // The first coordinator comes from the command line, as in a real installation.
  const add = spawnSync(bin, ['user', 'add', '--data-dir', dir, '--database-url', dbUrl,
    '--email', COORDINATOR.email, '--role', 'coordinator'],
    { env: { ...process.env, WEGWEISER_PASSWORD: COORDINATOR.password, WEGWEISER_LOG: 'warn', WEGWEISER_TEST_CLOCK: clock } });
  if (add.status !== 0) throw new Error(`user add failed: ${add.stderr}`);
  const child = spawn(bin, ['serve', '--demo', '--addr', `127.0.0.1:${port}`, '--data-dir', dir,
    '--database-url', dbUrl],
    { stdio: ['ignore', 'ignore', process.env.TEST_LOG ? 'inherit' : 'ignore'], env: { ...process.env, WEGWEISER_LOG: 'warn', WEGWEISER_TEST_CLOCK: clock } });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try { const r = await fetch(`${base}/readyz`); if (r.status === 200) break; } catch { /* not up yet */ }
    if (Date.now() > deadline) { child.kill(); throw new Error('wegweiser did not become ready'); }
    await new Promise((r) => setTimeout(r, 100));
  }
  // Another account from the command line (password as the coordinator's), for journeys of other roles.
  const addUser = (email, role) => {
    const r = spawnSync(bin, ['user', 'add', '--data-dir', dir, '--database-url', dbUrl, '--email', email, '--role', role],
      { env: { ...process.env, WEGWEISER_PASSWORD: COORDINATOR.password, WEGWEISER_LOG: 'warn', WEGWEISER_TEST_CLOCK: clock } });
    if (r.status !== 0) throw new Error(`user add failed: ${r.stderr}`);
    return { email, password: COORDINATOR.password };
  };
  // A second instance on the same store and data directory, as behind a load balancer: its
  // housekeeping runs at once (reminders), and its mail goes to the same outbox.
  const second = async () => {
    const port2 = await freePort();
    const other = spawn(bin, ['serve', '--addr', `127.0.0.1:${port2}`, '--data-dir', dir, '--database-url', dbUrl],
      { stdio: ['ignore', 'ignore', process.env.TEST_LOG ? 'inherit' : 'ignore'], env: { ...process.env, WEGWEISER_LOG: 'warn', WEGWEISER_TEST_CLOCK: clock } });
    const base2 = `http://127.0.0.1:${port2}`;
    const until = Date.now() + 60_000;
    for (;;) {
      try { const r = await fetch(`${base2}/readyz`); if (r.status === 200) break; } catch { /* not up yet */ }
      if (Date.now() > until) { other.kill(); throw new Error('the second instance did not become ready'); }
      await new Promise((r) => setTimeout(r, 100));
    }
    return { base: base2, stop: () => other.kill('SIGTERM') };
  };
  return { base, dir, addUser, second, stop: () => child.kill('SIGTERM') };
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const DESKTOP = { viewport: { width: 1280, height: 800 } };
export const PHONE = { viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Fails the test if the page requested anything from another host. */
export function watchRequests(page, base) {
  const foreign = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('about:')) foreign.push(url);
  });
  return foreign;
}

export async function noHorizontalScroll(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}
