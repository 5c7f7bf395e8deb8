import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeSvg, curvePath, clipLine, num, pixelMap } from './export-svg.js';

// A step: 0 up to x = 0, 1 after, 0.5 at 0 (two segments, one jump).
const step = {
  x: Float64Array.from([-5, 0, 0, 5]),
  y: Float64Array.from([0, 0, 1, 1]),
  segments: Uint32Array.from([0, 2]),
  jumps: [{ x: 0, left: 0, value: 0.5, right: 1 }],
};
const relu = { x: Float64Array.from([-5, 0, 5]), y: Float64Array.from([0, 0, 5]), segments: Uint32Array.from([0]), jumps: [] };

function plot(series, markers = []) {
  return {
    area: { left: 40, top: 10, right: 240, bottom: 110 },
    x: { min: -5, max: 5, ticks: [-4, -2, 0, 2, 4] },
    y: { min: -1, max: 1.5, ticks: [-1, -0.5, 0, 0.5, 1, 1.5] },
    grid: '#e5e5e5', axis: '#888', panel: '#f6f8fb', marker: '#d62728', series, markers,
  };
}

function scene(plots, texts = []) {
  return {
    width: 300, height: 160, background: '#ffffff', font: 'system-ui, "Segoe UI", sans-serif', fontSize: 12,
    title: 'Step <x> & "y"', boxes: [{ x: 4, y: 4, width: 290, height: 150, radius: 10, fill: '#f6f8fb', stroke: '#ddd' }],
    plots, texts, symbols: [{ x: 50, y: 140, shape: 'diamond', r: 5, fill: '#d62728', stroke: '#d62728', width: 1.5 }],
  };
}

const count = (s, re) => (s.match(re) ?? []).length;

test('writeSvg: one move per segment, open and filled dots at the jump', () => {
  const svg = writeSvg(scene([plot([{ color: '#1f77b4', record: step }])]));
  const curve = svg.match(/<path d="([^"]*)" stroke="#1f77b4" stroke-width/)[1];
  assert.equal(count(curve, /M/g), 2, 'two segments, no line across the jump');
  assert.match(curve, /^M40 70l100 0M140 30l100 0$/);
  // value 0.5 taken (filled), limits 0 and 1 approached (open: the panel's colour inside).
  assert.equal(count(svg, /<circle cx="140" cy="50" r="4.5" fill="#1f77b4"\/>/g), 1);
  assert.equal(count(svg, /<circle cx="140" cy="(70|30)" r="4.5" fill="#f6f8fb"\/>/g), 2);
  assert.match(svg, /<g stroke="#1f77b4" stroke-width="2"><circle/);
});

test('writeSvg: a continuous curve is one path with no dots; markers are diamonds', () => {
  const svg = writeSvg(scene([plot([{ color: '#ff7f0e', record: relu }], [{ x: 0.5, y: 0.5 }, { x: 9, y: 0 }])]));
  const curve = svg.match(/<path d="([^"]*)" stroke="#ff7f0e"/)[1];
  assert.equal(count(curve, /M/g), 1);
  assert.equal(count(svg, /<circle/g), 0);
  // The marker outside the x range is left out; the one inside is a diamond ringed in the panel colour.
  assert.match(svg, /<path class="markers" d="M150 45l5 5-5 5-5-5z" fill="#d62728" stroke="#f6f8fb"/);
});

test('writeSvg: text is text, escaped; the title is the document title', () => {
  const svg = writeSvg(scene([], [{ text: 'f(x) < 1 & "ok"', x: 10, y: 20, color: '#222', anchor: 'middle', baseline: 'central', size: 16, weight: 600 }]));
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="300" height="160" viewBox="0 0 300 160"/);
  assert.match(svg, /font-family="system-ui, &quot;Segoe UI&quot;, sans-serif"/);
  assert.match(svg, /<title>Step &lt;x&gt; &amp; "y"<\/title>/);
  assert.match(svg, /<g fill="#222" text-anchor="middle" dominant-baseline="central" font-size="16" font-weight="600"><text x="10" y="20">f\(x\) &lt; 1 &amp; "ok"<\/text><\/g>/);
});

test('writeSvg: texts of the same look share one group', () => {
  const tick = (text, x) => ({ text, x, y: 100, color: '#666', anchor: 'middle', baseline: 'central' });
  const svg = writeSvg(scene([], [tick('-1', 10), tick('0', 20), tick('1', 30), { text: 'x', x: 20, y: 120, color: '#666', style: 'italic' }]));
  assert.match(svg, /<g fill="#666" text-anchor="middle" dominant-baseline="central"><text x="10" y="100">-1<\/text><text x="20" y="100">0<\/text><text x="30" y="100">1<\/text><\/g>/);
  assert.match(svg, /<g fill="#666" font-style="italic"><text x="20" y="120">x<\/text><\/g>/);
});

test('writeSvg: grid lines at the ticks given, axes at the area\'s edges', () => {
  const svg = writeSvg(scene([plot([])]));
  const grid = svg.match(/<path d="([^"]*)" stroke="#e5e5e5"/)[1];
  assert.equal(count(grid, /V/g), 5, 'a vertical line per x tick');
  assert.equal(count(grid, /H/g), 6, 'a horizontal line per y tick');
  assert.match(svg, /<path d="M40.5 10V110.5H240" stroke="#888"/);
});

test('curvePath: clipped to the area; back inside after leaving starts a new subpath', () => {
  const map = pixelMap(plot([]));
  const clip = { left: 40, right: 240, top: 10, bottom: 110 };
  // Up far above the area and back down: two stretches inside, no huge coordinates.
  const spike = { x: Float64Array.from([-5, 0, 5]), y: Float64Array.from([0, 1e9, 0]), segments: Uint32Array.from([0]) };
  const d = curvePath(spike, map, clip);
  assert.equal(count(d, /M/g), 2);
  assert.ok(d.split(/[^\d.]+/).every((v) => v === '' || Number(v) <= 240), d);
  // Entirely outside: nothing.
  assert.equal(curvePath({ x: Float64Array.from([-5, 5]), y: Float64Array.from([9, 9]), segments: Uint32Array.from([0]) }, map, clip), '');
});

test('clipLine and num', () => {
  const r = { left: 0, right: 10, top: 0, bottom: 10 };
  assert.deepEqual(clipLine({ x: -5, y: 5 }, { x: 5, y: 5 }, r), [{ x: 0, y: 5 }, { x: 5, y: 5 }]);
  assert.equal(clipLine({ x: -5, y: -5 }, { x: -1, y: 20 }, r), null);
  assert.equal(num(12.34), '12.3');
  assert.equal(num(-0.04), '0');
  assert.equal(num(0.25), '.3');
  assert.equal(num(-0.5), '-.5');
});
