// The Activation picker and one control per parameter, built from the core's catalogue.

export function fillPicker(select, catalogue) {
  const groups = new Map();
  for (const fn of catalogue) {
    if (!groups.has(fn.group)) {
      const optgroup = document.createElement('optgroup');
      optgroup.label = fn.group;
      groups.set(fn.group, optgroup);
      select.append(optgroup);
    }
    groups.get(fn.group).append(new Option(fn.name, fn.id));
  }
}

// A number box named as the parameter is (what a reader types is kept exactly: `0` is an
// int, `0.0` a float) and a slider beside it for the pointer. The slider is hidden from
// assistive technology because the box does the same job, arrow keys included.
export function buildParamControls(container, fn, values, onChange) {
  container.replaceChildren();
  for (const spec of fn.params) {
    const id = `param-${spec.id}`;
    const field = document.createElement('div');
    field.className = 'field param';

    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = spec.label;

    const box = document.createElement('input');
    box.type = 'text';
    box.id = id;
    box.inputMode = 'decimal';
    box.autocomplete = 'off';
    box.spellcheck = false;
    box.value = values[spec.id] ?? formatDefault(spec);

    const slider = document.createElement('input');
    slider.type = 'range';
    slider.min = spec.min;
    slider.max = spec.max;
    slider.step = spec.step;
    slider.tabIndex = -1;
    slider.setAttribute('aria-hidden', 'true');
    slider.value = Number(box.value);

    slider.addEventListener('input', () => {
      box.value = sliderText(slider.value, spec);
      onChange(spec.id, box.value);
    });
    box.addEventListener('input', () => {
      if (Number.isFinite(Number(box.value))) slider.value = Number(box.value);
      onChange(spec.id, box.value);
    });
    box.addEventListener('keydown', (event) => {
      const direction = { ArrowUp: 1, ArrowDown: -1 }[event.key];
      const current = Number(box.value);
      if (!direction || !Number.isFinite(current)) return;
      event.preventDefault();
      box.value = sliderText(String(roundToStep(current + direction * spec.step, spec.step)), spec);
      slider.value = box.value;
      onChange(spec.id, box.value);
    });

    field.append(label, box, slider);
    field.classList.toggle('long-label', spec.label.length > 6);
    container.append(field);
  }
}

// A float parameter stays a float when the slider lands on a whole number ("1.0", not "1"),
// so dragging never changes the dtype NumPy would give.
function sliderText(text, spec) {
  return spec.defaultIsInt || /[.eE]/.test(text) ? text : `${text}.0`;
}

export function markParamErrors(container, badId) {
  for (const box of container.querySelectorAll('input[type="text"]')) {
    box.setAttribute('aria-invalid', String(box.id === `param-${badId}`));
  }
}

function formatDefault(spec) {
  // Keep the default's Python type visible: 1.0 stays "1.0", an int stays "0".
  const text = String(spec.default);
  return spec.defaultIsInt || /[.eEn]/.test(text) ? text : `${text}.0`;
}

function roundToStep(value, step) {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Number(value.toFixed(decimals));
}
