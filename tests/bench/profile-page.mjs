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
const args = process.argv.slice(2);
// --fn=elu: ELU beside ReLU (?fn=elu&compare=relu, the alpha box), as page.mjs's second case.
const CASE = args.find((a) => a.startsWith('--fn='))?.slice(5) ?? 'leaky_relu';
const QUERY = CASE === 'elu' ? '?fn=elu&compare=relu' : `?fn=${CASE}`;
const BOX = CASE === 'elu' ? '#param-alpha' : '#param-leak';
const VALUE = CASE === 'elu' ? (i) => (0.1 + ((i * 37) % 99) / 50).toFixed(2) : (i) => (0.01 + i / 100).toFixed(2);
// --only=widget or --only=baseline: one page.
const ONLY = args.find((a) => a.startsWith('--only='))?.slice(7);
// --detail: also each function's inclusive time (Chart.js's update and draw, the widget's steps).
const DETAIL = args.includes('--detail');
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
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'v8', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler', 'disabled-by-default-devtools.timeline.stack'] });
  await page.goto(`http://127.0.0.1:${port}/index.html${QUERY}`);
  await page.waitForFunction(() => window.__painted !== undefined, null, { timeout: 30000 });
  const values = Array.from({ length: 50 }, (_, i) => VALUE(i));
  const painted = await page.evaluate(async ({ selector, values }) => {
    const box = window.__deep(selector)[0];
    const contexts = window.__deep('canvas').map((c) => c.getContext('2d'));
    // Each change: from the dispatch to the end of the next frame's rAF work (the widget
    // draws there), both canvases rasterised ('done'); and on to that frame painted
    // ('painted': a message posted in rAF is handled after the frame); then a pause.
    for (const value of values) {
      performance.mark('bench-change-start');
      box.value = value;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(() => {
        for (const c of contexts) c.getImageData(0, 0, 1, 1);
        performance.mark('bench-change-done');
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { performance.mark('bench-change-painted'); resolve(); };
        channel.port2.postMessage(0);
      }));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return window.__painted;
  }, { selector: BOX, values });
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
  const paintedMarks = mark('bench-change-painted').map((e) => e.ts);
  for (let i = 0; i < done.length; i++) changeWindows.push([starts[i], done[i]]);
  // The same changes on to their frame painted: the frame's style, layout and paint too.
  const frameWindows = starts.map((a, i) => [a, paintedMarks[i]]);
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
    const toPaint = frameWindows.map(([a, b]) => cpuMs(a, b)).sort((x, y) => x - y);
    lines.push(`  ${name}: main-thread CPU time: cold load ${cpuMs(navStart, paintedMark.ts).toFixed(0)} ms (wall ${painted.toFixed(0)} ms);` +
      ` per parameter change p50 ${pick(0.5).toFixed(1)} ms, p95 ${pick(0.95).toFixed(1)} ms (50 changes, to the rAF work done);` +
      ` to the frame painted p50 ${toPaint[Math.ceil(0.5 * toPaint.length) - 1].toFixed(1)} ms`);
    lines.push(...lifecycle(events, pid, mainTid, frameWindows, moduleOf, jsName));
    lines.push(...lifecycle(events, pid, mainTid, [[navStart, paintedMark.ts]], moduleOf, jsName, 'cold load, main-thread CPU by trace event (self time, ms)'));
  }
  for (const [phase, inPhase] of Object.entries(phases)) {
    const buckets = new Map();
    const fns = new Map();
    let total = 0;
    samplesIn(profiles, inPhase, (p, id) => {
      const node = p.nodes.get(id);
      if (!node) return;
      const [bucket, fn] = bucketOf(node.callFrame, moduleOf, jsName);
      total++;
      buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
      if (bucket !== 'idle') fns.set(fn, (fns.get(fn) ?? 0) + 1);
    });
    const pct = (v) => `${((100 * v) / Math.max(total, 1)).toFixed(1).padStart(5)}%`;
    lines.push(`  ${name}, ${phase}: ${total} samples`);
    for (const [b, v] of [...buckets].sort((a, b) => b[1] - a[1])) lines.push(`    ${pct(v)}  ${b}`);
    lines.push('    top functions (self time):');
    for (const [f, v] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 10)) lines.push(`      ${pct(v)}  ${f}`);
    if (DETAIL) {
      // Inclusive time: each function once per sample whose stack holds it.
      const inclusive = new Map();
      let n = 0;
      samplesIn(profiles, inPhase, (p, id) => {
        n++;
        const seen = new Set();
        for (let node = p.nodes.get(id); node; node = p.nodes.get(node.parent)) {
          const [bucket, fn] = bucketOf(node.callFrame, moduleOf, jsName);
          if (bucket === 'idle' || seen.has(fn)) continue;
          seen.add(fn);
          inclusive.set(fn, (inclusive.get(fn) ?? 0) + 1);
        }
      });
      lines.push('    top functions (inclusive time):');
      for (const [f, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40)) lines.push(`      ${((100 * v) / Math.max(n, 1)).toFixed(1).padStart(5)}%  ${f}`);
    }
  }
  return lines;
}

