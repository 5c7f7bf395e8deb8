// The legend entries of a plot as toggle buttons: Chart.js draws the legend on the canvas (so an
// image of the plot keeps it, a hidden curve's entry struck through); a transparent button lies
// over each curve's entry, for the pointer, the keyboard and screen readers (aria-pressed: the
// curve is shown). Either plot's entries toggle the curve on both plots (the caller's onToggle).
import { h } from '../lib/dom.js';

// Which entries the buttons cover: one per series, by dataset index (the test vector's entry
// comes after them and is not a curve). hitBoxes, items: Chart.js's legend.legendHitBoxes and
// legend.legendItems. Returns [{ index, left, top, width, height }].
export function entryBoxes(hitBoxes, items, count) {
  const boxes = [];
  items.forEach((item, i) => {
    const box = hitBoxes[i];
    if (!box || !(item.datasetIndex < count)) return;
    boxes.push({ index: item.datasetIndex, left: box.left, top: box.top, width: box.width, height: box.height });
  });
  return boxes;
}

export class LegendToggles {
  #box;
  #plot;
  #keyboard;
  #onToggle;
  #series = [];
  #buttons = [];

  // box: the positioned element around the canvas; plot: its Plot (chart.js); keyboard: whether
  // these buttons are tab stops (one plot's are: the other's would repeat them).
  constructor(box, plot, { keyboard, onToggle }) {
    this.#box = box;
    this.#plot = plot;
    this.#keyboard = keyboard;
    this.#onToggle = onToggle;
  }

  // series: [{ key, label, hidden }], in the plot's dataset order.
  setSeries(series) {
    // The same curves with new labels (a parameter step: "Leaky ReLU (leak = 0.2)") keep their
    // buttons: only the words change, not the nodes (a parameter step costs no new elements).
    const same = series.length === this.#series.length && series.every((s, i) => s.key === this.#series[i].key);
    this.#series = series;
    if (same) {
      series.forEach((s, i) => {
        const name = this.#buttons[i].firstChild;
        if (name.textContent !== s.label) name.textContent = s.label;
      });
    } else {
      for (const b of this.#buttons) b.remove();
      this.#buttons = series.map((s) => {
        const button = h('button', { type: 'button', class: 'legend-toggle' }, h('span', { class: 'visually-hidden', text: s.label }));
        if (!this.#keyboard) {
          button.tabIndex = -1;
          button.setAttribute('aria-hidden', 'true');
        }
        button.addEventListener('click', () => this.#onToggle(button.dataset.key));
        button.dataset.key = s.key;
        this.#box.append(button);
        return button;
      });
    }
    series.forEach((s, i) => {
      const pressed = String(!s.hidden);
      if (this.#buttons[i].getAttribute('aria-pressed') !== pressed) this.#buttons[i].setAttribute('aria-pressed', pressed);
      const title = `${s.hidden ? 'Show' : 'Hide'} ${s.label} on both plots`;
      if (this.#buttons[i].title !== title) this.#buttons[i].title = title;
    });
    this.place();
  }

  // Over Chart.js's legend entries, wherever its last layout put them.
  place() {
    const legend = this.#plot.chart?.legend;
    if (!legend) return;
    const boxes = entryBoxes(legend.legendHitBoxes ?? [], legend.legendItems ?? [], this.#buttons.length);
    // Hidden only when Chart.js left its entry out (a focused button must keep its focus).
    this.#buttons.forEach((b, i) => {
      const shown = boxes.some((box) => box.index === i);
      if (b.hidden === shown) b.hidden = !shown;
    });
    for (const { index, left, top, width, height } of boxes) {
      const b = this.#buttons[index];
      // CSSOM, not a style attribute: a strict CSP (style-src without 'unsafe-inline') allows it.
      setPx(b, 'left', left - 3);
      setPx(b, 'top', top - 2);
      setPx(b, 'width', width + 6);
      setPx(b, 'height', height + 4);
    }
  }

  remove() {
    for (const b of this.#buttons) b.remove();
    this.#buttons = [];
  }
}

function setPx(element, property, value) {
  const text = `${Math.round(value)}px`;
  if (element.style[property] !== text) element.style[property] = text;
}
