// Serves dist/ on 127.0.0.1 and drives Debian's Chromium through playwright-core.
import { before, after } from 'node:test';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';

export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export async function startServer() {
  const ctx = await esbuild.context({});
  const { port } = await ctx.serve({ servedir: distDir, host: '127.0.0.1' });
  return { url: `http://127.0.0.1:${port}/`, close: () => ctx.dispose() };
}

export function launchBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

// For a test file: a server (startServer, or another such as startCspServer) and Chromium,
// started before its tests and closed after them. Their handles are on the returned object.
export function useBrowser(start = startServer) {
  const session = { server: null, browser: null };
  before(async () => {
    session.server = await start();
    session.browser = await launchBrowser();
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
