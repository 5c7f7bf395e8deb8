// The tangent line at the crosshair on the function plot: its words and its drawing. Where it
// touches, its slope and whether it snapped to a kink all come from the core
// (session.tangentAt): nothing here knows a function.
//   tangent: { x, leftY, leftSlope, rightY, rightSlope, snapped, jump }
import { formatNumber } from '../lib/format.js';

export const SNAP_PX = 3;  // the crosshair snaps to a kink this close (CSS px)

/** "y = 0.1·x + 0": the line through (x, y) with that slope, in slope-intercept form. */
export function lineEquation(x, y, slope) {
  if (!Number.isFinite(y) || !Number.isFinite(slope)) return 'undefined';
  const intercept = slope === 0 ? y : y - slope * x;
  const b = Math.abs(intercept) < 1e-12 * Math.max(1, Math.abs(y)) ? 0 : intercept;
  const sign = b < 0 ? '−' : '+';
  return `y = ${formatNumber(slope)}·x ${sign} ${formatNumber(Math.abs(b))}`;
}

/** The tangent in words, for the readout and the crosshair's announcement. */
export function tangentText(t) {
  if (!t) return '';
  if (!t.snapped) return `tangent: y = ${lineEquation(t.x, t.leftY, t.leftSlope).slice(4)}`;
  const where = `${t.jump ? 'jump' : 'kink'} at x = ${formatNumber(t.x)}`;
  return `one-sided tangents at the ${where}: left ${lineEquation(t.x, t.leftY, t.leftSlope)}, right ${lineEquation(t.x, t.rightY, t.rightSlope)}`;
}

/** The same as a label on the plot: one line, or three at a kink (where, then each side). */
export function tangentLabel(t) {
  if (!t) return '';
  if (!t.snapped) return `tangent  ${lineEquation(t.x, t.leftY, t.leftSlope)}`;
  return [`${t.jump ? 'jump' : 'kink'} at x = ${formatNumber(t.x)}: one-sided tangents`,
    `left   ${lineEquation(t.x, t.leftY, t.leftSlope)}`, `right  ${lineEquation(t.x, t.rightY, t.rightSlope)}`].join('\n');
}

/**
 * The lines to draw, in data units: one through the point, or at a kink one per side; each a
 * segment [x0, x1] of the view (the part beyond the kink drawn faint, `beyond`).
 */
export function tangentLines(t, xmin, xmax) {
  if (!t) return [];
  const line = (y, slope, from, to, side) => ({ x0: from, y0: y + slope * (from - t.x), x1: to, y1: y + slope * (to - t.x), side });
  const ok = (y, slope) => Number.isFinite(y) && Number.isFinite(slope);
  if (!t.snapped) return ok(t.leftY, t.leftSlope) ? [line(t.leftY, t.leftSlope, xmin, xmax, 'both')] : [];
  const lines = [];
  if (ok(t.leftY, t.leftSlope)) lines.push(line(t.leftY, t.leftSlope, xmin, t.x, 'left'), line(t.leftY, t.leftSlope, t.x, xmax, 'beyond'));
  if (ok(t.rightY, t.rightSlope)) lines.push(line(t.rightY, t.rightSlope, t.x, xmax, 'right'), line(t.rightY, t.rightSlope, xmin, t.x, 'beyond'));
  return lines;
}

// Draws the tangent on the overlay's context (CSS px): lines clipped to the plot area, a dot
// where it touches (two at a jump). view: { xmin, xmax, toPixel(x, y) -> { x, y } }.
export function drawTangent(ctx, area, t, { xmin, xmax, toPixel }, { color, panel }) {
  const lines = tangentLines(t, xmin, xmax);
  if (lines.length === 0) return;
  ctx.save();
  ctx.beginPath();
  ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
  ctx.clip();
  ctx.lineCap = 'round';
  for (const l of lines) {
    const a = toPixel(l.x0, l.y0);
    const b = toPixel(l.x1, l.y1);
    ctx.strokeStyle = color;
    // Over the curve, thinner than it, so where they coincide (a linear piece) the curve shows.
    ctx.globalAlpha = l.side === 'beyond' ? 0.45 : 0.9;
    ctx.lineWidth = l.side === 'beyond' ? 1.25 : 1.5;
    ctx.setLineDash(l.side === 'beyond' ? [5, 4] : []);
    ctx.beginPath();
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(b.x, b.y);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  for (const y of t.jump ? [t.leftY, t.rightY] : [t.leftY]) {
    if (!Number.isFinite(y)) continue;
    const p = toPixel(t.x, y);
    ctx.fillStyle = color;
    ctx.strokeStyle = panel;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.arc(p.x, p.y, 3.5, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }
  ctx.restore();
}
