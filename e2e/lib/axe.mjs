// axe-core with the WCAG 2.1 A and AA rules, run the same way by every browser test.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core');
const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The page's violations, one line each: address, rule, impact, help and the first three elements. */
export async function violations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate((tags) => axe.run(document, { runOnly: { type: 'tag', values: tags } }), WCAG21_AA);
  return result.violations.map((v) =>
    `${page.url()} ${v.id} [${v.impact}] ${v.help} – ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}
