// The Activation picker and one control per parameter, built from the core's catalogue.
import { h } from '../lib/dom.js';
import { readNumber } from '../state/number.js';
import { defaultText, sliderText, steppedText } from './param-text.js';

export function fillPicker(select, catalogue) {
  const groups = new Map();
  for (const fn of catalogue) {
    if (!groups.has(fn.group)) groups.set(fn.group, h('optgroup', { label: fn.group }));
    groups.get(fn.group).append(new Option(fn.name, fn.id));
  }
  select.replaceChildren(...groups.values());
}

// A number box named as the parameter is (what a reader types is kept exactly) and a slider
// beside it for the pointer. The slider is hidden from assistive technology because the box
// does the same job, arrow keys included. onChange(paramId, text); listeners end with signal.
export function buildParamControls(container, spec, values, onChange, signal) {
  container.replaceChildren();
  for (const param of spec.params) {
    const id = `param-${param.id}`;
    const box = h('input', { type: 'text', id, inputMode: 'text', autocomplete: 'off', spellcheck: false });
    box.value = values[param.id] ?? defaultText(param);
    const slider = h('input', { type: 'range', min: param.min, max: param.max, step: param.step, tabIndex: -1, 'aria-hidden': 'true' });
    slider.value = readNumber(box.value) ?? param.default;

    slider.addEventListener('input', () => {
      box.value = sliderText(slider.value, param);
      onChange(param.id, box.value);
    }, { signal });
    box.addEventListener('input', () => {
      const value = readNumber(box.value);
      if (value !== null) slider.value = value;
      onChange(param.id, box.value);
    }, { signal });
    box.addEventListener('keydown', (event) => {
      const direction = { ArrowUp: 1, ArrowDown: -1 }[event.key];
      const text = direction ? steppedText(box.value, direction, param) : null;
      if (text === null) return;
      event.preventDefault();
      box.value = text;
      slider.value = readNumber(text);
      onChange(param.id, box.value);
    }, { signal });

    const field = h('div', { class: 'field param' }, h('label', { for: id, text: param.label }), box, slider);
    field.classList.toggle('long-label', param.label.length > 6);
    container.append(field);
  }
}

export function markParamErrors(container, badId) {
  for (const box of container.querySelectorAll('input[type="text"]')) {
    const invalid = String(box.id === `param-${badId}`);
    if (box.getAttribute('aria-invalid') !== invalid) box.setAttribute('aria-invalid', invalid);
  }
}
