// A rule engine over what a reader sees: axe-core (injected into the page; it looks inside the
// widget's open shadow root) run on the full page and on an embed in a blog column, light and
// dark, 1280 and 375 px wide, in the states a reader reaches one after another: as opened; an
// error in the alert; a NumPy program as the test vector; several compared functions (chips);
// the values table open; the embed dialog open. Every WCAG 2.0/2.1 A and AA rule and every
// best practice must pass; a failure lists each violation with its id, target and summary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { useBrowser } from './harness.mjs';
import { waitForWidgets, afterPaint } from './widget-page.mjs';

// The plain server (no Content-Security-Policy, so the injected script may run inline).
const session = useBrowser();
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

// One violation per line and node: the rule, where (through the shadow root: host >> inside),
// and axe's summary of what to fix.
function listViolations(violations) {
  return violations.flatMap((v) => v.nodes.map((n) => {
    const target = n.target.map((t) => (Array.isArray(t) ? t.join(' >> ') : t)).join(' | ');
    return `  ${v.id} (${v.impact}) at ${target}: ${v.help}\n    ${n.failureSummary.replace(/\n/g, '\n    ')}`;
  })).join('\n');
}

// Only colours differ between the light and dark themes, so the second theme of each view
// runs the rules that read colours; both widths run every rule.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

function runAxe(page, rules) {
  return page.evaluate(({ tags, only }) => window.axe.run(document, {
    runOnly: only ? { type: 'rule', values: only } : { type: 'tag', values: tags },
    resultTypes: ['violations'],
  }).then((r) => r.violations.map(({ id, impact, help, nodes }) => ({
    id, impact, help, nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
  }))), { tags: TAGS, only: rules ?? null });
}

// Painted, and (once the layout has rested) each output box whose lines overflow made a tab
// stop, as the widget does 150 ms after its outputs change size. If that never happens, axe
// says so (scrollable-region-focusable) after two seconds.
async function settle(page) {
  await afterPaint(page);
  await page.waitForFunction(() => [...document.querySelectorAll('activation-widget')].every((w) =>
    [...w.shadowRoot.querySelectorAll('output.numpy')].every((box) =>
      (box.scrollWidth > box.clientWidth + 1) === box.hasAttribute('tabindex'))), null, { timeout: 2000 }).catch(() => {});
}

// The state as it is, at both widths and in both themes (the viewport is resized and the
// colour scheme emulated on the open page: the widget lays itself out and repaints for each,
// as it does when a phone turns or the reader's setting changes).
async function auditState(page, where, found) {
  for (const [width, schemes] of [[1280, ['light', 'dark']], [375, ['dark', 'light']]]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [i, colorScheme] of schemes.entries()) {
      await page.emulateMedia({ colorScheme });
      await settle(page);
      const violations = await runAxe(page, i === 0 ? null : COLOUR_RULES);
      if (violations.length) found.push(`${where}, ${width} px, ${colorScheme}:\n${listViolations(violations)}`);
    }
  }
}

// Opens a page (the column fixture is not in dist/: it is answered from tests/browser/fixtures)
// and walks it through the reader's states, auditing each.
async function walk(path) {
  // Reduced motion: the controls' colour transitions (0.15 s) are off, so a switched theme is
  // final at once; a colour half way between the themes is not one a reader reads by.
  const context = await session.browser.newContext({ colorScheme: 'light', reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
  await context.route('**/fixtures/*', async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    const type = name.endsWith('.css') ? 'text/css' : 'text/html';
    route.fulfill({ contentType: `${type}; charset=utf-8`, body: await readFile(fixturesDir + name) });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(session.server.url + path);
  await waitForWidgets(page);
  await page.addScriptTag({ content: axeSource });
  const found = [];
  const where = (state) => `${path || 'index.html'}, ${state}`;
  await auditState(page, where('as opened'), found);

  const box = page.getByLabel('Test vector');
  await box.fill('[[1, 2], [3, 4]');
  await page.getByRole('alert').filter({ hasText: /column/ }).waitFor();
  await auditState(page, where('an error in the alert'), found);

  await box.fill('np.linspace(-5, 5, 11).reshape(-1, 1)');
  await page.getByLabel('f(x)', { exact: true }).filter({ hasText: '\n' }).waitFor();
  await auditState(page, where('a program as the test vector'), found);

  const picker = page.getByLabel('Compare with');
  for (let i = 0; i < 3; i++) {
    await picker.selectOption(await picker.locator('option:not([disabled])').first().getAttribute('value'));
    await page.getByRole('button', { name: 'Add', exact: true }).click();
  }
  await page.getByRole('list', { name: 'Compared functions' }).getByRole('listitem').nth(2).waitFor();
  await auditState(page, where('compared functions'), found);

  await page.getByText('Values table').click();
  await page.getByRole('table').locator('tbody tr').nth(5).waitFor();
  await auditState(page, where('the values table open'), found);

  await page.getByRole('button', { name: 'Embed' }).click();
  await page.getByRole('dialog').waitFor();
  await auditState(page, where('the embed dialog open'), found);

  await context.close();
  assert.deepEqual(errors, []);
  return found;
}

for (const path of ['', 'fixtures/column.html']) {
  test(`axe: ${path || 'the full page'}, light and dark, 1280 and 375 px, every state`, async () => {
    const found = await walk(path);
    assert.ok(found.length === 0, `axe found violations:\n${found.join('\n')}`);
  });
}
