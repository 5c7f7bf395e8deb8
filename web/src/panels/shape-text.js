// A curve's shape in words, from the core's facts (session.shape(plot)): its pieces, its jumps
// and kinks, and its limits at ±∞. No function is named here: a new function in the registry
// is described by the same sentences.
import { formatNumber } from '../lib/format.js';

const where = ({ from, to }) => {
  if (from === -Infinity && to === Infinity) return 'everywhere';
  if (from === -Infinity) return `for x < ${formatNumber(to)}`;
  if (to === Infinity) return `for x > ${formatNumber(from)}`;
  return `for ${formatNumber(from)} < x < ${formatNumber(to)}`;
};

const what = (piece) => ({
  zero: 'zero',
  constant: `constant at ${formatNumber(piece.value)}`,
  linear: `a straight line of slope ${formatNumber(piece.slope)}`,
  curved: 'curved',
}[piece.kind] ?? 'curved');

function pointText(p, y) {
  const at = `x = ${formatNumber(p.x)}`;
  if (!p.jump) return `a kink at ${at}`;
  const step = p.right - p.left;
  let text = `a jump at ${at} from ${formatNumber(p.left)} to ${formatNumber(p.right)} (a step of ${formatNumber(step)})`;
  // Compared as read: -0.49999999999999994 takes the right-hand side's -0.5.
  const [left, value, right] = [p.left, p.value, p.right].map(formatNumber);
  if (value !== left && value !== right) text += `, with ${y} = ${value} at that point`;
  else text += `; at ${at} it takes ${value}`;
  return text;
}

const limitText = (v) => (v === Infinity ? '+∞' : formatNumber(v));

/**
 * @param {{ pieces: object[], points: object[], lo: number, hi: number }} shape
 * @param {string} y what the curve is, e.g. "f(x)" or "f′(x)"
 * @returns {string} a few sentences
 */
export function describeShape(shape, y) {
  const sentences = [];
  const pieces = shape.pieces.map((p) => `${what(p)} ${where(p)}`);
  sentences.push(`${y} is ${pieces.join(', ')}.`);
  if (shape.points.length === 0) {
    sentences.push('No jumps or kinks.');
  } else {
    const points = shape.points.map((p) => pointText(p, y));
    sentences.push(`It has ${points.join('; and ')}.`);
  }
  const limits = [];
  if (!Number.isNaN(shape.lo)) limits.push(`to ${limitText(shape.lo)} as x → −∞`);
  if (!Number.isNaN(shape.hi)) limits.push(`to ${limitText(shape.hi)} as x → +∞`);
  if (limits.length > 0) sentences.push(`It tends ${limits.join(' and ')}.`);
  return sentences.join(' ');
}
