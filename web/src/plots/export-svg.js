// The two plots as one SVG file, written from plain data: the core's curve records (never a
// canvas traced), the ranges and ticks Chart.js settled, and where the page placed each part.
// Pure: no DOM, no Chart.js. Curves are polylines split at the records' segments (no line
// across a jump), each jump gets its dots (filled where the function is, open at a limit it
// only approaches), markers are the overlay's diamonds; every text is an SVG <text>.
// Coordinates are CSS pixels rounded to 0.1 px, curves drawn with relative moves: small
// enough to paste into a post.
import { jumpDots } from './series.js';
import { MARKER_RADIUS, markerPixels } from './markers.js';

export const DOT_RADIUS = 4.5;     // as chart.js's jump dots
const CURVE_WIDTH = 2.25;          // as chart.js's datasets
const TICK_LENGTH = 8;             // Chart.js's grid.tickLength

/**
 * @typedef {{ text: string, x: number, y: number, color: string, size?: number, weight?: string|number,
 *             style?: string, family?: string, anchor?: 'start'|'middle'|'end', baseline?: 'middle'|'hanging'|'auto' }} Text
 * @typedef {{ x: number, y: number, shape: 'circle'|'diamond', r: number, fill: string, stroke: string, width: number }} Symbol
 * @typedef {{ left: number, top: number, right: number, bottom: number }} Area
 * @typedef {{ area: Area, x: {min: number, max: number, ticks: number[]}, y: {min: number, max: number, ticks: number[]},
 *             grid: string, axis: string, panel: string, marker: string,
 *             series: { color: string, record: object }[], markers: {x: number, y: number}[] }} PlotScene
 * @typedef {{ width: number, height: number, background: string, font: string, fontSize: number,
 *             boxes: { x: number, y: number, width: number, height: number, radius: number, fill: string, stroke: string }[],
 *             plots: PlotScene[], texts: Text[], symbols: Symbol[], title: string }} Scene
 */

/** The SVG document (a string) of a scene. */
export function writeSvg(scene) {
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${num(scene.width)}" height="${num(scene.height)}" viewBox="0 0 ${num(scene.width)} ${num(scene.height)}" font-family="${attr(scene.font)}" font-size="${num(scene.fontSize)}">`);
  out.push(`<title>${text(scene.title)}</title>`);
  out.push(`<rect width="100%" height="100%" fill="${attr(scene.background)}"/>`);
  for (const b of scene.boxes) {
    out.push(`<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" rx="${num(b.radius)}" fill="${attr(b.fill)}" stroke="${attr(b.stroke)}"/>`);
  }
  for (const plot of scene.plots) out.push(plotSvg(plot));
  for (const s of scene.symbols) out.push(symbolSvg(s));
  out.push(...textsSvg(scene.texts));
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** A linear map of data to pixels over an area, as Chart.js's linear scales do. */
export function pixelMap({ area, x, y }) {
  const sx = (area.right - area.left) / (x.max - x.min);
  const sy = (area.bottom - area.top) / (y.max - y.min);
  return (px, py) => ({ x: area.left + (px - x.min) * sx, y: area.bottom - (py - y.min) * sy });
}

function plotSvg(plot) {
  const { area } = plot;
  const toPixel = pixelMap(plot);
  const parts = ['<g>'];
  // Grid lines at Chart.js's ticks, with their tick marks outside the area; then the axes.
  const grid = [];
  for (const v of plot.x.ticks) {
    const px = crisp(toPixel(v, 0).x);
    if (px < area.left - 0.5 || px > area.right + 0.5) continue;
    grid.push(`M${px} ${num(area.top)}V${num(area.bottom + TICK_LENGTH)}`);
  }
  for (const v of plot.y.ticks) {
    const py = crisp(toPixel(0, v).y);
    if (py < area.top - 0.5 || py > area.bottom + 0.5) continue;
    grid.push(`M${num(area.left - TICK_LENGTH)} ${py}H${num(area.right)}`);
  }
  if (grid.length > 0) parts.push(`<path d="${grid.join('')}" stroke="${attr(plot.grid)}" fill="none"/>`);
  parts.push(`<path d="M${crisp(area.left)} ${num(area.top)}V${crisp(area.bottom)}H${num(area.right)}" stroke="${attr(plot.axis)}" fill="none"/>`);
  // Each series: one path, a subpath per segment (and per stretch inside the area). The
  // first series is drawn last, on top, as Chart.js draws its datasets.
  const clip = { left: area.left - CURVE_WIDTH / 2, right: area.right + CURVE_WIDTH / 2, top: area.top - CURVE_WIDTH / 2, bottom: area.bottom + CURVE_WIDTH / 2 };
  for (const { color, record } of [...plot.series].reverse()) {
    const d = curvePath(record, toPixel, clip);
    if (d) parts.push(`<path d="${d}" stroke="${attr(color)}" stroke-width="${CURVE_WIDTH}" fill="none" stroke-linejoin="round"/>`);
  }
  // Jump dots over the curves, within a dot of the area (as the canvas clips them).
  for (const { color, record } of plot.series) {
    const dots = [];
    for (const dot of jumpDots(record.jumps)) {
      const p = toPixel(dot.x, dot.y);
      const m = DOT_RADIUS + 2;
      if (!(p.x >= area.left - m && p.x <= area.right + m && p.y >= area.top - m && p.y <= area.bottom + m)) continue;
      dots.push(`<circle cx="${num(p.x)}" cy="${num(p.y)}" r="${DOT_RADIUS}" fill="${attr(dot.filled ? color : plot.panel)}"/>`);
    }
    if (dots.length > 0) parts.push(`<g stroke="${attr(color)}" stroke-width="2">${dots.join('')}</g>`);
  }
  // The test vector's markers: diamonds ringed in the panel's colour.
  const pixels = markerPixels(plot.markers, (p) => toPixel(p.x, p.y), area, MARKER_RADIUS);
  if (pixels.length > 0) {
    const r = MARKER_RADIUS;
    const d = pixels.map(({ x, y }) => `M${num(x)} ${num(y - r)}l${r} ${r}-${r} ${r}-${r}-${r}z`).join('');
    parts.push(`<path class="markers" d="${d}" fill="${attr(plot.marker)}" stroke="${attr(plot.panel)}" stroke-width="1.5"/>`);
  }
  parts.push('</g>');
  return parts.join('\n');
}

// A curve record as path data: the points in tenths of a pixel, a move at each segment's
// start and wherever the curve comes back into the area, relative lines in between.
export function curvePath({ x, y, segments }, toPixel, clip) {
  const out = [];
  const starts = new Set(segments);
  let prev = null;      // the previous vertex (pixels), in the same segment
  let pen = null;       // the pen's position in tenths, or null when lifted
  const lineTo = (p, move) => {
    const tx = Math.round(p.x * 10);
    const ty = Math.round(p.y * 10);
    if (move || pen === null) {
      out.push(`M${tenths(tx)} ${tenths(ty)}`);
    } else {
      if (tx === pen.x && ty === pen.y) return;
      out.push(`l${tenths(tx - pen.x)}${sep(ty - pen.y)}`);
    }
    pen = { x: tx, y: ty };
  };
  for (let i = 0; i < x.length; i++) {
    const p = toPixel(x[i], y[i]);
    if (prev === null || starts.has(i)) {
      pen = null;
      if (inside(p, clip)) lineTo(p, true);
      prev = p;
      continue;
    }
    const edge = clipLine(prev, p, clip);
    if (edge) {
      const [a, b] = edge;
      const entering = a.x !== prev.x || a.y !== prev.y || pen === null;
      if (entering) lineTo(a, true);
      lineTo(b, false);
      if (b.x !== p.x || b.y !== p.y) pen = null;  // left the area
    } else {
      pen = null;
    }
    prev = p;
  }
  return out.join('');
}

function inside(p, r) {
  return p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom;
}

// Liang-Barsky: the part of the line a-b inside the rectangle, or null.
export function clipLine(a, b, r) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges = [[-dx, a.x - r.left], [dx, r.right - a.x], [-dy, a.y - r.top], [dy, r.bottom - a.y]];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return null;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return null;
      if (t < t1) t1 = t;
    }
  }
  const at = (t) => (t === 0 ? a : t === 1 ? b : { x: a.x + t * dx, y: a.y + t * dy });
  return [at(t0), at(t1)];
}

