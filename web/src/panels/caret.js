// Where an error is, shown as the line of the input that holds it with a caret under the
// column (1-based, in code points). Long lines are cut to a window around the spot, so the
// caret stays on screen.
const CONTEXT = 40;  // characters shown either side of the column

export function caretExcerpt(source, column) {
  if (!(column > 0)) return null;
  const chars = Array.from(source);
  let start = column - 1;
  while (start > 0 && chars[start - 1] !== '\n') start--;
  let end = column - 1;
  while (end < chars.length && chars[end] !== '\n') end++;
  start = Math.max(start, column - 1 - CONTEXT);
  end = Math.min(end, column - 1 + CONTEXT);
  return `${chars.slice(start, end).join('')}\n${' '.repeat(column - 1 - start)}^`;
}
