// The NumPy transcript for the typed vector, and errors with a caret under the column.
import { caretExcerpt } from './caret.js';

export function showTranscript(outputs, captions, fnId, transcript) {
  outputs.x.textContent = transcript?.x ?? '';
  outputs.fx.textContent = transcript?.fx ?? '';
  outputs.dfx.textContent = transcript?.dfx ?? '';
  captions.fx.textContent = `print(${fnId}(x))`;
  captions.dfx.textContent = `${fnId}_dash(x)`;
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
