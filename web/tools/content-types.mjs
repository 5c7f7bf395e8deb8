// The Content-Type of each file the page is made of, by extension: one table for `npm start`'s
// server and the test servers.
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ts': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export function contentType(file) {
  return TYPES[path.extname(file)] ?? 'application/octet-stream';
}