function symbolSvg({ x, y, shape, r, fill, stroke, width }) {
  const paint = `fill="${attr(fill)}" stroke="${attr(stroke)}" stroke-width="${num(width)}"`;
  if (shape === 'diamond') return `<path d="M${num(x)} ${num(y - r)}L${num(x + r)} ${num(y)}L${num(x)} ${num(y + r)}L${num(x - r)} ${num(y)}z" ${paint}/>`;
  return `<circle cx="${num(x)}" cy="${num(y)}" r="${num(r)}" ${paint}/>`;
}

// Texts in runs of the same look, each run a <g> holding the look once (the ticks' labels
// share one), each <text> only its place and words.
function textsSvg(texts) {
  const out = [];
  let look = null;
  let run = [];
  const flush = () => {
    if (run.length > 0) out.push(`<g ${look}>${run.join('')}</g>`);
    run = [];
  };
  for (const t of texts) {
    const a = [`fill="${attr(t.color)}"`];
    if (t.anchor && t.anchor !== 'start') a.push(`text-anchor="${t.anchor}"`);
    if (t.baseline && t.baseline !== 'auto') a.push(`dominant-baseline="${t.baseline}"`);
    if (t.size) a.push(`font-size="${num(t.size)}"`);
    if (t.weight && t.weight !== 'normal' && String(t.weight) !== '400') a.push(`font-weight="${attr(String(t.weight))}"`);
    if (t.style && t.style !== 'normal') a.push(`font-style="${attr(t.style)}"`);
    if (t.family) a.push(`font-family="${attr(t.family)}"`);
    const key = a.join(' ');
    if (key !== look) {
      flush();
      look = key;
    }
    run.push(`<text x="${num(t.x)}" y="${num(t.y)}">${text(t.text)}</text>`);
  }
  flush();
  return out;
}

// Numbers at 0.1 px, without a trailing ".0" or a leading zero.
export function num(v) {
  return tenths(Math.round(v * 10));
}

function tenths(n) {
  const s = (Math.abs(n) / 10).toString().replace(/^0\./, '.');
  return n < 0 ? `-${s}` : s;
}

// A separator before a number only when it is not negative (its minus separates it).
function sep(n) {
  return n < 0 ? tenths(n) : ` ${tenths(n)}`;
}

// Grid and axis lines of 1 px on the pixel grid, as Chart.js aligns them.
function crisp(v) {
  return num(Math.round(v - 0.5) + 0.5);
}

export function text(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function attr(s) {
  return text(s).replace(/"/g, '&quot;');
}
