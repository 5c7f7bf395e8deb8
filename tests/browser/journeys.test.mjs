// The reader's journeys that Firefox and WebKit run (tests/engines/journeys.mjs), run here in
// Chromium through playwright-core, so the three engines answer the same questions.
import { launchBrowser } from './harness.mjs';
import { defineJourneys, findByName } from '../engines/journeys.mjs';

let browser = null;

defineJourneys({
  name: 'Chromium',
  async start() {
    browser = await launchBrowser();
  },
  stop: () => browser?.close(),
  async open() {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on('console', (msg) => { if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`); });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('response', (response) => { if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`); });
    const element = (name, scope) => page.evaluateHandle(`(${findByName})(${JSON.stringify(name)}, ${JSON.stringify(scope ?? null)})`);
    const use = async (name, scope, fn) => {
      const handle = await element(name, scope);
      try {
        return await fn(handle);
      } finally {
        await handle.dispose();
      }
    };
    return {
      goto: (url) => page.goto(url),
      fill: (name, text, scope) => use(name, scope, (h) => h.fill(text)),
      select: (name, value, scope) => use(name, scope, (h) => h.selectOption(value)),
      text: (name, scope) => use(name, scope, (h) => h.evaluate((el) => el.textContent)),
      value: (name, scope) => use(name, scope, (h) => h.evaluate((el) => el.value)),
      evaluate: (fn, arg) => page.evaluate(fn, arg),
      async messages() {
        return [...problems, ...await page.evaluate(() => window.__engineMessages ?? [])];
      },
      close: () => context.close(),
    };
  },
});
