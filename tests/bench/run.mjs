// `npm run bench`: everything measured side by side on this machine, printed as one table
// with ratios beside the absolute figures, and a PASS/FAIL line for each target of issue 6.
// Benchmarks, not tests: nothing here runs in `npm test` or CI.
//
//   npm run bench                    the full run (about 10 minutes on 2 cores)
//   npm run bench -- --quick         fewer, shorter samples: to check that it all works
//   npm run bench -- --only=kernels,bridge,page
//   npm run bench -- --no-build      use what build/bench-* already hold
//   npm run bench -- --readme        also write the table into README.md's Performance section
//   npm run bench -- --profile       also profile the pages (tests/bench/profile-page.mjs)
//   npm run bench -- --weight        also break the embed's gzip bytes down by part (tests/bench/weight.mjs)
//
// It builds its own targets (CMake option ACT_BENCHMARKS) in build/bench-native and
// build/bench-wasm, and its baseline page in build/bench-baseline; the widget's page is
// measured as dist/ holds it (npm run build).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { percentile } from './lib/timing.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = path.join(root, 'tests/bench');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = new Set((args.find((a) => a.startsWith('--only='))?.slice(7) ?? 'kernels,bridge,page').split(','));
const logDir = path.join(root, 'build/bench-logs');
mkdirSync(logDir, { recursive: true });
const env = { ...process.env, NODE_PATH: '/usr/share/nodejs' };  // Emscripten's JS optimizer

