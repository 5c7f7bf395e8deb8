// Page figures in headless Chromium on 127.0.0.1, for the widget's page (dist/index.html, as
// built) and for the bench's baseline page (build/bench-baseline/, plain JavaScript math with
// the same Chart.js plots):
//   cold load: navigation -> both charts painted, a new browser context (empty cache) each time
//   parameter change -> both charts recomputed and redrawn, over 200 changes of the parameter,
//   for Leaky ReLU (?fn=leaky_relu, beside ReLU) and ELU (?fn=elu&compare=relu, beside ReLU):
//   wall time of the page's work, dispatch -> next frame painted, and main-thread time per
//   change (CDP Performance.getMetrics TaskDuration over a run of changes, one frame apart)
//   (the two pages take turns, for cold loads and in blocks of 50 changes)
//   embed bytes: the widget's JS, WASM and CSS fetched until the first paint (not the page's
//   own HTML and CSS, not the worker, which only long vectors fetch)
//   bytes over the wire, gzip -9, of everything each page loads; and of the embed
//   JS<->WASM crossings per parameter change (the widget's page)
// Prints JSON for run.mjs.   node tests/bench/page.mjs [--quick] [--also=dir] [--summary]
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { launchBrowser } from '../browser/harness.mjs';
import { installCrossingCounter } from './lib/crossings.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const quick = process.argv.includes('--quick');
const COLD_LOADS = quick ? 4 : 15;
const CHANGES = 200;
const QUERY = '?fn=leaky_relu';
// The functions changed, each beside ReLU on both plots, as the targets name them.
const CASES = {
  leaky_relu: { query: '?fn=leaky_relu', box: '#param-leak', value: (i) => (0.01 + ((i * 37) % 99) / 100).toFixed(2) },
  elu: { query: '?fn=elu&compare=relu', box: '#param-alpha', value: (i) => (0.1 + ((i * 37) % 99) / 50).toFixed(2) },
};
const pages = {
  widget: { dir: path.join(root, 'dist'), file: 'index.html' },
  baseline: { dir: path.join(root, 'build/bench-baseline'), file: 'index.html' },
};
// --also=dir: a second build of the widget (another commit's dist/, copied aside), measured
// in the same run, taking turns with the others: before and after a change, side by side.
const also = process.argv.find((a) => a.startsWith('--also='))?.slice(7);
if (also) pages.other = { dir: path.resolve(root, also), file: 'index.html' };

// In the page before any of its scripts: when the page says it is ready (the widget sets
// data-ready on <html> with sync-url, and on itself), note the time, then the end of the
// next frame: rAF runs just before the frame is painted, a message posted there is handled
// just after it.
const MARKS = `(() => {
  const marks = (window.__bench = {});
  const ready = () => document.documentElement.dataset.ready === 'true' || document.querySelector('[data-ready="true"]');
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    marks.ready = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { marks.painted = performance.now(); };
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
})();`;

// Every canvas, and the leak's text box, also inside open shadow roots.
const DEEP = `window.__deep = (selector) => {
  const found = [];
  const walk = (node) => {
    found.push(...node.querySelectorAll(selector));
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(document);
  return found;
};`;

async function serve(dir) {
  const ctx = await esbuild.context({});
  const { port } = await ctx.serve({ servedir: dir, host: '127.0.0.1' });
  return { url: `http://127.0.0.1:${port}/`, close: () => ctx.dispose() };
}

const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

async function coldLoad(browser, url, dir) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  const files = new Set();
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'http:') files.add(u.pathname === '/' ? '/index.html' : u.pathname);
  });
  await page.addInitScript({ content: MARKS + DEEP });
  await page.goto(url + QUERY);
  await page.waitForFunction(() => window.__bench?.painted !== undefined, null, { timeout: 30000 });
  const marks = await page.evaluate(() => ({
    ...window.__bench,
    // When each file was requested and had arrived, for the load's critical path.
    resources: Object.fromEntries(performance.getEntriesByType('resource').map((r) => [
      new URL(r.name).pathname.slice(1), { start: r.startTime, end: r.responseEnd }])),
    html: performance.getEntriesByType('navigation')[0]?.responseEnd,
  }));
  // Proof that both charts hold a drawing: non-transparent pixels on each canvas.
  const inked = await page.evaluate(() => window.__deep('canvas').map((c) => {
    const copy = document.createElement('canvas');
    copy.width = c.width;
    copy.height = c.height;
    const ctx = copy.getContext('2d');
    ctx.drawImage(c, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  }));
  await context.close();
  const bytes = {};
  for (const f of files) {
    const file = path.join(dir, f);
    if (existsSync(file)) bytes[f.slice(1)] = gzipBytes(file);
  }
  // What was fetched by the time the charts were painted (for the embed's weight).
  const beforePaint = Object.entries(marks.resources).filter(([, r]) => r.end <= marks.painted).map(([f]) => f);
  return { painted: marks.painted, ready: marks.ready, html: marks.html, resources: marks.resources, inked, bytes, beforePaint, problems };
}

