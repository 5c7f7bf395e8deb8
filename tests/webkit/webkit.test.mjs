// The reader's journeys (tests/engines/journeys.mjs) in WebKit, Safari's engine: Debian's
// WebKitGTK MiniBrowser through WebKitWebDriver and webdriverio (installed in this folder by
// tests/install-browsers.sh: it cannot share a tree with puppeteer-core), on a virtual display
// (xvfb-run). WebDriver classic has no console: tests/engines/server.mjs puts a recorder script
// into every page it serves (console.error/warn calls, uncaught errors, failed loads, CSP
// violations). WebKit's own console messages stay out of reach (MiniBrowser writes none to
// stdout in automation mode), which is why 'the core fetched once' is counted at the server.
// Its keys() drops repeated characters, so text goes in by setValue.
import { remote } from 'webdriverio';
import { spawn } from 'node:child_process';
import net from 'node:net';
import { defineJourneys, findByName } from '../engines/journeys.mjs';

const DRIVER = '/usr/bin/WebKitWebDriver';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
let driverProcess = null;
let browser = null;

const freePort = () => new Promise((resolve, reject) => {
  const probe = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});

async function startDriver() {
  const port = await freePort();
  // Its own process group, so stop() ends xvfb-run, Xvfb, the driver and MiniBrowser together.
  driverProcess = spawn('xvfb-run', ['-a', DRIVER, `--port=${port}`, '--host=127.0.0.1'], { detached: true, stdio: 'ignore' });
  const deadline = Date.now() + 30_000;
  for (;;) {
    const up = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => { socket.end(); resolve(true); }).once('error', () => resolve(false));
    });
    if (up) return port;
    if (driverProcess.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driverProcess.exitCode})`);
    if (Date.now() > deadline) throw new Error('WebKitWebDriver did not start listening');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// WebDriver classic hands elements back from execute(); a node:test-friendly wrapper.
const element = async (name, scope) => browser.$(await browser.execute(findByName, name, scope ?? null));

const page = {
  goto: (url) => browser.url(url),
  async fill(name, text, scope) {
    await (await element(name, scope)).setValue(text);
  },
  async select(name, value, scope) {
    await (await element(name, scope)).selectByAttribute('value', value);
  },
  text: (name, scope) => browser.execute(`return (${findByName}).apply(null, arguments).textContent`, name, scope ?? null),
  value: (name, scope) => browser.execute(`return (${findByName}).apply(null, arguments).value`, name, scope ?? null),
  evaluate: (fn, ...args) => browser.execute(fn, ...args),
  messages: () => browser.execute(() => window.__engineMessages ?? []),
  close: async () => { await browser.url('about:blank'); },
};

defineJourneys({
  name: 'WebKit',
  async start() {
    const port = await startDriver();
    browser = await remote({
      hostname: '127.0.0.1', port, logLevel: 'error', connectionRetryTimeout: 60_000,
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    });
  },
  async stop() {
    await browser?.deleteSession().catch(() => {});
    if (driverProcess?.exitCode === null) process.kill(-driverProcess.pid, 'SIGTERM');
  },
  open: async () => page,
});
