// The x range of the plots: typed bounds, presets, zoom and pan; the function plot's y range.
import { readNumber } from './number.js';

export const PRESETS = [1, 2, 5, 10, 50];
const LIMIT = 1e6;         // further out every activation is flat or linear, and the core's
const MIN_SPAN = 1e-6;     // samples would be too far apart / too close to tell apart
const Y_LIMIT = 1e12;      // a y range beyond this shows nothing a reader could read

// Reads the two boxes; returns { ok, xmin, xmax } or { ok: false, message, which }.
export function parseRange(fromText, toText) {
  const from = readNumber(fromText);
  const to = readNumber(toText);
  if (from === null) return { ok: false, which: 'from', message: 'x from: not a number' };
  if (to === null) return { ok: false, which: 'to', message: 'x to: not a number' };
  if (Math.abs(from) > LIMIT || Math.abs(to) > LIMIT) {
    return { ok: false, which: Math.abs(from) > LIMIT ? 'from' : 'to', message: `x range: keep within ±${LIMIT.toExponential()}` };
  }
  if (!(to - from >= MIN_SPAN)) return { ok: false, which: 'to', message: 'x range: "x to" must be above "x from"' };
  return { ok: true, xmin: from, xmax: to };
}

export function zoom(xmin, xmax, factor, centre = (xmin + xmax) / 2) {
  const span = Math.min(2 * LIMIT, Math.max(MIN_SPAN * 10, (xmax - xmin) * factor));
  const t = (centre - xmin) / (xmax - xmin);
  return clampRange(tidy(centre - t * span), tidy(centre + (1 - t) * span));
}

export function pan(xmin, xmax, fraction) {
  const shift = (xmax - xmin) * fraction;
  return clampRange(tidy(xmin + shift), tidy(xmax + shift));
}

export function clampRange(xmin, xmax) {
  const span = xmax - xmin;
  if (xmin < -LIMIT) return { xmin: -LIMIT, xmax: -LIMIT + span };
  if (xmax > LIMIT) return { xmin: LIMIT - span, xmax: LIMIT };
  return { xmin, xmax };
}

// Bounds a reader can read back in the URL: 12 significant digits, no 0.30000000000000004.
export function tidy(value) {
  return Number(value.toPrecision(12));
}

// A bound set by a finger or the mouse (drag, pinch): rounded to about a thousandth of the span
// (a power of ten), so the boxes read -3.6, not -3.60317759861.
export function roundForSpan(value, span) {
  const unit = 10 ** Math.floor(Math.log10(Math.abs(span) / 500));
  return tidy(Math.round(value / unit) * unit);
}

// The y range of the function plot: two empty boxes are automatic (null, null); else two
// numbers in order. Returns { ok, ymin, ymax } or { ok: false, message, which: 'yfrom' | 'yto' }.
export function parseYRange(fromText, toText) {
  const blank = (t) => t === null || t === undefined || String(t).trim() === '';
  if (blank(fromText) && blank(toText)) return { ok: true, ymin: null, ymax: null };
  const from = readNumber(fromText ?? '');
  const to = readNumber(toText ?? '');
  const hint = 'a number, or both y boxes empty for an automatic range';
  if (from === null) return { ok: false, which: 'yfrom', message: `y from: ${hint}` };
  if (to === null) return { ok: false, which: 'yto', message: `y to: ${hint}` };
  if (Math.abs(from) > Y_LIMIT || Math.abs(to) > Y_LIMIT) {
    return { ok: false, which: Math.abs(from) > Y_LIMIT ? 'yfrom' : 'yto', message: `y range: keep within ±${Y_LIMIT.toExponential()}` };
  }
  if (!(to - from >= MIN_SPAN)) return { ok: false, which: 'yto', message: 'y range: "y to" must be above "y from"' };
  return { ok: true, ymin: from, ymax: to };
}
