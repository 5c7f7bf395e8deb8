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
export function showTranscript(outputs, captions, fnId, transcript, params = []) {
  outputs.x.textContent = transcript?.x ?? '';
  outputs.fx.textContent = transcript?.fx ?? '';
  outputs.dfx.textContent = transcript?.dfx ?? '';
  const args = params.map(([id, text]) => `, ${id} = ${text.trim()}`).join('');
  captions.fx.textContent = `print(${fnId}(x${args}))`;
  captions.dfx.textContent = `${fnId}_dash(x${args})`;
}

// message: one line; source/column: the text the reader typed and the 1-based code point
// where the problem is (column 0: no caret).
export function showError(alertBox, message, source = '', column = 0) {
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
