// Compare mode: the functions the reader adds to the plots, each in its own colour.
import { h } from '../lib/dom.js';
import { MAX_COMPARED } from '../state/widget-state.js';
import { defaultText, steppedText } from './param-text.js';

export function fillComparePicker(select, catalogue) {
  const groups = new Map();
  for (const fn of catalogue) {
    if (!groups.has(fn.group)) groups.set(fn.group, h('optgroup', { label: fn.group }));
    groups.get(fn.group).append(new Option(fn.name, fn.id));
  }
  select.replaceChildren(...groups.values());
}

// chips: the compared functions, each with a box per parameter of its own, named "ELU alpha"
// (the function's name, then the parameter's). Rebuilt when the list changes; otherwise only
// the boxes' values follow `params` ({ id: { param: text } }), so typing in a box keeps it.
// on.remove(id) when the reader drops one; on.param(id, paramId, text) when they type or step.
export function showCompared(list, compared, byId, params, on) {
  const key = compared.join(' ');
  if (list.dataset.shown !== key) {
    list.dataset.shown = key;
    list.replaceChildren(...compared.map((id, i) => compareChip(byId.get(id), i, on)));
  }
  for (const box of list.querySelectorAll('input[data-param]')) {
    const spec = byId.get(box.dataset.fn);
    const param = spec.params.find((p) => p.id === box.dataset.param);
    const text = params[spec.id]?.[param.id] ?? defaultText(param);
    if (box.value !== text) box.value = text;
  }
}

function compareChip(spec, i, on) {
  const name = spec.name;
  return h('li', { class: spec.params.length > 0 ? 'chip with-params' : 'chip' },
    h('span', { class: 'chip-head' },
      h('span', { class: 'swatch', dataset: { series: String(i + 1) }, 'aria-hidden': 'true' }),
      h('span', { class: 'chip-name', text: name })),
    spec.params.map((param) => {
      const id = `compare-${spec.id}-${param.id}`;
      const box = h('input', {
        type: 'text', id, class: 'chip-box', inputMode: 'text', autocomplete: 'off', spellcheck: false,
        dataset: { fn: spec.id, param: param.id },
        oninput: () => on.param(spec.id, param.id, box.value),
        onkeydown: (event) => {
          const direction = { ArrowUp: 1, ArrowDown: -1 }[event.key];
          const text = direction ? steppedText(box.value, direction, param) : null;
          if (text === null) return;
          event.preventDefault();
          box.value = text;
          on.param(spec.id, param.id, text);
        },
      });
      const label = param.label.charAt(0).toLowerCase() + param.label.slice(1);
      return h('span', { class: 'chip-param' },
        h('label', { for: id }, h('span', { class: 'visually-hidden', text: `${name} ` }), label), box);
    }),
    h('button', {
      type: 'button',
      class: 'chip-remove',
      text: '×',
      title: `Stop comparing ${name}`,
      'aria-label': `Stop comparing ${name}`,
      onclick: () => on.remove(spec.id),
    }));
}

// The box whose text the core refused ({ fn, param } or null) is marked invalid.
export function markCompareErrors(list, bad) {
  for (const box of list.querySelectorAll('input[data-param]')) {
    const invalid = String(bad !== null && box.dataset.fn === bad.fn && box.dataset.param === bad.param);
    if (box.getAttribute('aria-invalid') !== invalid) box.setAttribute('aria-invalid', invalid);
  }
}

// Keeps the picker to functions not on the plots yet, and the Add button honest about it.
export function syncComparePicker(select, addButton, main, compared) {
  let firstFree = null;
  for (const option of select.querySelectorAll('option')) {
    option.disabled = option.value === main || compared.includes(option.value);
    if (!option.disabled && firstFree === null) firstFree = option.value;
  }
  if (select.selectedOptions[0]?.disabled || !select.value) select.value = firstFree ?? '';
  addButton.disabled = firstFree === null || compared.length >= MAX_COMPARED;
}
