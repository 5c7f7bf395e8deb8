// "Copy as NumPy": a script a reader can paste into Python and get the same transcript.
// The expected output goes in as comments, so the paste is also a check.

export function numpyScript(fn, params, xText, transcript) {
  const args = Object.entries(params).map(([id, value]) => `, ${id}=${pythonNumber(value)}`).join('');
  const lines = [
    'import numpy as np',
    '',
    fn.numpy.trimEnd(),
    '',
    `x = ${pythonArray(xText)}`,
    'print(x)',
    ...comment(transcript?.x),
    `print(${fn.id}(x${args}))`,
    ...comment(transcript?.fx),
    `${fn.id}_dash(x${args})`,
    ...comment(transcript?.dfx),
  ];
  return lines.join('\n') + '\n';
}

function comment(text) {
  return text ? text.split('\n').map((line) => `# ${line}`) : [];
}

function pythonNumber(text) {
  return pythonLiterals(text.trim());
}

// What the reader typed, as Python source: the blog's Unicode minus becomes '-', bare
// nan/inf become np.nan/np.inf, and a bare list gets brackets and np.array around it.
export function pythonArray(text) {
  const source = pythonLiterals(text.trim());
  if (/^(np|numpy)\.array\s*\(/.test(source)) return source.replace(/^numpy\./, 'np.');
  if (source.startsWith('[')) return `np.array(${source})`;
  return `np.array([${source}])`;
}

function pythonLiterals(text) {
  return text
    .replace(/\u2212/g, '-')
    .replace(/(?<![\w.])(nan|inf)(?![\w])/gi, (word) => `np.${word.toLowerCase()}`);
}