function sh(command, argv, { log, input, allowFail = false } = {}) {
  const r = spawnSync(command, argv, { cwd: root, env, input, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (log) writeFileSync(path.join(logDir, log), `${r.stdout ?? ''}\n${r.stderr ?? ''}`);
  if (r.status !== 0 && !allowFail) {
    process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
    throw new Error(`${command} ${argv.join(' ')} failed${log ? ` (log: build/bench-logs/${log})` : ''}`);
  }
  return r;
}
const step = (text) => process.stderr.write(`bench: ${text}\n`);
const firstLine = (s) => (s ?? '').trim().split('\n')[0];

// ---- build ------------------------------------------------------------------------------
if (!args.includes('--no-build')) {
  if (only.has('kernels')) {
    step('building the native benchmark (build/bench-native)');
    sh('cmake', ['-S', '.', '-B', 'build/bench-native', '-DCMAKE_BUILD_TYPE=Release', '-DACT_BENCHMARKS=ON'], { log: 'native-configure.log' });
    sh('cmake', ['--build', 'build/bench-native', '--target', 'kernels_bench', '-j2'], { log: 'native-build.log' });
  }
  if (only.has('kernels') || only.has('bridge')) {
    step('building the WASM bench modules (build/bench-wasm)');
    sh('emcmake', ['cmake', '-S', '.', '-B', 'build/bench-wasm', '-DCMAKE_BUILD_TYPE=Release', '-DACT_BENCHMARKS=ON'], { log: 'wasm-configure.log' });
    sh('cmake', ['--build', 'build/bench-wasm', '--target', 'activations', 'bench_kernels_simd', 'bench_kernels_scalar', 'bench_bridge', '-j2'], { log: 'wasm-build.log' });
  }
  if (only.has('page')) {
    step('building the baseline page (build/bench-baseline)');
    const out = path.join(root, 'build/bench-baseline');
    mkdirSync(out, { recursive: true });
    for (const f of ['index.html', 'baseline.css']) writeFileSync(path.join(out, f), readFileSync(path.join(here, 'baseline', f)));
    // The same esbuild settings as the widget's bundle (web/tools/build.mjs).
    await esbuild.build({
      entryPoints: [path.join(here, 'baseline/baseline.js')], outfile: path.join(out, 'baseline.js'),
      bundle: true, format: 'esm', target: 'es2022', minify: true, legalComments: 'none', logLevel: 'warning',
    });
  }
}

// ---- machine and versions ---------------------------------------------------------------
const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
const field = (name) => cpuinfo.match(new RegExp(`^${name}\\s*:\\s*(.*)$`, 'm'))?.[1]?.trim();
const machine = {
  cpu: `${field('model name') ?? cpus()[0]?.model ?? 'unknown CPU'}${field('cpu family') ? ` (family ${field('cpu family')}, model ${field('model')})` : ''}`,
  cores: cpus().length,
  loadStart: loadavg()[0],
};
const versions = {
  node: process.version,
  emscripten: firstLine(sh('emcc', ['--version'], { allowFail: true }).stdout).match(/(\d+\.\d+\.\d+)/)?.[1] ?? 'unknown',
  numpy: firstLine(sh('/usr/bin/python3', ['-c', 'import numpy; print(numpy.__version__)'], { allowFail: true }).stdout) || 'not installed',
  gxx: firstLine(sh('g++', ['-dumpfullversion'], { allowFail: true }).stdout),
  benchmark: firstLine(sh('dpkg-query', ['-W', '-f=${Version}', 'libbenchmark-dev'], { allowFail: true }).stdout).replace(/-.*/, ''),
  chromium: null,
};

// ---- measure ----------------------------------------------------------------------------
const quickArg = quick ? ['--quick'] : [];
const ROUNDS = quick ? 1 : 2;
const json = (r) => JSON.parse(r.stdout);
let kernels = null;
let numpy = null;
let native = null;
let bridge = null;
let page = null;

if (only.has('kernels')) {
  step('kernels: WASM SIMD, WASM scalar and plain JS, in one Node process');
  kernels = json(sh(process.execPath, [path.join(here, 'kernels.mjs'), ...quickArg], { log: 'kernels.log' }));
  step('kernels: NumPy');
  const spec = path.join(logDir, 'numpy-spec.json');
  writeFileSync(spec, JSON.stringify({ sizes: kernels.sizes, kernels: kernels.kernels, snippets: kernels.snippets, quick }));
  const np = sh('/usr/bin/python3', [path.join(here, 'numpy_kernels.py'), spec], { log: 'numpy.log', allowFail: true });
  numpy = np.status === 0 ? json(np) : { error: firstLine(np.stderr) };
  step('kernels: native C++ (Google Benchmark)');
  const exe = path.join(root, 'build/bench-native/kernels_bench');
  const gb = existsSync(exe)
    ? sh(exe, ['--benchmark_format=json', `--benchmark_repetitions=${quick ? 2 : 5}`, `--benchmark_min_time=${quick ? 0.02 : 0.1}`], { log: 'native.log', allowFail: true })
    : null;
  native = gb?.status === 0 ? nativeRates(json(gb)) : { error: gb ? firstLine(gb.stderr) : 'build/bench-native/kernels_bench not built' };

  // The target cells (ReLU and Leaky ReLU at 10^7) are bound by memory bandwidth, which other
  // work on the machine shares: measure them again in rounds that alternate the
  // implementations, and keep each one's best.
  const targetKernels = kernels.kernels.filter((k) => k.fn === 'relu' || k.fn === 'leaky_relu').map((k) => k.name);
  for (let round = 1; round <= ROUNDS; round++) {
    step(`kernels: 10^7 target cells again, round ${round} of ${ROUNDS}`);
    const k = json(sh(process.execPath, [path.join(here, 'kernels.mjs'), ...quickArg, '--sizes=1e7', `--kernels=${targetKernels.join(',')},memcpy`], { log: `kernels-round${round}.log` }));
    for (const [impl, table] of Object.entries(k.eps)) mergeBest(kernels.eps[impl], table);
    if (!native.error) {
      const filter = `^(${targetKernels.map((n) => n.replace("'", '.')).join('|')}|memcpy)/10000000$`;
      const g = sh(exe, ['--benchmark_format=json', `--benchmark_filter=${filter}`, `--benchmark_repetitions=${quick ? 2 : 5}`, `--benchmark_min_time=${quick ? 0.02 : 0.1}`], { log: `native-round${round}.log`, allowFail: true });
      if (g.status === 0) mergeBest(native.eps, nativeRates(json(g)).eps);
    }
    if (!numpy.error) {
      const subset = path.join(logDir, 'numpy-spec-round.json');
      writeFileSync(subset, JSON.stringify({ sizes: [1e7], kernels: kernels.kernels.filter((x) => targetKernels.includes(x.name)), snippets: kernels.snippets, quick }));
      const r = sh('/usr/bin/python3', [path.join(here, 'numpy_kernels.py'), subset], { log: `numpy-round${round}.log`, allowFail: true });
      if (r.status === 0) mergeBest(numpy.eps, json(r).eps);
    }
  }
}

// impl table <- the better of its figure and the other's, cell by cell.
function mergeBest(into, from) {
  for (const [name, bySize] of Object.entries(from ?? {})) {
    for (const [n, v] of Object.entries(bySize)) {
      const key = String(Number(n));
      into[name] ??= {};
      if (typeof into[name][key] !== 'number' || v > into[name][key]) into[name][key] = v;
    }
  }
}
if (only.has('bridge')) {
  step('bridge: Embind views vs std::vector');
  bridge = json(sh(process.execPath, [path.join(here, 'bridge.mjs'), ...quickArg], { log: 'bridge.log' }));
}
if (only.has('page')) {
  step('page: headless Chromium, widget and baseline');
  page = json(sh(process.execPath, [path.join(here, 'page.mjs'), ...quickArg], { log: 'page.log' }));
  versions.chromium = page.chromium;
}
machine.loadEnd = loadavg()[0];

// Google Benchmark JSON -> kernel -> n -> best items/s (CPU time) over the repetitions.
function nativeRates(report) {
  const rates = {};
  for (const b of report.benchmarks) {
    if (b.run_type !== 'iteration') continue;
    const [name, n] = b.run_name.split('/');
    rates[name] ??= {};
    rates[name][n] = Math.max(rates[name][n] ?? 0, b.items_per_second);
  }
  return { eps: rates };
}

// ---- report -----------------------------------------------------------------------------
const lines = [];
const say = (s = '') => lines.push(s);
const targets = [];
const target = (ok, text) => targets.push(`${ok === null ? 'N/A ' : ok ? 'PASS' : 'FAIL'}  ${text}`);

const sig = (v, digits = 3) => {
  if (!Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  if (a >= 10 ** digits) return Math.round(v).toLocaleString('en-US');
  return Number(v.toPrecision(digits)).toString();
};
const ratio = (v) => (Number.isFinite(v) ? `${sig(v, 2)}×` : '—');
const pow10 = (n) => `10^${Math.round(Math.log10(n))}`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pad = (s, w) => String(s).padEnd(w);
const padl = (s, w) => String(s).padStart(w);
function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  say(header.map((h, i) => (i < 2 ? pad(h, widths[i]) : padl(h, widths[i]))).join('  ').trimEnd());
  for (const r of rows) say(r.map((c, i) => (i < 2 ? pad(c, widths[i]) : padl(c, widths[i]))).join('  ').trimEnd());
}

const now = new Date();
say(`npm run bench${quick ? ' -- --quick (short samples: figures less steady)' : ''}, ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
say(`machine: ${machine.cpu}, ${machine.cores} cores; load average ${machine.loadStart.toFixed(1)} at start, ${machine.loadEnd.toFixed(1)} at end` +
  (machine.loadStart > machine.cores * 0.5 || machine.loadEnd > machine.cores * 0.5 ? ' (a shared machine: other work was running, figures are noisy)' : ''));
say(`versions: Node ${versions.node}, Chromium ${versions.chromium ?? '(page not measured)'}, Emscripten ${versions.emscripten}, NumPy ${versions.numpy}, g++ ${versions.gxx}, Google Benchmark ${versions.benchmark}`);
say('timing: kernels and bridge in CPU seconds (user + system) of the measuring process, best of 5 samples (the 10^7 ReLU and');
say(`  Leaky ReLU cells: best over ${ROUNDS + 1} rounds that alternate the implementations); the page in wall time, widget and baseline taking turns`);

if (kernels) {
  const impls = [
    ['wasm-simd', 'WASM SIMD', kernels.eps['wasm-simd']],
    ['wasm-scalar', 'WASM scalar', kernels.eps['wasm-scalar']],
    ['js', 'JS loop', kernels.eps.js],
    ['native', 'native C++ -O3', native?.eps],
    ['numpy', 'NumPy np.where', numpy?.eps],
  ];
  const rate = (table, name, n) => table?.[name]?.[n] ?? table?.[name]?.[String(n)];
  say();
  say('1. Kernels: million float64 elements per second; (×k): WASM SIMD is k times that column');
  const rows = [];
  for (const name of [...kernels.kernels.map((k) => k.name), 'memcpy']) {
    for (const n of kernels.sizes) {
      const simd = rate(kernels.eps['wasm-simd'], name, n);
      rows.push([name, pow10(n), ...impls.map(([, , t], i) => {
        const v = rate(t, name, n);
        if (v === undefined) return '—';
        return i === 0 ? sig(v / 1e6) : `${sig(v / 1e6)} (${ratio(simd / v)})`;
      })]);
    }
  }
  table(['kernel', 'n', ...impls.map(([, label]) => label)], rows);
  say('  relu: leak 0; leaky_relu: the catalogue default leak 0.1; \' = derivative. ReLU and Leaky ReLU run the core\'s float64');
  say('  array kernels (relu_f64, relu_dash_f64); sigmoid and GELU map the registry\'s scalar f over the array, as the core does.');
  say('  NumPy runs each catalogue snippet as written (GELU\'s uses np.vectorize(math.erfc): NumPy has no erfc);');
  say('  memcpy: native memcpy, WASM memcpy, TypedArray.set, np.copyto: the physical limit at each size.');
  if (native?.error) say(`  native C++: ${native.error}`);
  if (numpy?.error) say(`  NumPy: ${numpy.error}`);
  // Cross-check at n = 1000: every implementation against WASM SIMD.
  const diffs = [];
  for (const { name } of kernels.kernels) {
    const ref = kernels.outputs['wasm-simd'][name];
    let worst = 0;
    for (const other of [kernels.outputs['wasm-scalar']?.[name], kernels.outputs.js?.[name], numpy?.outputs?.[name]]) {
      if (!other) continue;
      for (let i = 0; i < ref.length; i++) {
        const d = Math.abs(other[i] - ref[i]) / Math.max(Math.abs(ref[i]), Number.MIN_VALUE);
        if (!(d <= worst)) worst = Number.isNaN(d) ? Infinity : d;
      }
    }
    diffs.push(`${name} ${worst === 0 ? '0' : worst.toExponential(1)}`);
  }
  say(`  outputs checked at n = 10^3, largest relative difference from WASM SIMD: ${diffs.join(', ')}`);

  const tutorial = kernels.kernels.filter((k) => k.fn === 'relu' || k.fn === 'leaky_relu').map((k) => k.name);
  const others = kernels.kernels.map((k) => k.name).filter((k) => !tutorial.includes(k));
  const check = (table, names, sizes, min) => {
    const parts = [];
    let ok = true;
    for (const name of names) for (const n of sizes) {
      const r = rate(kernels.eps['wasm-simd'], name, n) / rate(table, name, n);
      if (!(r >= min)) ok = false;
      parts.push(`${name}${sizes.length > 1 ? ` ${pow10(n)}` : ''} ${ratio(r)}`);
    }
    return { ok: table ? ok : null, text: parts.join(', ') };
  };
  let c = check(native?.eps, tutorial, [1e7], 0.8);
  target(c.ok, `WASM SIMD ≥ 0.8× native C++ at 10^7 (ReLU, Leaky ReLU): ${c.text}`);
  c = check(numpy?.eps, tutorial, [1e7], 3);
  target(c.ok, `WASM SIMD ≥ 3× NumPy np.where at 10^7 (ReLU, Leaky ReLU): ${c.text}`);
  c = check(kernels.eps.js, tutorial, [1e5, 1e7], 1.5);
  target(c.ok, `WASM SIMD ≥ 1.5× the JS loop at 10^5 and up (ReLU, Leaky ReLU): ${c.text}`);
  c = check(kernels.eps.js, others, [1e5, 1e7], 1.5);
  say();
  say(`  not a target, for the record: WASM SIMD ÷ JS loop for sigmoid and GELU at 10^5, 10^7: ${c.text}`);
}

if (bridge) {
  say();
  say('2. Bridge: ReLU over n float64 in and out of WASM through Embind (bench module build/bench-wasm/bench_bridge)');
  const rows = Object.entries(bridge.seconds).map(([name, s]) => {
    const perElement = (s[100000] - s[1000]) / (100000 - 1000);
    return [name, '', `${sig(s[1] * 1e6)} µs`, `${sig(perElement * 1e9)} ns`, `${sig(s[1000] * 1e6)} µs`, `${sig(s[100000] * 1e6)} µs`,
      `${bridge.crossings[name][1000].toLocaleString('en-US')} / ${bridge.crossings[name][100000].toLocaleString('en-US')}`];
  });
  table(['method', '', 'per call (n=1)', 'per element', 'n=10^3', 'n=10^5', 'JS↔WASM calls n=10^3 / 10^5'], rows);
  say(`  all methods return the same values: ${bridge.agree ? 'yes' : 'NO'}; per element = (t(10^5) − t(10^3)) / 99,000`);
  const p = bridge.product;
  if (p.available) {
    say(`  the product's binding (cpp/bindings/embind.cpp): Session.curve (sigmoid) + 4 views read: ${p.sample[2001]} calls for a plot 2,001 device px tall` +
      ` (${p.points?.[2001]} points), ${p.sample[20001]} at 20,001 px (${p.points?.[20001]} points);` +
      ` Session.setVector + views + texts: ${p.evaluate[5]} calls for 5 elements, ${p.evaluate[500]} for 500`);
  } else {
    say(`  the product's binding: not measured (${p.error})`);
  }
  if (typeof bridge.coreShare === 'number') {
    say(`  the core's part of one parameter change (Session.setParam with the default vector's texts and views, coarse ranges, 4 curve records`);
    say(`  copied out of their views, 2 shapes), in Node: ${sig(bridge.coreShare * 1e3)} ms CPU: the rest of a change is the page's JS, Chart.js and the canvas`);
  } else if (bridge.coreShare) {
    say(`  the core's part of one parameter change: not measured (${bridge.coreShare})`);
  }
}

