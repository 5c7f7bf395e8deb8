// Serves dist/ on 127.0.0.1 and prints the page's URL (`npm start`, `npm run serve`; PORT picks
// the port, 0 any free one). A small static server rather than esbuild's: text and the WASM core
// go out gzip-compressed when the browser accepts it (the page's script and core are about 2.5x
// smaller on the wire), and every file carries an ETag with `Cache-Control: no-cache`, so a
// reload revalidates each file in one cheap request (304) and never shows a stale build: the
// files in dist/ keep their names from one build to the next.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { contentType } from './content-types.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
const port = Number(process.env.PORT ?? 8000);
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.wasm', '.ts', '.json', '.svg']);
const gzipped = new Map();  // path -> { etag, body }: compressed once per build of the file

const server = http.createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { Allow: 'GET, HEAD' }).end();
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
  } catch {
    return void res.writeHead(400).end();
  }
  let file = path.join(dist, pathname);
  if (file !== dist && !file.startsWith(dist + path.sep)) return void res.writeHead(403).end();
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = path.join(file, 'index.html');
      info = await stat(file);
    }
    const ext = path.extname(file);
    const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const headers = {
      'Content-Type': contentType(file),
      'Cache-Control': 'no-cache',
      ETag: etag,
      'X-Content-Type-Options': 'nosniff',
    };
    if (COMPRESSIBLE.has(ext)) headers.Vary = 'Accept-Encoding';
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, headers).end();
    let body;
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      let cached = gzipped.get(file);
      if (cached?.etag !== etag) gzipped.set(file, cached = { etag, body: gzipSync(await readFile(file)) });
      body = cached.body;
      headers['Content-Encoding'] = 'gzip';
    } else {
      body = await readFile(file);
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
  }
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Serving the activation widget at http://127.0.0.1:${server.address().port}/  (Ctrl+C to stop)`);
});
