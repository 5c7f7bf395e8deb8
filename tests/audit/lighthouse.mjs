// `npm run audit`: Lighthouse (npm `lighthouse`, Debian's Chromium) against the full page as
// `npm start` serves it (web/tools/serve.mjs), with its mobile preset (the default, what
// bloggers look at) and its desktop preset. Prints the four category scores and the key
// metrics, then every audit that did not pass, so a regression shows with its cause.
// A measurement, not a test: slow (about a minute per preset on 2 cores), noisy on a loaded
// machine, and not part of `npm test`. Needs dist/ (npm run build).
//
//   npm run audit                    both presets
//   npm run audit -- --only=mobile   one preset (mobile or desktop)
//   npm run audit -- --runs=3        each preset 3 times, reporting its median run (by the
//                                    performance score): one run on a busy machine is noisy
//   npm run audit -- --json=DIR      also keep each preset's (median) report in DIR
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
const jsonDir = args.find((a) => a.startsWith('--json='))?.slice(7);
const runs = Math.max(1, Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 1));
const presets = ['mobile', 'desktop'].filter((p) => !only || p === only);
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu';

if (!existsSync(path.join(root, 'dist/index.html'))) {
  console.error('npm run audit: dist/index.html is missing: run npm run build first');
  process.exit(1);
}

// The page's own server, on a free port; resolves to its URL once it prints it.
function startServe() {
  const child = spawn(process.execPath, [path.join(root, 'web/tools/serve.mjs')], {
    cwd: root, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = out.match(/http:\/\/127\.0\.0\.1:\d+\//)?.[0];
      if (url) resolve({ url, stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`web/tools/serve.mjs exited (${code}) before serving`)));
  });
}

function lighthouse(url, preset, outFile) {
  const argv = [url, '--output=json', `--output-path=${outFile}`, `--chrome-flags=${CHROME_FLAGS}`, '--quiet',
    ...(preset === 'desktop' ? ['--preset=desktop'] : [])];
  const r = spawnSync(path.join(root, 'node_modules/.bin/lighthouse'), argv, {
    cwd: root, env: { ...process.env, CHROME_PATH }, encoding: 'utf8', maxBuffer: 64 << 20,
  });
  if (r.status !== 0) throw new Error(`lighthouse (${preset}) failed:\n${r.stdout}${r.stderr}`);
  return JSON.parse(readFileSync(outFile, 'utf8'));
}

const CATEGORIES = [['performance', 'Performance'], ['accessibility', 'Accessibility'],
  ['best-practices', 'Best practices'], ['seo', 'SEO']];
const METRICS = [['first-contentful-paint', 'FCP'], ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'], ['cumulative-layout-shift', 'CLS'], ['speed-index', 'Speed index'],
  ['total-byte-weight', 'Total bytes']];

const score = (s) => (s == null ? 'n/a' : String(Math.round(s * 100)));

// The audits below 0.9, worst first: those that count against a category's score, and (scored
// 0) the performance diagnostics and insights, which say where the time and bytes go.
function failed(report) {
  const counted = new Set(Object.values(report.categories)
    .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0 || c.id !== 'performance').map((r) => r.id)));
  const line = (a) => `  ${score(a.score).padStart(3)}  ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`;
  const below = Object.values(report.audits).filter((a) => a.score !== null && a.score < 0.9
    && !['manual', 'notApplicable', 'informative'].includes(a.scoreDisplayMode)).sort((a, b) => a.score - b.score);
  return {
    scored: below.filter((a) => counted.has(a.id)).map(line),
    diagnostics: below.filter((a) => !counted.has(a.id)).map(line),
  };
}

const server = await startServe();
const work = mkdtempSync(path.join(tmpdir(), 'lighthouse-'));
const rows = [];
try {
  for (const preset of presets) {
    const reports = [];
    for (let i = 0; i < runs; i++) reports.push(lighthouse(server.url, preset, path.join(work, `${preset}-${i}.json`)));
    const perf = (r) => r.categories.performance?.score ?? 0;
    reports.sort((a, b) => perf(a) - perf(b));
    const report = reports[Math.floor((reports.length - 1) / 2)];
    if (jsonDir) {
      mkdirSync(jsonDir, { recursive: true });
      writeFileSync(path.join(jsonDir, `lighthouse-${preset}.json`), JSON.stringify(report));
    }
    rows.push({ preset, report, performance: reports.map((r) => score(perf(r))) });
  }
} finally {
  server.stop();
  rmSync(work, { recursive: true, force: true });
}

const version = rows[0]?.report.lighthouseVersion;
console.log(`Lighthouse ${version} on ${server.url} (served by web/tools/serve.mjs), Chromium ${CHROME_PATH}`);
if (runs > 1) console.log(`median of ${runs} runs; performance scores: ${rows.map((r) => `${r.preset} ${r.performance.join(', ')}`).join('; ')}`);
console.log('');
const col = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(16) : c.padStart(10))).join('');
console.log(col(['', ...rows.map((r) => r.preset)]));
for (const [id, name] of CATEGORIES) console.log(col([name, ...rows.map((r) => score(r.report.categories[id]?.score))]));
console.log('');
// Bytes as a number (the audit's displayValue is a sentence); the rest as Lighthouse shows them.
const metric = (report, id) => {
  const a = report.audits[id];
  if (!a) return 'n/a';
  return id === 'total-byte-weight' ? `${Math.round(a.numericValue / 1024)} KiB` : a.displayValue;
};
for (const [id, name] of METRICS) console.log(col([name, ...rows.map((r) => metric(r.report, id))]));
for (const { preset, report } of rows) {
  const { scored, diagnostics } = failed(report);
  console.log(`\n${preset}: ${scored.length ? `${scored.length} scored audits below 90` : 'every scored audit at 90 or above'}`);
  if (scored.length) console.log(scored.join('\n'));
  if (diagnostics.length) console.log(`${preset}, diagnostics and insights:\n${diagnostics.join('\n')}`);
  for (const warning of report.runWarnings ?? []) console.log(`  warning: ${warning.replace(/\s+/g, ' ')}`);
}
