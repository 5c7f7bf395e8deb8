// "About this function": its formula and its derivative's (MathML from the catalogue), its
// convention at the kink, and its NumPy definition.
import { h } from '../lib/dom.js';
import { mathmlNodes } from './formula.js';

export function showAbout(ui, spec) {
  ui.formula.replaceChildren(
    h('div', { class: 'math' }, mathmlNodes(spec.formula)),
    h('div', { class: 'math' }, mathmlNodes(spec.derivativeFormula)));
  ui.convention.textContent = spec.convention;
  ui.snippet.textContent = spec.numpy;
}

// "At the kink." only where f has one; "At the jump." where it jumps; else the note is about
// how it is computed.
export function noteHeading(shape) {
  const points = shape?.points ?? [];
  if (points.some((p) => p.jump)) return 'At the jump.';
  if (points.some((p) => p.kink)) return points.length > 1 ? 'At the kinks.' : 'At the kink.';
  return 'How it is computed.';
}
