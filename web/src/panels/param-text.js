// The text a parameter box shows: what the reader typed is kept exactly (`0` is a Python
// int, `0.0` a float, which decides NumPy's dtype), and the slider and arrow keys write
// text of the same kind.
import { readNumber } from '../state/number.js';

// The default's Python type stays visible: 1.0 stays "1.0", an int stays "0".
export function defaultText(spec) {
  const text = String(spec.default);
  return spec.defaultIsInt || /[.eEn]/.test(text) ? text : `${text}.0`;
}

// A float parameter stays a float when the slider lands on a whole number ("1.0", not "1"),
// so dragging never changes the dtype NumPy would give.
export function sliderText(text, spec) {
  return spec.defaultIsInt || /[.eE]/.test(text) ? text : `${text}.0`;
}

// The text after an arrow key: one step up (+1) or down (-1), or null when the box does
// not hold a number.
export function steppedText(text, direction, spec) {
  const current = readNumber(text);
  if (current === null) return null;
  return sliderText(String(roundToStep(current + direction * spec.step, spec.step)), spec);
}

function roundToStep(value, step) {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Number(value.toFixed(decimals));
}
