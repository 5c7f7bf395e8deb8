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
