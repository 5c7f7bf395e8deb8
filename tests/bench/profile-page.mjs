// Where the page's time goes: a Chromium trace with V8's sampling profiler, over a cold load
// and 50 parameter changes, for the widget and for the baseline, both bundled *unminified*
// (build/bench-profile/) so samples can be attributed to their source module. Prints, per
// page and phase, the share of main-thread samples by bucket (Chart.js, the widget's own JS,
// the Emscripten glue, the WASM core, GC, Blink's native work) and the top functions.
//   node tests/bench/profile-page.mjs        (npm run bench -- --profile runs it too)
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { launchBrowser } from '../browser/harness.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = path.join(root, 'build/bench-profile');
// The glue and binary dist/ was built from (web/tools/build.mjs bundles build/wasm/).
const wasm = path.join(root, existsSync(path.join(root, 'build/wasm/activations.mjs')) ? 'build/wasm' : 'build/bench-wasm');

async function bundle(name, entry, dir, extra = {}) {
  const target = path.join(out, name);
  mkdirSync(target, { recursive: true });
  await esbuild.build({
    entryPoints: { [path.basename(entry.out, '.js')]: entry.src }, outdir: target, bundle: true, format: 'esm',
    target: 'es2022', minify: false, keepNames: true, legalComments: 'none', logLevel: 'warning', ...extra,
  });
  for (const f of entry.copy) copyFileSync(path.join(dir, f), path.join(target, path.basename(f)));
  return { dir: target, js: path.join(target, entry.out) };
}

const pages = {};
if (existsSync(path.join(root, 'web/src/element/entry-module.js')) && existsSync(path.join(root, 'dist/index.html'))) {
  pages.widget = await bundle('widget', { src: path.join(root, 'web/src/element/entry-module.js'), out: 'activation-widget.js', copy: ['index.html', 'page.css'] }, path.join(root, 'dist'), {
    loader: { '.css': 'text', '.wasm': 'binary' }, external: ['fs', 'path'],
    alias: { 'activation-core-wasm': path.join(wasm, 'activations.mjs'), 'activation-core-wasm-binary': path.join(wasm, 'activations.wasm') },
  });
  copyFileSync(path.join(wasm, 'activations.wasm'), path.join(pages.widget.dir, 'activations.wasm'));
}
pages.baseline = await bundle('baseline', { src: path.join(root, 'tests/bench/baseline/baseline.js'), out: 'baseline.js', copy: ['index.html', 'baseline.css'] }, path.join(root, 'tests/bench/baseline'));

const MARKS = `(() => {
  const ready = () => document.documentElement.dataset.ready === 'true' || document.querySelector('[data-ready="true"]');
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__painted = performance.now(); performance.mark('bench-painted'); };
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
  window.__deep = (selector) => {
    const found = [];
    const walk = (node) => { found.push(...node.querySelectorAll(selector)); for (const el of node.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot); };
    walk(document);
    return found;
  };
})();`;

async function trace(browser, dir) {
  const ctx = await esbuild.context({});
  const { port } = await ctx.serve({ servedir: dir, host: '127.0.0.1' });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript({ content: MARKS });
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'v8', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'] });
  await page.goto(`http://127.0.0.1:${port}/index.html?fn=leaky_relu`);
  await page.waitForFunction(() => window.__painted !== undefined, null, { timeout: 30000 });
  const painted = await page.evaluate(async () => {
    const box = window.__deep('#param-leak')[0];
    const contexts = window.__deep('canvas').map((c) => c.getContext('2d'));
    // Each change: from the dispatch to the end of the next frame's rAF work (the widget
    // draws there), both canvases rasterised; then a pause, outside the window.
    for (let i = 0; i < 50; i++) {
      performance.mark('bench-change-start');
      box.value = (0.01 + i / 100).toFixed(2);
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(() => {
        for (const c of contexts) c.getImageData(0, 0, 1, 1);
        performance.mark('bench-change-done');
        resolve();
      }));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return window.__painted;
  });
  const raw = await browser.stopTracing();
  // BENCH_TRACE_DIR=dir keeps the traces, for chrome://tracing or Perfetto.
  if (process.env.BENCH_TRACE_DIR) writeFileSync(path.join(process.env.BENCH_TRACE_DIR, `${path.basename(dir)}-trace.json`), raw);
  const events = JSON.parse(raw.toString()).traceEvents;
  await context.close();
  await ctx.dispose();
  return { events, painted, problems };
}

// Lines of an unminified esbuild bundle -> the module they came from ("// path" headers).
function moduleMap(js) {
  const starts = [];
  readFileSync(js, 'utf8').split('\n').forEach((line, i) => {
    const m = line.match(/^\/\/ ((?:node_modules|web|tests|build|\.\.)\/\S+)$/);
    if (m) starts.push([i, m[1]]);
  });
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = '?';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid][0] <= line) { found = starts[mid][1]; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  };
}

