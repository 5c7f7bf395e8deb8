// The formulas are MathML from our own compiled catalogue. They are parsed inertly and then
// filtered to MathML elements and presentation attributes, so even a bad catalogue entry
// could not bring a script, an event handler or a link into the page.
const MATHML = 'http://www.w3.org/1998/Math/MathML';
const ATTRIBUTES = new Set([
  'display', 'columnalign', 'mathvariant', 'stretchy', 'fence', 'separator', 'lspace', 'rspace',
  'width', 'height', 'depth', 'accent', 'accentunder', 'linethickness', 'largeop', 'movablelimits',
  'form', 'scriptlevel', 'displaystyle', 'rowspacing', 'columnspacing',
]);

export function mathmlNodes(markup) {
  const parsed = new DOMParser().parseFromString(markup, 'text/html');
  const out = [];
  for (const node of Array.from(parsed.body.childNodes)) {
    const clean = cleanNode(node);
    if (clean) out.push(clean);
  }
  for (const math of out) if (math.localName === 'math') groupBrackets(math);
  return out;
}

// MathML stretches a bracket to the tallest item in its row, so in a flat row such as
// x/2 (1 + tanh(u)) every bracket would grow as tall as the fraction. Wrapping each
// bracketed group in its own <mrow>, as a MathML author would, keeps them text-sized
// unless what they enclose is tall. Only row-like elements are regrouped: the children of
// <mfrac>, <msup> and the like are positional arguments.
const ROWS = new Set(['math', 'mrow', 'msqrt', 'mtd', 'mstyle', 'mpadded', 'mphantom', 'menclose']);

function groupBrackets(el) {
  for (const child of Array.from(el.children)) groupBrackets(child);
  if (!ROWS.has(el.localName)) return;
  const isMo = (node, text) => node.localName === 'mo' && node.textContent === text;
  const stack = [];
  let row = [];
  for (const node of Array.from(el.childNodes)) {
    if (isMo(node, '(')) {
      stack.push(row);
      row = [node];
    } else if (isMo(node, ')') && stack.length > 0) {
      const group = document.createElementNS(MATHML, 'mrow');
      group.append(...row, node);
      row = stack.pop();
      row.push(group);
    } else {
      row.push(node);
    }
  }
  while (stack.length > 0) row = [...stack.pop(), ...row];  // an unmatched "(" stays as it was
  el.replaceChildren(...row);
}

function cleanNode(node) {
  if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(node.data);
  if (node.nodeType !== Node.ELEMENT_NODE || node.namespaceURI !== MATHML) return null;
  const el = document.createElementNS(MATHML, node.localName);
  for (const attr of Array.from(node.attributes)) {
    if (ATTRIBUTES.has(attr.name)) el.setAttribute(attr.name, attr.value);
  }
  for (const child of Array.from(node.childNodes)) {
    const c = cleanNode(child);
    if (c) el.append(c);
  }
  return el;
}
