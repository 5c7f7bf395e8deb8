// Serves dist/ and the test fixtures (under /fixtures/) on 127.0.0.1 with a strict
// Content-Security-Policy header on every response, as a careful host would. The single
// file gets the policy it documents in its own <meta> tag (its inline script's hash).
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentType } from '../../web/tools/content-types.mjs';

export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function documentedPolicy(html) {
  return html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1] ?? null;
}

export async function startCspServer() {
  const server = http.createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://127.0.0.1');
    const [base, rel] = pathname.startsWith('/fixtures/')
      ? [fixturesDir, pathname.slice('/fixtures/'.length)]
      : [distDir, pathname === '/' ? 'index.html' : pathname.slice(1)];
    const file = path.resolve(base, decodeURIComponent(rel));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      const policy = path.basename(file) === 'activation-widget.html' ? documentedPolicy(body.toString()) : STRICT_CSP;
      res.writeHead(200, {
        'Content-Type': contentType(file),
        'Content-Security-Policy': policy,
        'Cache-Control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Security-Policy': STRICT_CSP }).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}
