// What the embed weighs, by part, in gzip bytes (issue 11: "embed <= 100 KB gzip"; where that
// cannot be reached, this is the breakdown that says why): the first paint (activation-widget.js
// and activations.wasm, the core without the program reader) and, apart, what the first program
// fetches (activations-programs.wasm and the worker's script; issue 13).
//   node tests/bench/weight.mjs          (npm run bench -- --weight runs it too)
// JS: dist's bundle rebuilt with an esbuild metafile (the settings of web/tools/build.mjs), each
// input's bytes in the output. WASM: build/wasm's objects linked again with --profiling-funcs
// into build/bench-weight/ (the same code, plus a name section), each function's body. gzip
// does not split into parts: each part is gzipped on its own and the shipped file's gzip size is
// shared out in proportion (figures within a few per cent).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const lines = [];

// ---- JS ----
const js = await esbuild.build({
  entryPoints: [path.join(root, 'web/src/element/entry-module.js')], outfile: path.join(root, 'build/bench-weight/activation-widget.js'),
  bundle: true, format: 'esm', target: 'es2022', minify: true, legalComments: 'none', write: false, metafile: true,
  loader: { '.css': 'text', '.wasm': 'binary' }, external: ['fs', 'path'], logLevel: 'error',
  alias: { 'activation-core-wasm': path.join(root, 'build/wasm/activations.mjs') },
});
const bundle = js.outputFiles[0].contents;
const jsParts = new Map();
const jsPart = (file) => (file.includes('node_modules/chart.js') || file.includes('@kurkle') ? 'Chart.js (line chart, linear scales, legend)'
  : file.includes('activations.mjs') ? 'Emscripten glue (Closure)' : file.endsWith('.css') ? 'widget.css (as text)' : `web/src/${file.split('web/src/')[1]?.split('/')[0] ?? file}`);
const outputs = Object.values(js.metafile.outputs)[0];
for (const [file, { bytesInOutput }] of Object.entries(outputs.inputs)) {
  const p = jsParts.get(jsPart(file)) ?? { raw: 0, files: [] };
  p.raw += bytesInOutput;
  jsParts.set(jsPart(file), p);
}
const jsGzip = gzip(bundle);
lines.push(`activation-widget.js: ${bundle.length.toLocaleString('en-US')} B, ${kb(jsGzip)} gzip (shared out by bytes in the output)`);
for (const [name, p] of [...jsParts].sort((a, b) => b[1].raw - a[1].raw)) {
  lines.push(`  ${name.padEnd(48)} ${String(p.raw).padStart(8)} B  ${kb((jsGzip * p.raw) / bundle.length).padStart(8)}`);
}

// ---- WASM: the page's two binaries (cmake/wasm.cmake) ----
// activations.wasm (fetched at load, no program reader) and activations-programs.wasm (the whole
// core, fetched when a reader first types a program, with the worker's script).
const wasmParts = {};
for (const [target, when] of [['activations', 'first paint'], ['activations-programs', 'on the first program']]) {
  const shipped = path.join(root, `build/wasm/${target}.wasm`);
  if (!existsSync(shipped)) {
    lines.push(`${target}.wasm: not built (npm run build:wasm)`);
    continue;
  }
  const shippedBytes = readFileSync(shipped);
  const shippedGzip = gzip(shippedBytes);
  wasmParts[target] = { raw: shippedBytes.length, gz: shippedGzip };
  lines.push(`${target}.wasm (${when}): ${shippedBytes.length.toLocaleString('en-US')} B, ${kb(shippedGzip)} gzip (shared out by each part's own gzip size)`);
  for (const r of weighWasm(target, shipped, shippedGzip)) lines.push(r);
}
if (wasmParts.activations) {
  lines.push(`embed until the first paint: ${kb(jsGzip + wasmParts.activations.gz)} gzip (JS ${kb(jsGzip)} + activations.wasm ${kb(wasmParts.activations.gz)})`);
}
if (wasmParts['activations-programs']) {
  const worker = await esbuild.build({
    entryPoints: [path.join(root, 'web/src/core/worker-entry.js')], bundle: true, format: 'esm', target: 'es2022', minify: true,
    legalComments: 'none', write: false, external: ['fs', 'path'], logLevel: 'error',
    alias: { 'activation-core-wasm': path.join(root, 'build/wasm/activations.mjs') },
  });
  const workerGzip = gzip(worker.outputFiles[0].contents);
  const full = wasmParts['activations-programs'];
  lines.push(`fetched on the first program (or long vector): ${kb(full.gz + workerGzip)} gzip (activations-programs.wasm ${kb(full.gz)} + activation-worker.js ${kb(workerGzip)})` +
    (wasmParts.activations ? `; the program reader's share: ${(full.raw - wasmParts.activations.raw).toLocaleString('en-US')} B, ${kb(full.gz - wasmParts.activations.gz)} gzip` : ''));
}

