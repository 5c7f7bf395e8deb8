// Under a strict Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval'), the page
// and an embedding post work with zero console messages of any kind, and the single file
// carries a policy that allows its one inline script by hash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { distDir, useBrowser } from './harness.mjs';
import { startCspServer, documentedPolicy } from './csp-server.mjs';
import { openWidgets } from './widget-page.mjs';


const session = useBrowser(startCspServer);

// Violations are also reported as events; record them from the first script on.
function recordViolations() {
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
}

test('the full page under the strict CSP: a reader uses everything, the console stays empty', async () => {
  const { page, messages, close } = await openWidgets(session.browser, session.server.url, {
    permissions: ['clipboard-read', 'clipboard-write'],
  }, { initScript: recordViolations });
  await page.getByLabel('Activation').selectOption('leaky_relu');
  await page.getByLabel('Leak', { exact: true }).fill('0.2');
  await page.getByLabel('Test vector').fill('[[1], [2]');  // an error with a caret
  await page.getByRole('alert').locator('pre').waitFor();
  await page.getByLabel('Test vector').fill('[[1], [-2]]');
  await page.getByLabel('Compare with').selectOption('swish');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: '±10' }).click();
  await page.getByText('Values table').click();
  await page.getByRole('button', { name: 'Copy as NumPy' }).click();
  await page.getByRole('status').filter({ hasText: 'Copied' }).first().waitFor();
  const box = await page.locator('#chart-f').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.getByRole('button', { name: 'Embed' }).click();
  await page.keyboard.press('Escape');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(messages, []);
  await close();
});

test('a post embedding the module under the strict CSP: zero console messages', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}fixtures/two-widgets.html`);
  await page.locator('#second').getByLabel('Test vector').fill('[0.5]');
  assert.deepEqual(messages, []);
  await close();
});

test('the single file carries its policy: its script allowed by hash, nothing unsafe', async () => {
  const html = await readFile(new URL('activation-widget.html', `file://${distDir}`), 'utf8');
  const policy = documentedPolicy(html);
  assert.ok(policy, 'a <meta> Content-Security-Policy');
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|\*/);
  const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assert.equal(scripts.length, 1, 'one inline script');
  const hash = createHash('sha256').update(scripts[0], 'utf8').digest('base64');
  assert.ok(policy.includes(`'sha256-${hash}'`), 'the policy names the script by its hash');
  assert.match(html, /<!--[\s\S]*Content-Security-Policy it needs[\s\S]*-->/, 'the policy is documented in the file');
  assert.doesNotMatch(html, /<style|\sstyle=|<link rel="stylesheet"/, 'no inline styles, no other file');
});

test('nothing in dist/ evaluates strings as code', async () => {
  for (const name of await readdir(distDir)) {
    if (!/\.(js|html)$/.test(name)) continue;
    const text = await readFile(`${distDir}${name}`, 'utf8');
    assert.doesNotMatch(text, /new Function\(|\beval\(|setTimeout\("|innerHTML|outerHTML|insertAdjacentHTML|document\.write/, name);
  }
});
