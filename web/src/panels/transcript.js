// The NumPy transcript for the typed vector, and errors with a caret under the column.
import { caretExcerpt } from './caret.js';

// A box whose lines are wider than it is scrolls sideways: it becomes a tab stop (arrow keys
// scroll it) and says so in its description; a box that shows everything is no stop.
export function markScrollable(boxes) {
  for (const box of boxes) {
    const scrolls = box.scrollWidth > box.clientWidth + 1;
    if (scrolls === box.hasAttribute('tabindex')) continue;
    if (scrolls) {
      box.tabIndex = 0;
      box.setAttribute('aria-description', 'scrolls sideways');
    } else {
      box.removeAttribute('tabindex');
      box.removeAttribute('aria-description');
    }
  }
}

// params: [[id, text as typed]], written into the captions as the tutorial does:
// print(relu(x, leak = 0.1)).
// Text is set only where it changed: a parameter step leaves print(x) as it was, and an
// unchanged node costs no layout.
export function showTranscript(outputs, captions, fnId, transcript, params = []) {
  setText(outputs.x, transcript?.x ?? '');
  setText(outputs.fx, transcript?.fx ?? '');
  setText(outputs.dfx, transcript?.dfx ?? '');
  const args = params.map(([id, text]) => `, ${id} = ${text.trim()}`).join('');
  setText(captions.fx, `print(${fnId}(x${args}))`);
  setText(captions.dfx, `${fnId}_dash(x${args})`);
}

// The text node is updated in place when there is one: a parameter step then changes
// characters, not nodes (no :empty restyle, no node to remove and insert).
function setText(node, text) {
  if (node.textContent === text) return;
  const only = node.firstChild;
  if (text !== '' && only !== null && only === node.lastChild && only.nodeType === 3) only.data = text;
  else node.textContent = text;
}

// message: one line; source/column: the text the reader typed and the 1-based code point
// where the problem is (column 0: no caret).
export function showError(alertBox, message, source = '', column = 0) {
  const key = message ? `${message}\u0000${column}\u0000${column > 0 ? source : ''}` : '';
  if (alertBox.$shown === key) return;  // the same message: the alert is not announced again
  alertBox.$shown = key;
  alertBox.replaceChildren();
  if (!message) return;
  const line = document.createElement('p');
  line.textContent = message;
  alertBox.append(line);
  const excerpt = caretExcerpt(source, column);
  if (excerpt !== null) {
    const pre = document.createElement('pre');
    pre.className = 'caret';
    pre.textContent = excerpt;
    alertBox.append(pre);
  }
}