// A binary's parts: build/wasm's objects linked again with --profiling-funcs into
// build/bench-weight/ (the same code, plus a name section), each function's body, by rule.
function weighWasm(target, shipped, shippedGzip) {
  const named = path.join(root, `build/bench-weight/${target}.wasm`);
  if (!existsSync(named) || statSync(named).mtimeMs < statSync(shipped).mtimeMs) {
    mkdirSync(path.dirname(named), { recursive: true });
    const link = readFileSync(path.join(root, `build/wasm/CMakeFiles/${target}.dir/link.txt`), 'utf8').trim().split(/\s+/);
    const argv = link.slice(1).map((a) => (a === `${target}.mjs` ? named.replace(/\.wasm$/, '.mjs') : a));
    const r = spawnSync(link[0], [...argv, '--profiling-funcs'], { cwd: path.join(root, 'build/wasm'), encoding: 'utf8', env: { ...process.env, NODE_PATH: '/usr/share/nodejs' } });
    if (r.status !== 0) throw new Error(`relinking ${target} with --profiling-funcs failed:\n${r.stderr}`);
  }
  const { functions, data } = readWasm(readFileSync(named));
  // First rule that matches a function's (demangled) name.
  const rules = [
    ['NumPy program reader (issue 13)', /act::program|read_program|numpy_random|cr_log|slow_log|Program(Limits|Result|Choice)|python_source|floor_div/],
    ['deprecated Widget binding', /Widget::|act::evaluate\(|even_samples|EvenSamples|act::Evaluation/],
    ['NumPy printer (dragon4, array2string)', /dragon4|array2string|Formatter|array_repr|array_str|format_float|float_scalar_str|BigInt|strip_trailing_zeros|extend_line/],
    ['literal reader (parse_array, numbers)', /parse_array|scan_number|Lexer|scalar_name_value|parse_number|numpy_detail|ArrayParser|utf8|scanexp/],
    ['curves, shapes, coarse ranges', /curve|Curve|shape|Shape|coarse|thin_run|breakpoint|YRange/],
    ['activations, registry, catalogue JSON', /act::activations|act::relu|catalogue|json_|evaluate_value|evaluate_derivative|Activation|softmax|sinusoid|arctan|pairwise/],
    ['Session (cpp/api)', /act::Session|SessionBinding/],
    ['Embind runtime', /emscripten|embind|_emval|__getTypeName/],
    ['libm (exp, log, pow, erf, trig)', /^(exp|expm1|log|log1p|log2|pow|erfc?|tanh|sin|cos|tan|__rem_pio2|__sin|__cos|__tan|scalbn|cbrt|sqrt|atan|hypot|nextafter|fmod|__expo2|frexp|ldexp|round|floor|ceil|trunc)\b/],
    ['long double in software (strtod, fmodl)', /tf3|tf2|fmodl|tfsi|tfdf|extenddftf|trunctfdf|floatsitf|floatscan|strtod|intscan|shgetc|strtold|scalbnl|copysignl/],
    ['C++ exceptions and RTTI', /__cxxabiv1|__cxa_|dynamic_cast|type_info/],
    ['libc++ (strings, containers, sort)', /std::/],
    ['libc, malloc, other', /./],
  ];
  const parts = new Map(rules.map(([name]) => [name, []]));
  for (const f of functions) parts.get(rules.find(([, re]) => re.test(f.name))[0]).push(f);
  const rows = [...parts].filter(([, fs]) => fs.length > 0).map(([name, fs]) => ({
    name, count: fs.length, raw: fs.reduce((a, f) => a + f.body.length, 0), gz: gzip(Buffer.concat(fs.map((f) => f.body))),
  }));
  rows.push({ name: 'data (catalogue text: formulas, notes, snippets; strings, tables)', count: 0, raw: data.length, gz: gzip(data) });
  const sum = rows.reduce((a, r) => a + r.gz, 0);
  return rows.sort((a, b) => b.gz - a.gz).map((r) =>
    `  ${r.name.padEnd(66)} ${String(r.raw).padStart(8)} B  ${kb((shippedGzip * r.gz) / sum).padStart(8)}${r.count ? `  (${r.count} functions)` : ''}`);
}
console.log(lines.join('\n'));

// The function bodies (named from the name section) and the data segments of a module.
function readWasm(buf) {
  let p = 8;
  const leb = () => {
    let r = 0;
    let s = 0;
    let b;
    do {
      b = buf[p++];
      r += (b & 0x7f) * 2 ** s;
      s += 7;
    } while (b & 0x80);
    return r;
  };
  const skipInit = () => { while (buf[p] !== 0x0b) p++; p++; };  // constant expressions here: no nested 0x0b
  let imported = 0;
  const bodies = [];
  const names = new Map();
  const segments = [];
  while (p < buf.length) {
    const id = buf[p++];
    const size = leb();
    const end = p + size;
    if (id === 0) {
      const n = leb();
      const name = buf.subarray(p, p + n).toString();
      p += n;
      if (name !== 'name') p = end;
      while (p < end) {
        const sub = buf[p++];
        const subEnd = leb() + p;
        if (sub === 1) for (let i = 0, count = leb(); i < count; i++) { const index = leb(); const l = leb(); names.set(index, buf.subarray(p, p + l).toString()); p += l; }
        p = subEnd;
      }
    } else if (id === 2) {
      for (let i = 0, count = leb(); i < count; i++) {
        for (let k = 0; k < 2; k++) {  // module and field names
          const n = leb();
          p += n;
        }
        const kind = buf[p++];
        if (kind === 0) { leb(); imported++; } else if (kind === 1) { p++; if (leb() & 1) leb(); leb(); } else if (kind === 2) { if (leb() & 1) leb(); leb(); } else p += 2;
      }
    } else if (id === 10) {
      for (let i = 0, count = leb(); i < count; i++) { const n = leb(); bodies.push({ index: imported + i, body: buf.subarray(p, p + n) }); p += n; }
    } else if (id === 11) {
      for (let i = 0, count = leb(); i < count; i++) {
        const flags = leb();
        if (flags === 2) leb();
        if (flags !== 1) skipInit();
        const n = leb();
        segments.push(buf.subarray(p, p + n));
        p += n;
      }
    }
    p = end;
  }
  return { functions: bodies.map((b) => ({ name: names.get(b.index) ?? `function ${b.index}`, body: b.body })), data: Buffer.concat(segments) };
}
