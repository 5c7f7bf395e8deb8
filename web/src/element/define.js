// Registers the element once, however many scripts ask. A second name gets a subclass,
// since one class can be defined only once.
import { ActivationWidget } from './activation-widget.js';

export function defineActivationWidget(name = 'activation-widget') {
  if (!customElements.get(name)) {
    const otherName = name !== 'activation-widget';
    customElements.define(name, otherName ? class extends ActivationWidget {} : ActivationWidget);
  }
  return customElements.get(name);
}
