// Compare mode: the functions the reader adds to the plots, each in its own colour.
import { h } from '../lib/dom.js';
import { MAX_COMPARED } from '../state/widget-state.js';

export function fillComparePicker(select, catalogue) {
  const groups = new Map();
  for (const fn of catalogue) {
    if (!groups.has(fn.group)) groups.set(fn.group, h('optgroup', { label: fn.group }));
    groups.get(fn.group).append(new Option(fn.name, fn.id));
  }
  select.replaceChildren(...groups.values());
}

// chips: the compared functions; onRemove(id) when the reader drops one.
export function showCompared(list, compared, byId, onRemove) {
  list.replaceChildren(...compared.map((id, i) => {
    const name = byId.get(id).name;
    return h('li', { class: 'chip' },
      h('span', { class: 'swatch', dataset: { series: String(i + 1) }, 'aria-hidden': 'true' }),
      h('span', { text: name }),
      h('button', {
        type: 'button',
        class: 'chip-remove',
        text: '×',
        title: `Stop comparing ${name}`,
        'aria-label': `Stop comparing ${name}`,
        onclick: () => onRemove(id),
      }));
  }));
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
