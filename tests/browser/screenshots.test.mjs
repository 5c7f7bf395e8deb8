// Screenshots of the page as readers see it, kept as test artifacts in test-results/
// (git-ignored): light and dark at desktop width, 320 px, and the Embed dialog.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { useBrowser } from './harness.mjs';
import { openWidgets, afterPaint } from './widget-page.mjs';

const outDir = fileURLToPath(new URL('../../test-results/', import.meta.url));

const session = useBrowser();
before(async () => {
  await mkdir(outDir, { recursive: true });
});

const shots = [
  // The tutorial's figure, as the page opens.
  { name: 'widget-light', query: '', options: { viewport: { width: 1280, height: 900 }, colorScheme: 'light' } },
  // Compare mode with a jump, in the dark.
  { name: 'widget-dark', query: '?fn=binary_step&compare=sigmoid,tanh&x=[-2, 0, 1.5]',
    options: { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' } },
  { name: 'widget-narrow', query: '?fn=leaky_relu&leak=0.2', options: { viewport: { width: 320, height: 640 }, deviceScaleFactor: 2 } },
];

for (const { name, query, options } of shots) {
  test(`screenshot: ${name}`, async () => {
    const { page, messages, close } = await openWidgets(session.browser, session.server.url + query, options);
    await afterPaint(page);
    const path = `${outDir}${name}.png`;
    await page.screenshot({ path, fullPage: true });
    assert.ok((await stat(path)).size > 20_000, `${name}.png has content`);
    assert.deepEqual(messages, []);
    await close();
  });
}

test('screenshot: widget-embed-dialog and the crosshair readout', async () => {
  const { page, close } = await openWidgets(session.browser, `${session.server.url}?fn=gelu&compare=relu`, { viewport: { width: 1280, height: 900 } });
  const box = await page.locator('#chart-f').boundingBox();
  await page.mouse.move(box.x + box.width * 0.62, box.y + box.height * 0.5);
  await page.locator('.readout').filter({ hasText: 'f(x)' }).waitFor();
  await page.screenshot({ path: `${outDir}widget-crosshair.png`, clip: { x: 0, y: 0, width: 1280, height: 720 } });
  await page.getByRole('button', { name: 'Embed' }).click();
  await page.getByRole('dialog').waitFor();
  await page.screenshot({ path: `${outDir}widget-embed-dialog.png` });
  await close();
});