function bucketOf(frame, moduleOf, jsName) {
  const { url = '', functionName = '' } = frame;
  if (url.startsWith('wasm://') || url.endsWith('.wasm')) return ['WASM core', functionName];
  if (url.endsWith(jsName)) {
    const m = moduleOf(frame.lineNumber ?? 0);
    const bucket = m.includes('chart.js') || m.includes('@kurkle') ? 'Chart.js'
      : m.includes('activations.mjs') ? 'Emscripten glue' : m.startsWith('web/') || m.startsWith('tests/') ? 'page JS (web/src or baseline)' : `JS ${m}`;
    return [bucket, `${m.replace(/^.*node_modules\//, '')} ${functionName}`];
  }
  if (functionName === '(garbage collector)') return ['GC', functionName];
  if (functionName === '(idle)') return ['idle', functionName];
  if (functionName === '(program)') return ['Blink/V8 native: parse, compile, style, layout, paint, raster', functionName];
  // Native calls are charged to their JS caller: the anonymous caller is the bench's own
  // evaluate(), whose getImageData forces the canvases' raster.
  if (!url && !functionName) return ['canvas raster forced by the bench (1-px readback)', '(the bench harness: getImageData)'];
  return ['browser built-ins', functionName || url];
}

function summarise(name, { events, painted, problems }, jsPath) {
  const moduleOf = moduleMap(jsPath);
  const jsName = path.basename(jsPath);
  const mark = (n) => events.filter((e) => e.name === n);
  const paintedMark = mark('bench-painted')[0];
  const pid = paintedMark.pid;
  const navStart = paintedMark.ts - painted * 1000;
  const changeWindows = [];
  const done = mark('bench-change-done').map((e) => e.ts);
  const starts = mark('bench-change-start').map((e) => e.ts);
  for (let i = 0; i < done.length; i++) changeWindows.push([starts[i], done[i]]);
  // Samples of the page's renderer.
  const profiles = new Map();
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile') profiles.set(e.id, { start: e.args.data.startTime, nodes: new Map(), samples: [], deltas: [] });
    if (e.name === 'ProfileChunk') {
      const p = profiles.get(e.id) ?? profiles.set(e.id, { start: e.ts, nodes: new Map(), samples: [], deltas: [] }).get(e.id);
      for (const n of e.args.data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
      p.samples.push(...(e.args.data.cpuProfile?.samples ?? []));
      p.deltas.push(...(e.args.data.timeDeltas ?? []));
    }
  }
  const phases = { 'cold load (navigation → charts painted)': (ts) => ts >= navStart && ts <= paintedMark.ts,
    '50 parameter changes (input → next frame drawn, idle excluded)': (ts) => changeWindows.some(([a, b]) => ts >= a && ts <= b) };
  const lines = problems.length ? [`  ${name}: page errors: ${[...new Set(problems)].join('; ')}`] : [];
  // Main-thread CPU time (the trace's thread time of its top-level tasks, each counted for the
  // share of it inside the window): what the page costs, whatever else the machine runs.
  const mainTid = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain')?.tid;
  const tasks = events.filter((e) => e.pid === pid && e.tid === mainTid && e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.tdur !== undefined);
  const cpuMs = (a, b) => tasks.reduce((sum, e) => {
    const overlap = Math.min(b, e.ts + e.dur) - Math.max(a, e.ts);
    return overlap > 0 ? sum + (e.tdur * overlap) / Math.max(e.dur, 1) / 1000 : sum;
  }, 0);
  if (tasks.length > 0) {
    const perChange = changeWindows.map(([a, b]) => cpuMs(a, b)).sort((x, y) => x - y);
    const pick = (q) => perChange[Math.min(perChange.length - 1, Math.ceil(q * perChange.length) - 1)];
    lines.push(`  ${name}: main-thread CPU time: cold load ${cpuMs(navStart, paintedMark.ts).toFixed(0)} ms (wall ${painted.toFixed(0)} ms);` +
      ` per parameter change p50 ${pick(0.5).toFixed(1)} ms, p95 ${pick(0.95).toFixed(1)} ms (50 changes)`);
  }
  for (const [phase, inPhase] of Object.entries(phases)) {
    const buckets = new Map();
    const fns = new Map();
    let total = 0;
    for (const p of profiles.values()) {
      let ts = p.start;
      p.samples.forEach((id, i) => {
        ts += p.deltas[i] ?? 0;
        if (!inPhase(ts)) return;
        const node = p.nodes.get(id);
        if (!node) return;
        const [bucket, fn] = bucketOf(node.callFrame, moduleOf, jsName);
        total++;
        buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
        if (bucket !== 'idle') fns.set(fn, (fns.get(fn) ?? 0) + 1);
      });
    }
    const pct = (v) => `${((100 * v) / Math.max(total, 1)).toFixed(1).padStart(5)}%`;
    lines.push(`  ${name}, ${phase}: ${total} samples`);
    for (const [b, v] of [...buckets].sort((a, b) => b[1] - a[1])) lines.push(`    ${pct(v)}  ${b}`);
    lines.push('    top functions (self time):');
    for (const [f, v] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 10)) lines.push(`      ${pct(v)}  ${f}`);
  }
  return lines;
}

const browser = await launchBrowser();
const report = ['Profile: V8 sampling profiler in a Chromium trace, main thread of each page, unminified bundles (build/bench-profile)'];
try {
  for (const [name, p] of Object.entries(pages)) report.push(...summarise(name, await trace(browser, p.dir), p.js));
} finally {
  await browser.close();
}
console.log(report.join('\n'));
