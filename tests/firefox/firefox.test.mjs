// The reader's journeys (tests/engines/journeys.mjs) in Firefox: Debian's firefox-esr, driven
// headless by puppeteer-core over WebDriver BiDi (installed in this folder by
// tests/install-browsers.sh). A 404 is not a console message in Firefox, so failed responses
// are recorded from the network events.
import puppeteer from 'puppeteer-core';
import { defineJourneys, findByName } from '../engines/journeys.mjs';

const FIREFOX = '/usr/bin/firefox-esr';
let browser = null;

function wrap(page, context) {
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error' || msg.type() === 'warn') problems.push(`console.${msg.type()}: ${msg.text()}`); });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('response', (response) => { if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`); });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  const element = (name, scope) => page.evaluateHandle(findByName, name, scope ?? null);
  const read = async (name, scope, fn) => {
    const handle = await element(name, scope);
    try {
      return await handle.evaluate(fn);
    } finally {
      await handle.dispose();
    }
  };
  return {
    goto: (url) => page.goto(url),
    async fill(name, text, scope) {
      const box = await element(name, scope);
      await box.evaluate((el) => { el.focus(); el.select(); });
      await box.type(text);
      await box.dispose();
    },
    async select(name, value, scope) {
      const picker = await element(name, scope);
      await picker.select(value);
      await picker.dispose();
    },
    text: (name, scope) => read(name, scope, (el) => el.textContent),
    value: (name, scope) => read(name, scope, (el) => el.value),
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    async messages() {
      const inPage = await page.evaluate(() => window.__engineMessages ?? []);
      return [...problems, ...inPage];
    },
    close: () => context.close(),
  };
}

defineJourneys({
  name: 'Firefox',
  async start() {
    browser = await puppeteer.launch({
      browser: 'firefox', executablePath: FIREFOX, headless: true, protocol: 'webDriverBiDi', timeout: 60_000,
    });
  },
  stop: () => browser?.close(),
  async open() {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    return wrap(page, context);
  },
});