if (page) {
  const w = page.pages.widget;
  const b = page.pages.baseline;
  say();
  say(`3. Page: headless Chromium ${page.chromium}, 127.0.0.1, 1280×900, ?fn=leaky_relu (Leaky ReLU and ReLU, 2,001 points each, on both charts); wall time`);
  const p50 = (v) => percentile(v, 50);
  const p95 = (v) => percentile(v, 95);
  const CHANGES_MEASURED = w?.cases?.leaky_relu?.toFrame?.length ?? 0;
  const ms = (v) => `${sig(v)} ms`;
  const col = (x, f) => (x?.error ? x.error : f(x));
  const total = (bytes) => Object.values(bytes).reduce((a, v) => a + v, 0);
  const rows = [
    ['cold load → both charts painted', `p50 (p95) of ${w?.painted?.length ?? 0}`, col(w, (x) => `${ms(p50(x.painted))} (${ms(p95(x.painted))})`), col(b, (x) => `${ms(p50(x.painted))} (${ms(p95(x.painted))})`),
      w?.painted && b?.painted ? ratio(p50(w.painted) / p50(b.painted)) : '—'],
    ['parameter change → both charts redrawn', 'p50 (p95) of 200', col(w, (x) => (x.changes.error ?? `${ms(p50(x.changes.redraw))} (${ms(p95(x.changes.redraw))})`)),
      col(b, (x) => `${ms(p50(x.changes.redraw))} (${ms(p95(x.changes.redraw))})`),
      w?.changes?.redraw && b?.changes?.redraw ? ratio(p50(w.changes.redraw) / p50(b.changes.redraw)) : '—'],
    ['  … until the next frame is painted', 'p50 (p95) of 200', col(w, (x) => (x.changes.error ?? `${ms(p50(x.changes.toFrame))} (${ms(p95(x.changes.toFrame))})`)),
      col(b, (x) => `${ms(p50(x.changes.toFrame))} (${ms(p95(x.changes.toFrame))})`), ''],
    ['bytes over the wire, gzip -9', 'all files loaded', col(w, (x) => kb(total(x.bytes))), col(b, (x) => kb(total(x.bytes))),
      w?.bytes && b?.bytes ? ratio(total(w.bytes) / total(b.bytes)) : '—'],
  ];
  // Issue 11: per function beside ReLU, main-thread time and change-to-paint latency.
  const CASE_NAMES = { leaky_relu: 'Leaky ReLU', elu: 'ELU' };
  const mean = (v) => v.reduce((a, x) => a + x, 0) / v.length;
  const caseFigures = {};
  for (const c of Object.keys(CASE_NAMES)) {
    const wc = w?.cases?.[c];
    const bc = b?.cases?.[c];
    const ok = wc && bc && !wc.error && !bc.error && wc.mainThread.length > 0 && bc.mainThread.length > 0;
    caseFigures[c] = ok ? {
      main: [mean(wc.mainThread), mean(bc.mainThread)],
      cpu: [mean(wc.mainThreadCpu ?? [NaN]), mean(bc.mainThreadCpu ?? [NaN])],
      p95: [p95(wc.toFrame), p95(bc.toFrame)],
    } : { error: wc?.error ?? bc?.error ?? 'not measured' };
    const f = caseFigures[c];
    rows.push([`${CASE_NAMES[c]} + ReLU: main-thread time per change`, `TaskDuration, mean of ${CHANGES_MEASURED}`,
      f.error ?? ms(f.main[0]), f.error ? '' : ms(f.main[1]), f.error ? '—' : ratio(f.main[0] / f.main[1])]);
    rows.push(['  … of which the main thread\'s CPU', `ThreadTime, mean of ${CHANGES_MEASURED}`,
      f.error ?? ms(f.cpu[0]), f.error ? '' : ms(f.cpu[1]), f.error ? '—' : ratio(f.cpu[0] / f.cpu[1])]);
    rows.push([`${CASE_NAMES[c]} + ReLU: change → next frame painted`, `p95 of ${wc?.toFrame?.length ?? 0}`,
      f.error ?? ms(f.p95[0]), f.error ? '' : ms(f.p95[1]), f.error ? '—' : ratio(f.p95[0] / f.p95[1])]);
  }
  table(['', '', 'widget (dist/index.html)', 'baseline (plain JS)', 'ratio'], rows);
  const files = (x) => Object.entries(x.bytes).map(([f, v]) => `${f} ${kb(v)}`).join(', ');
  if (w?.bytes) say(`  widget files: ${files(w)}`);
  if (b?.bytes) say(`  baseline files: ${files(b)}`);
  if (page.embed) {
    say(`  embed (activation-widget.js + activations.wasm; its CSS is inside the JS): ${kb(total(page.embed.files))} gzip` +
      ` (${Object.entries(page.embed.files).map(([f, v]) => `${f} ${kb(v)}`).join(', ')})` +
      (page.embed.singleFile ? `; the single file activation-widget.html: ${kb(page.embed.singleFile)}` : ''));
  } else {
    say('  embed: not built (dist/activation-widget.js and dist/activations.wasm)');
  }
  const shipped = path.join(root, 'build/bench-wasm/activations.wasm');
  if (existsSync(shipped)) {
    const { gzipSync } = await import('node:zlib');
    const bytes = readFileSync(shipped);
    say(`  activations.wasm as CMakeLists.txt builds it now (build/bench-wasm): ${kb(bytes.length)}, ${kb(gzipSync(bytes, { level: 9 }).length)} gzip`);
  }
  for (const [name, x] of [['widget', w], ['baseline', b]]) {
    if (x?.problems?.length) say(`  ${name} page errors: ${x.problems.join('; ')}`);
    if (x?.inked && x.inked.some((n) => n === 0)) say(`  ${name}: a canvas was blank after load`);
  }
  // The cold load's critical path, p50 of each moment: when each file arrived, when the page
  // said it was ready, when the charts were painted.
  for (const [name, x] of [['widget', w], ['baseline', b]]) {
    if (!x?.resources) continue;
    const files = Object.keys(x.resources[0] ?? {}).filter((f) => x.resources.every((r) => r[f]));
    const moments = [['HTML', p50(x.html)], ...files.map((f) => [f, p50(x.resources.map((r) => r[f].end))]),
      ['ready', p50(x.ready)], ['painted', p50(x.painted)]].sort((m1, m2) => m1[1] - m2[1]);
    say(`  ${name} cold load, p50 of each moment (ms after navigation): ${moments.map(([m, t]) => `${m} ${sig(t)}`).join(' → ')}`);
  }
  if (w?.crossings && !w.crossings.error) say(`  JS↔WASM calls on the widget's page: ${w.crossings.atLoad.toLocaleString('en-US')} while loading, ${w.crossings.perChange} per parameter change`);

  const perChange = w?.crossings?.perChange;
  const sampleFlat = bridge?.product?.available ? bridge.product.sample[20001] <= bridge.product.sample[2001] + 5 : null;
  target(perChange === undefined || perChange === null ? null : perChange < 2001 && sampleFlat !== false,
    `no per-element JS↔WASM calls on the page's paths: ${perChange ?? '—'} calls per parameter change for 4 curves × 2,001 points` +
    (bridge?.product?.available ? `; Session.curve ${bridge.product.sample[2001]} calls at 2,001 px tall and ${bridge.product.sample[20001]} at 20,001 px` : ''));
  if (w?.changes?.redraw) target(p95(w.changes.redraw) <= 8, `parameter change → both charts redrawn, p95 ≤ 8 ms: ${ms(p95(w.changes.redraw))} (baseline ${b?.changes?.redraw ? ms(p95(b.changes.redraw)) : '—'})`);
  else target(null, `parameter change → both charts redrawn, p95 ≤ 8 ms: ${w?.error ?? w?.changes?.error}`);
  if (w?.painted) {
    target(p50(w.painted) <= 300, `cold load → first charts painted ≤ 300 ms (p50): ${ms(p50(w.painted))}`);
    target(b?.painted ? p50(w.painted) <= 1.1 * p50(b.painted) : null, `cold load ≤ 1.1× the plain-JS baseline (p50): ${b?.painted ? ratio(p50(w.painted) / p50(b.painted)) : '—'}`);
  } else {
    target(null, `cold load: ${w?.error}`);
  }
  const figures = Object.entries(caseFigures);
  const allOk = figures.every(([, f]) => !f.error);
  target(allOk ? figures.every(([, f]) => f.main[0] <= 0.7 * f.main[1]) : null,
    `main-thread time per parameter change ≤ 0.7× the plain-JS page (TaskDuration): ${figures.map(([c, f]) => `${CASE_NAMES[c]} ${f.error ?? `${ratio(f.main[0] / f.main[1])} (${ms(f.main[0])} vs ${ms(f.main[1])})`}`).join(', ')}` +
    (allOk ? `; CPU (ThreadTime) ${figures.map(([c, f]) => `${CASE_NAMES[c]} ${ratio(f.cpu[0] / f.cpu[1])}`).join(', ')}` : ''));
  target(allOk ? figures.every(([, f]) => f.p95[0] <= f.p95[1]) : null,
    `change → paint latency p95 ≤ 1.0× the plain-JS page: ${figures.map(([c, f]) => `${CASE_NAMES[c]} ${f.error ?? `${ratio(f.p95[0] / f.p95[1])} (${ms(f.p95[0])} vs ${ms(f.p95[1])})`}`).join(', ')}`);
  const untilPaint = page.embed?.untilPaint;
  const embedBytes = untilPaint && Object.keys(untilPaint).length > 0 ? total(untilPaint) : page.embed ? total(page.embed.files) : null;
  target(embedBytes === null ? null : embedBytes <= 100 * 1024,
    `embed ≤ 100 KB gzip (JS + WASM + CSS fetched until the first paint, not the worker): ${embedBytes === null ? 'not built' : kb(embedBytes)}` +
    (untilPaint ? ` (${Object.entries(untilPaint).map(([f, v]) => `${f} ${kb(v)}`).join(', ')})` : ''));
}

say();
say('Targets');
for (const t of targets) say(t);
const report = lines.join('\n');
console.log(report);
writeFileSync(path.join(logDir, 'report.txt'), `${report}\n`);
if (args.includes('--profile') && only.has('page')) {
  step('page: profiling (unminified bundles)');
  console.log(`\n${sh(process.execPath, [path.join(here, 'profile-page.mjs')], { log: 'profile.log' }).stdout.trimEnd()}`);
}

if (args.includes('--weight')) {
  step('weight: the embed by part');
  console.log(`\n${sh(process.execPath, [path.join(here, 'weight.mjs')], { log: 'weight.log' }).stdout.trimEnd()}`);
}

if (args.includes('--readme')) {
  const readmePath = path.join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const begin = '<!-- bench:begin -->';
  const end = '<!-- bench:end -->';
  if (!readme.includes(begin) || !readme.includes(end)) throw new Error('README.md has no bench markers');
  const block = `${begin}\n\`\`\`text\n${report}\n\`\`\`\n${end}`;
  writeFileSync(readmePath, readme.slice(0, readme.indexOf(begin)) + block + readme.slice(readme.indexOf(end) + end.length));
  step('wrote the table into README.md');
}
