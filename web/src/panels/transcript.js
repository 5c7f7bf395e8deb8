// The NumPy transcript for the typed vector, and errors with a caret under the column.
import { caretExcerpt } from './caret.js';

// Text is set only where it changed: a parameter step leaves print(x) and the captions as
// they were, and an unchanged node costs no layout.
export function showTranscript(outputs, captions, fnId, transcript) {
  setText(outputs.x, transcript?.x ?? '');
  setText(outputs.fx, transcript?.fx ?? '');
  setText(outputs.dfx, transcript?.dfx ?? '');
  setText(captions.fx, `print(${fnId}(x))`);
  setText(captions.dfx, `${fnId}_dash(x)`);
}

function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
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