// Calls visit(profile, nodeId) for each CPU sample whose time passes inPhase.
function samplesIn(profiles, inPhase, visit) {
  for (const p of profiles.values()) {
    let ts = p.start;
    p.samples.forEach((id, i) => {
      ts += p.deltas[i] ?? 0;
      if (inPhase(ts)) visit(p, id);
    });
  }
}

// The renderer's main thread by trace event, per change: each event's self time (its thread
// time less its children's), by name, split into work forced inside script (a style recalc
// or layout a canvas font or a DOM read asked for: with the script that asked) and the
// frame's own; so style, layout, paint and script are told apart.
function lifecycle(events, pid, tid, windows, moduleOf, jsName, title = 'per change (to the frame painted), main-thread CPU by trace event (self time, ms, mean)') {
  const inWindow = (e) => windows.some(([a, b]) => e.ts >= a && e.ts <= b);
  const list = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.tdur !== undefined && inWindow(e))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const SCRIPT = new Set(['EventDispatch', 'FireAnimationFrame', 'FunctionCall', 'TimerFire', 'v8.callFunction']);
  const stack = [];
  const self = new Map();
  const wall = new Map();  // the same, in wall time: where the thread waited (or was descheduled)
  const forcedBy = new Map();
  for (const e of list) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) {
      parent.childT = (parent.childT ?? 0) + e.tdur;
      parent.childW = (parent.childW ?? 0) + e.dur;
    }
    e.inScript = Boolean(parent && (parent.inScript || SCRIPT.has(parent.name)));
    stack.push(e);
  }
  for (const e of list) {
    const t = Math.max(0, e.tdur - (e.childT ?? 0)) / 1000;
    const forced = e.inScript && /UpdateLayoutTree|Layout|RecalcStyle|PrePaint/.test(e.name);
    const key = forced ? `${e.name} (forced in script)` : e.name;
    self.set(key, (self.get(key) ?? 0) + t);
    wall.set(key, (wall.get(key) ?? 0) + Math.max(0, e.dur - (e.childW ?? 0)) / 1000);
    if (e.name === 'Layout' && e.args?.beginData) {
      const k = `${key}: objects laid out (dirty of total)`;
      const [d, t] = forcedBy.get(k) ?? [0, 0];
      forcedBy.set(k, [d + (e.args.beginData.dirtyObjects ?? 0), t + (e.args.beginData.totalObjects ?? 0)]);
    }
    if (forced) {
      const frames = e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace ?? e.args?.stackTrace ?? [];
      const where = frames.slice(0, 3).map((f) => (f.url?.endsWith(jsName) ? `${moduleOf((f.lineNumber ?? 1) - 1).replace(/^.*node_modules\//, '')} ${f.functionName}` : f.functionName || f.url)).join(' < ') || '(no stack)';
      const k = `${e.name} ← ${where}`;
      forcedBy.set(k, (forcedBy.get(k) ?? 0) + e.tdur / 1000);
    }
  }
  const n = windows.length;
  const lines = [`    ${title}:`];
  const total = [...self.values()].reduce((a, v) => a + v, 0);
  const totalWall = [...wall.values()].reduce((a, v) => a + v, 0);
  lines.push(`      ${(total / n).toFixed(2).padStart(6)}  total of the events below (wall time ${(totalWall / n).toFixed(2)})`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 24)) if (v / n >= 0.02) lines.push(`      ${(v / n).toFixed(2).padStart(6)}  ${k} (wall ${(wall.get(k) / n).toFixed(2)})`);
  if (forcedBy.size) {
    lines.push('    forced style/layout, by the script that asked (total time, ms, mean), and the layouts\' sizes:');
    for (const [k, v] of [...forcedBy].filter(([, v]) => typeof v === 'number').sort((a, b) => b[1] - a[1]).slice(0, 8)) lines.push(`      ${(v / n).toFixed(2).padStart(6)}  ${k}`);
    for (const [k, [d, t]] of [...forcedBy].filter(([, v]) => typeof v !== 'number')) lines.push(`      ${k}: ${(d / n).toFixed(0)} of ${(t / n).toFixed(0)} per change`);
  }
  return lines;
}

const browser = await launchBrowser();
const report = [`Profile: V8 sampling profiler in a Chromium trace, main thread of each page, unminified bundles (build/bench-profile), ${QUERY}`];
try {
  for (const [name, p] of Object.entries(pages)) if (!ONLY || ONLY === name) report.push(...summarise(name, await trace(browser, p.dir), p.js));
} finally {
  await browser.close();
}
console.log(report.join('\n'));
