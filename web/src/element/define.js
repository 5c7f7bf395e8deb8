// Registers the element once, however many scripts ask. A second name gets a subclass,
// since one class can be defined only once. Without a DOM (a server-side render) it does nothing.
import { ActivationWidget } from './activation-widget.js';

export function defineActivationWidget(name = 'activation-widget') {
  // Imported during a server-side render (Node: no customElements), there is nothing to define.
  if (typeof customElements === 'undefined') return undefined;
  if (!customElements.get(name)) {
    const otherName = name !== 'activation-widget';
    customElements.define(name, otherName ? class extends ActivationWidget {} : ActivationWidget);
  }
  return customElements.get(name);
}