// In the page: leak values typed into the box (an input event, as typing does). A change
// costs the page's input handler plus whatever it defers to the next frame (the widget
// samples at once and draws in requestAnimationFrame), so each change is timed as
//   (dispatch -> handler returned) + (frame start -> the page's rAF work done and both
//   canvases rasterised),
// with a rAF callback queued before the dispatch (runs first in the frame) and one after (runs
// after the page's); a one-pixel readback forces the canvases' drawing to be rasterised.
// Also timed: dispatch -> that frame painted (this includes waiting for the frame). One frame
// passes between changes, as between a reader's keystrokes.
async function openForChanges(browser, url, { query, box: boxSelector, value }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript({ content: MARKS + DEEP });
  await page.goto(url + query);
  await page.waitForFunction(() => window.__bench?.painted !== undefined, null, { timeout: 30000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // TaskDuration: the wall time of the renderer main thread's tasks (the measure; on a
  // loaded machine it also counts the time other processes held the core); ThreadTime: that
  // thread's CPU time, which the machine's load barely moves.
  const metrics = async () => {
    const m = (await cdp.send('Performance.getMetrics')).metrics;
    return { task: m.find((x) => x.name === 'TaskDuration').value, cpu: m.find((x) => x.name === 'ThreadTime')?.value ?? NaN };
  };
  const results = { redraw: [], toFrame: [], mainThread: [], mainThreadCpu: [] };
  const values = Array.from({ length: CHANGES }, (_, i) => value(i));
  return {
    async run(first, count) {
      const r = await page.evaluate(async ({ first, count, boxSelector, values }) => {
        const box = window.__deep(boxSelector)[0];
        if (!box) return { error: `no ${boxSelector} text box on the page` };
        const contexts = window.__deep('canvas').map((c) => c.getContext('2d'));
        const nextFrame = (work) => new Promise((resolve) => requestAnimationFrame(() => resolve(work())));
        const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(0);
        }));
        const redraw = [];
        const toFrame = [];
        await afterPaint();
        for (let i = first; i < first + count; i++) {
          const frameStart = nextFrame(() => performance.now());
          const t0 = performance.now();
          box.value = values[i];
          box.dispatchEvent(new Event('input', { bubbles: true }));
          const t1 = performance.now();
          const frameEnd = nextFrame(() => {
            for (const ctx of contexts) ctx.getImageData(0, 0, 1, 1);
            return performance.now();
          });
          const painted = afterPaint();
          redraw.push(t1 - t0 + ((await frameEnd) - (await frameStart)));
          toFrame.push((await painted) - t0);
        }
        return { redraw, toFrame };
      }, { first, count, boxSelector, values });
      if (r.error) {
        results.error = r.error;
        return;
      }
      results.redraw.push(...r.redraw);
      results.toFrame.push(...r.toFrame);
      // Main-thread time: the same changes again, one painted frame apart, nothing else
      // measured in the page; the renderer's TaskDuration before and after, per change.
      const t0 = await metrics();
      await page.evaluate(async ({ first, count, boxSelector, values }) => {
        const box = window.__deep(boxSelector)[0];
        const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = resolve;
          channel.port2.postMessage(0);
        }));
        for (let i = first; i < first + count; i++) {
          box.value = values[(i + 7) % values.length];
          box.dispatchEvent(new Event('input', { bubbles: true }));
          await afterPaint();
        }
      }, { first, count, boxSelector, values });
      const t1 = await metrics();
      results.mainThread.push((t1.task - t0.task) * 1000 / count);
      results.mainThreadCpu.push((t1.cpu - t0.cpu) * 1000 / count);
    },
    async close() {
      await context.close();
      return { ...results, problems: [...new Set(problems)] };
    },
  };
}

