// Serves dist/ and tests/engines/fixtures/ (under /fixtures/) on 127.0.0.1 for the journeys in
// each engine, uncached (Cache-Control: no-store), optionally under the strict
// Content-Security-Policy that the README documents for a self-hosted page. It counts the requests
// for each path, so "the core is fetched once" is measured where the bytes leave, whatever the
// engine. With `recordConsole`, every HTML page gets one same-origin <script> first in <head>
// (allowed by the strict policy) that records console calls, uncaught errors, unhandled
// rejections and CSP violations in the page: WebDriver classic has no console of its own.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentType } from '../../web/tools/content-types.mjs';

export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
export const RECORDER_PATH = '/__engine-tests/console-recorder.js';

const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const recorderFile = fileURLToPath(new URL('./console-recorder.js', import.meta.url));

// The single file's own policy, from its <meta> tag, so the header never contradicts it.
const documentedPolicy = (html) => html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1] ?? null;

export async function startEngineServer({ csp = true, recordConsole = false } = {}) {
  const counts = new Map();
  const server = http.createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://127.0.0.1');
    counts.set(pathname, (counts.get(pathname) ?? 0) + 1);
    let file;
    if (pathname === RECORDER_PATH) file = recorderFile;
    else {
      const [base, rel] = pathname.startsWith('/fixtures/')
        ? [fixturesDir, pathname.slice('/fixtures/'.length)]
        : [distDir, pathname === '/' ? 'index.html' : pathname.slice(1)];
      file = path.resolve(base, decodeURIComponent(rel));
      if (!file.startsWith(base)) return void res.writeHead(403).end();
    }
    let body;
    try {
      body = await readFile(file);
    } catch {
      return void res.writeHead(404, csp ? { 'Content-Security-Policy': STRICT_CSP } : {}).end();
    }
    const type = contentType(file);
    // no-store: every test's requests reach the server, so its counts mean the same in each engine.
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-store' };
    if (type.startsWith('text/html')) {
      let html = body.toString();
      if (csp) headers['Content-Security-Policy'] = documentedPolicy(html) ?? STRICT_CSP;
      // The single file carries its own policy (no 'self' scripts): it gets no recorder.
      if (recordConsole && !documentedPolicy(html)) html = html.replace(/<head>/i, `<head><script src="${RECORDER_PATH}"></script>`);
      body = Buffer.from(html);
    } else if (csp) {
      headers['Content-Security-Policy'] = STRICT_CSP;
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    /** How many requests asked for this path (e.g. '/activations.wasm') since the last reset. */
    requests: (pathname) => counts.get(pathname) ?? 0,
    resetCounts: () => counts.clear(),
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}
