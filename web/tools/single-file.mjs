// dist/activation-widget.html: the full page with its script (and so the WASM, base64, and
// every style) inlined, for opening from disk or in an iframe with no network. Its one inline
// script is allowed by a hash in the file's own Content-Security-Policy, so it needs neither
// 'unsafe-inline' nor 'unsafe-eval'; the policy is also written out in a comment for anyone
// who serves the file with a CSP header of their own.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';

// web/index.html marks what the single file carries inline instead (the stylesheet, the module
// script, the WASM preload) with data-single-file="drop"; each such element goes, with the
// comment line just before it if there is one, and at least one must be found.
const DROPPED = /(?:\n[ \t]*<!--(?:(?!-->)[^\n])*-->)?\n[ \t]*<(link|script)\b[^>]*\sdata-single-file="drop"[^>]*>(?:<\/script>)?/g;

export async function buildSingleFile({ bundleOptions, entry, workerEntry, pageHtml }) {
  // The worker for long test vectors travels as text and starts from a blob: URL (a classic
  // worker: its code has no imports left, and it is handed the compiled core, so the glue's
  // import.meta.url, empty in this format, is never used).
  const worker = await esbuild.build({
    ...bundleOptions, entryPoints: [workerEntry], format: 'iife', write: false,
    logOverride: { 'empty-import-meta': 'silent' },
  });
  const result = await esbuild.build({
    ...bundleOptions,
    entryPoints: [entry],
    write: false,
    define: { ...bundleOptions.define, __VECTOR_WORKER_SCRIPT__: JSON.stringify(worker.outputFiles[0].text) },
  });
  // Inside <script>, "</script" and "<!--" would end or confuse the element; in our output they
  // can only occur inside string literals, where "<\/" and "<\!" mean the same.
  const script = result.outputFiles[0].text.trim()
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(/<!--/g, '<\\!--');
  const hash = `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
  const csp = `default-src 'none'; script-src ${hash} 'wasm-unsafe-eval'; worker-src blob:; style-src 'self'; img-src data:; ` +
    "base-uri 'none'; form-action 'none'";
  const doc = [
    '<!--',
    '  Activation widget: one self-contained file (the WebAssembly core, Chart.js, styles).',
    '  It needs no other file and no network: open it from disk or put it in an <iframe>.',
    '  Content-Security-Policy it needs, also set in the <meta> tag below. If you serve this',
    '  file with a CSP header of your own, that header must allow at least:',
    `    script-src ${hash} 'wasm-unsafe-eval'; worker-src blob:; img-src data:`,
    "  (no 'unsafe-inline', no 'unsafe-eval'; styles are constructed stylesheets, which CSP allows).",
    '-->',
  ].join('\n');
  if (!DROPPED.test(pageHtml)) throw new Error('single-file build: web/index.html marks nothing data-single-file="drop"');
  DROPPED.lastIndex = 0;
  let html = pageHtml
    .replace(/^<!doctype html>\n/i, `<!doctype html>\n${doc}\n`)
    .replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${csp}">`)
    .replace(DROPPED, '');
  // The script goes last in <body>: a module runs after parsing anyway, and the page's
  // markup stays readable at the top of the file.
  html = html.replace('</body>', () => `<script type="module">${script}</script>\n</body>`);
  if (html.includes('data-single-file')) throw new Error('single-file build: a data-single-file element was left in');
  for (const needle of ['Content-Security-Policy', '<script type="module">']) {
    if (!html.includes(needle)) throw new Error(`single-file build: web/index.html changed shape (${needle})`);
  }
  if (/href="(?!data:)|src="/.test(html.replace(/<script type="module">[\s\S]*<\/script>/, ''))) {
    throw new Error('single-file build: the page still points at another file');
  }
  return html;
}