async function crossingsPerChange(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: `window.__crossings = (${installCrossingCounter.toString()})(WebAssembly);` + MARKS + DEEP });
  await page.goto(url + QUERY);
  await page.waitForFunction(() => window.__bench?.painted !== undefined, null, { timeout: 30000 });
  const result = await page.evaluate(async () => {
    const c = window.__crossings;
    const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(0);
    }));
    await afterPaint();
    const atLoad = c.toWasm + c.toJs;
    const box = window.__deep('#param-leak')[0];
    if (!box) return { error: 'no #param-leak text box on the page' };
    const per = [];
    for (let i = 0; i < 20; i++) {
      c.toWasm = c.toJs = 0;
      box.value = (0.05 + i / 100).toFixed(2);
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await afterPaint();  // and what the page does in the next frame
      per.push(c.toWasm + c.toJs);
    }
    return { instances: c.instances, atLoad, perChange: Math.max(...per) };
  });
  await context.close();
  return result;
}

const out = { pages: {}, embed: null };
const browser = await launchBrowser();
out.chromium = browser.version();
const servers = {};
try {
  for (const [name, { dir, file }] of Object.entries(pages)) {
    if (existsSync(path.join(dir, file))) servers[name] = await serve(dir);
    else out.pages[name] = { error: `${path.relative(root, path.join(dir, file))} not built` };
  }
  const names = Object.keys(servers);
  // The two pages take turns, so both see the same conditions on a shared machine.
  const loads = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < COLD_LOADS; i++) {
    for (const n of names) loads[n].push(await coldLoad(browser, servers[n].url, pages[n].dir));
  }
  // changes[page][case]
  const changes = Object.fromEntries(names.map((n) => [n, {}]));
  const BLOCKS = 4;
  for (const [c, spec] of Object.entries(CASES)) {
    const open = {};
    for (const n of names) open[n] = await openForChanges(browser, servers[n].url, spec);
    for (let b = 0; b < BLOCKS; b++) for (const n of names) await open[n].run((b * CHANGES) / BLOCKS, CHANGES / BLOCKS);
    for (const n of names) changes[n][c] = await open[n].close();
  }
  for (const n of names) {
    out.pages[n] = {
      painted: loads[n].map((l) => l.painted),
      ready: loads[n].map((l) => l.ready),
      html: loads[n].map((l) => l.html),
      resources: loads[n].map((l) => l.resources),
      inked: loads[n][0].inked,
      bytes: loads[n][0].bytes,
      beforePaint: loads[n][0].beforePaint,
      problems: [...new Set([...loads[n].flatMap((l) => l.problems), ...Object.values(changes[n]).flatMap((c) => c.problems)])],
      // The Leaky ReLU run under its old name, for the table's existing rows.
      changes: changes[n].leaky_relu,
      cases: changes[n],
      crossings: n === 'widget' ? await crossingsPerChange(browser, servers[n].url) : null,
    };
  }
} finally {
  for (const s of Object.values(servers)) await s.close();
  await browser.close();
}

// The embed: the module and the binary beside it (its CSS travels inside the module), and
// the single self-contained file.
const dist = pages.widget.dir;
const embedFiles = ['activation-widget.js', 'activations.wasm'];
if (embedFiles.every((f) => existsSync(path.join(dist, f)))) {
  out.embed = { files: Object.fromEntries(embedFiles.map((f) => [f, gzipBytes(path.join(dist, f))])) };
  // What the widget fetched until its first paint on the full page: its script, the core and
  // any stylesheet or chunk they load; not the page's own HTML and CSS, not the worker.
  const fetched = out.pages.widget?.beforePaint ?? [];
  const own = fetched.filter((f) => /\.(m?js|wasm|css)$/.test(f) && f !== 'page.css' && !f.includes('worker'));
  out.embed.untilPaint = Object.fromEntries(own.filter((f) => existsSync(path.join(dist, f))).map((f) => [f, gzipBytes(path.join(dist, f))]));
  if (existsSync(path.join(dist, 'activation-widget.html'))) out.embed.singleFile = gzipBytes(path.join(dist, 'activation-widget.html'));
}
if (process.argv.includes('--summary')) {
  // One line a page, for a quick look (run.mjs prints the full table from the JSON).
  const { percentile } = await import('./lib/timing.mjs');
  const mean = (v) => v.reduce((a, x) => a + x, 0) / v.length;
  for (const [name, p] of Object.entries(out.pages)) {
    if (p.error) { console.log(`${name}: ${p.error}`); continue; }
    const cases = Object.entries(p.cases).map(([c, x]) => `${c}: main thread ${mean(x.mainThread).toFixed(2)} ms (CPU ${mean(x.mainThreadCpu).toFixed(2)} ms), to frame p95 ${percentile(x.toFrame, 95).toFixed(1)} ms`);
    console.log(`${name}: cold load p50 ${percentile(p.painted, 50).toFixed(0)} ms; ${cases.join('; ')}`);
  }
} else {
  process.stdout.write(JSON.stringify(out));
}
