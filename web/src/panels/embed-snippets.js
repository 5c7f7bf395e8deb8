// The two ways to put the widget in a post, in the reader's current state: one module
// script tag with the element, or an iframe of the single-file page. The attributes and
// the iframe's query come from the state's one serializer (stateEntries).
import { stateEntries } from '../state/url-state.js';

export function embedSnippets(state, base) {
  const entries = stateEntries(state);
  const attributes = entries.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const script = `<script type="module" src="${escapeAttribute(new URL('activation-widget.js', base).href)}"></script>\n` +
    `<activation-widget${attributes}></activation-widget>`;
  const query = new URLSearchParams(entries).toString();
  const src = new URL(`activation-widget.html?${query}`, base).href;
  const iframe = `<iframe src="${escapeAttribute(src)}" title="Activation function and its derivative" ` +
    'width="100%" height="1060" loading="lazy"></iframe>';
  return { script, iframe };
}

function escapeAttribute(text) {
  return String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
