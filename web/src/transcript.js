// The NumPy transcript for the typed vector, and errors with a caret under the column.

const CONTEXT = 40;  // characters shown either side of an error's column

export function showTranscript(outputs, captions, fnId, result) {
  outputs.x.textContent = result?.x ?? '';
  outputs.fx.textContent = result?.fx ?? '';
  outputs.dfx.textContent = result?.dfx ?? '';
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
  if (column > 0) {
    const chars = Array.from(source);
    // Show the line of the input that holds the column, with a caret under the spot.
    let start = column - 1;
    while (start > 0 && chars[start - 1] !== '\n') start--;
    let end = column - 1;
    while (end < chars.length && chars[end] !== '\n') end++;
    const excerpt = document.createElement('pre');
    excerpt.className = 'caret';
    // Long lines are cut to a window around the spot, so the caret stays on screen.
    start = Math.max(start, column - 1 - CONTEXT);
    end = Math.min(end, column - 1 + CONTEXT);
    excerpt.textContent = `${chars.slice(start, end).join('')}\n${' '.repeat(column - 1 - start)}^`;
    alertBox.append(excerpt);
  }
}
