// The hostile-input catalogue (issue 7): what readers and URLs may throw at the Test vector box.
// Each entry is one test vector and what must come of it:
//   { id, category, text, ok: true, py }        a correct result: print(x) equals NumPy's
//                                                print(np.array(<py>)) (checked by tests/wasm/hostile.test.mjs
//                                                with /usr/bin/python3), and the page shows it
//   { id, category, text, ok: false, column, message }
//                                                a clear message: one line naming the problem
//                                                (matching `message`) and its 1-based column
// Big vectors are built here rather than stored. Used by tests/wasm/hostile.test.mjs (the core,
// through Embind) and tests/browser/hostile.test.mjs (typed and pasted into the page).

const ok = (category, id, text, py) => ({ id: `${category}/${id}`, category, text, ok: true, py });
const err = (category, id, text, column, message) => ({ id: `${category}/${id}`, category, text, ok: false, column, message });

const MB = 1 << 20;
const fill = (unit, bytes) => unit.repeat(Math.ceil(bytes / unit.length));

function malformed() {
  const c = 'malformed';
  return [
    err(c, 'unclosed-outer', '[[1], [2]', 1, /'\[' is never closed/),
    err(c, 'unclosed-inner', '[[1, 2], [3, 4', 10, /never closed/),
    err(c, 'unclosed-paren', '(1, 2', 1, /'\(' is never closed/),
    err(c, 'extra-closer', '[1, 2]]', 7, /unmatched '\]'/),
    err(c, 'lone-closer', ']', 1, /unmatched '\]'/),
    err(c, 'lone-paren-closer', ')', 1, /unmatched '\)'/),
    err(c, 'mismatched-bracket-paren', '[1)', 3, /'\)' does not match '\[' at column 1/),
    err(c, 'mismatched-paren-bracket', '(1]', 3, /'\]' does not match '\(' at column 1/),
    err(c, 'double-comma', '[1,, 2]', 4, /unexpected ','/),
    err(c, 'leading-comma', '[, 1]', 2, /before the first element/),
    err(c, 'lone-comma', ',', 1, /unexpected ','/),
    err(c, 'spaces-then-comma', '[1 2, 3]', 5, /separates its elements with spaces/),
    err(c, 'comma-then-spaces', '[1, 2 3]', 7, /missing ','/),
    ok(c, 'no-separator', '[1-2]', '[1-2]'),  // a program since issue 13: Python's [-1]
    err(c, 'ragged-rows', '[[1], [2, 3]]', 11, /ragged rows/),
    err(c, 'ragged-short-row', '[[1, 2], [3]]', 12, /ragged rows/),
    err(c, 'ragged-empty-row', '[[1, 2], []]', 11, /ragged rows/),
    err(c, 'list-then-number', '[[1], 2]', 7, /inhomogeneous shape/),
    err(c, 'number-then-list', '[1, [2]]', 5, /inhomogeneous shape/),
    err(c, 'bad-decimal', '[1.2.3]', 2, /invalid number/),
    err(c, 'bare-exponent', '[1e]', 2, /invalid number '1e'/),
    err(c, 'signed-bare-exponent', '[1e+]', 2, /invalid number/),
    err(c, 'double-dot', '[1..2]', 2, /invalid number/),
    err(c, 'lone-dot', '[.]', 2, /unexpected character '\.'/),
    err(c, 'hex', '[0x10]', 2, /invalid number '0x10'/),
    err(c, 'binary', '[0b101]', 2, /invalid number/),
    err(c, 'octal', '[0o17]', 2, /invalid number/),
    err(c, 'leading-zeros', '[007]', 2, /leading zeros/),
    err(c, 'double-underscore', '[1__0]', 2, /invalid number/),
    err(c, 'complex', '[1j]', 2, /complex numbers are not supported/),
    err(c, 'complex-sum', '[1+2j]', 3, /missing ',' or space/),
    ok(c, 'python-true', '[True, False]', '[True, False]'),  // a bool array since issue 13
    err(c, 'python-none', '[None]', 2, /unknown name 'None'/),
    err(c, 'unknown-word', '[nan, foo]', 7, /unknown name 'foo'/),
    err(c, 'double-quotes', '["1", "2"]', 2, /text in quotes/),
    err(c, 'single-quotes', "['1']", 2, /text in quotes/),
    err(c, 'dict', '{1: 2}', 1, /unexpected '\{'/),
    err(c, 'semicolon', '[1; 2]', 3, /unexpected character ';'/),
    ok(c, 'product', '[1 * 2]', '[1 * 2]'),  // programs (issue 13): arithmetic is read
    ok(c, 'quotient', '[1 / 2]', '[1 / 2]'),
    ok(c, 'percent', '[1 % 2]', '[1 % 2]'),
    err(c, 'at-sign', '@', 1, /unexpected character '@'/),
    err(c, 'dollar', '$', 1, /unexpected character '\$'/),
    err(c, 'backtick', '`1`', 1, /unexpected character '`'/),
    err(c, 'ellipsis', '[1, ..., 3]', 5, /unexpected character '\.'/),
    err(c, 'lone-backslash', '\\', 1, /unexpected character '\\'/),
    ok(c, 'dtype-argument', 'np.array([1], dtype=float)', 'np.array([1], dtype=float)'),
    ok(c, 'other-numpy-call', 'np.zeros(3)', 'np.zeros(3)'),
    err(c, 'unclosed-call', 'np.array(', 9, /'\(' is never closed/),
    err(c, 'empty-call', 'np.array()', 10, /needs a list/),
    err(c, 'call-without-paren', 'np.array[1]', 9, /expected '\(' after np\.array/),
    ok(c, 'assignment', 'x = [1, 2]', '[1, 2]'),
    err(c, 'only-equals', '=', 1, /unexpected '='/),
    err(c, 'empty', '', 1, /empty input/),
    err(c, 'only-spaces', '    ', 1, /empty input/),
    err(c, 'only-comment', '# nothing here', 1, /empty input/),
    err(c, 'only-sign', '-', 1, /expected a number after '-'/),
    err(c, 'sign-then-bracket', '[-[1]]', 2, /expected a number after '-'/),
    ok(c, 'trailing-comma', '[1, 2,]', '[1, 2]'),
    ok(c, 'one-tuple', '(1,)', '(1,)'),
    ok(c, 'two-lists-by-space', '[1, 2] [3, 4]', '[[1, 2], [3, 4]]'),
    ok(c, 'tuples-in-list', '[(1, 2), (3, 4)]', '[(1, 2), (3, 4)]'),
    ok(c, 'spaces-before-commas', '[1 ,2 ,3]', '[1, 2, 3]'),
    ok(c, 'signs', '[+1, -+-2, --3]', '[1, 2, 3]'),
  ];
}

function enormous() {
  const c = 'enormous';
  return [
    ok(c, 'max-double', '[1.7976931348623157e308]', '[1.7976931348623157e308]'),
    ok(c, 'rounds-to-inf', '[1.7976931348623159e308]', '[float("1.7976931348623159e308")]'),
    ok(c, 'overflow', '[1e309, -1e309]', '[float("1e309"), float("-1e309")]'),
    ok(c, 'huge-exponent', '[1e99999999999999999999999]', '[float("inf")]'),
    ok(c, 'underflow', '[1e-400, -1e-400]', '[1e-400, -1e-400]'),
    ok(c, 'tiniest-subnormal', '[5e-324, -5e-324]', '[5e-324, -5e-324]'),
    ok(c, 'half-tiniest-rounds-to-zero', '[2.4703282292062327e-324]', '[2.4703282292062327e-324]'),
    ok(c, 'largest-subnormal', '[2.2250738585072009e-308]', '[2.2250738585072009e-308]'),
    ok(c, 'plus-minus-1e308', '[1e308, -1e308, 1e-308]', '[1e308, -1e308, 1e-308]'),
    ok(c, 'int64-max', '[9223372036854775807]', '[9223372036854775807]'),
    ok(c, 'int64-min', '[-9223372036854775808]', '[-9223372036854775808]'),
    ok(c, 'uint64-with-int', '[9223372036854775808, -1]', '[9223372036854775808, -1]'),
    err(c, 'uint64-only', '[9223372036854775808]', 2, /uint64 array, which is not supported/),
    err(c, 'past-uint64', '[18446744073709551616]', 2, /integer too large/),
    err(c, 'past-int64-negative', '[-9223372036854775809]', 2, /integer too large/),
    err(c, 'python-int-limit', `[${'9'.repeat(4300)}]`, 2, /integer too large/),
    err(c, 'past-python-int-limit', `[${'9'.repeat(4301)}]`, 2, /too many digits/),
    err(c, 'long-float', `[0.${'1'.repeat(5000)}]`, 2, /too many digits/),
    ok(c, 'underscores', '[1_000_000, 0.000_001]', '[1_000_000, 0.000_001]'),
    ok(c, 'negative-zero-int', '[-0]', '[-0]'),
    ok(c, 'negative-zero-float', '[-0.0, 0.0]', '[-0.0, 0.0]'),
    ok(c, 'mixed-scales', '[0.1, 1e16, 1e-16]', '[0.1, 1e16, 1e-16]'),
    ok(c, 'big-int', '[123456789012345678]', '[123456789012345678]'),
    ok(c, 'more-digits-than-double', '[0.1000000000000000055511151231257827]', '[0.1000000000000000055511151231257827]'),
  ];
}

function nesting() {
  const c = 'nesting';
  return [
    ok(c, 'four-levels', '[[[[1]]]]', '[[[[1]]]]'),
    err(c, 'five-levels', '[[[[[1]]]]]', 5, /at most 4 levels/),
    err(c, 'sixty-four-levels', `${'['.repeat(64)}1${']'.repeat(64)}`, 5, /at most 4 levels/),
    ok(c, 'ten-parens', `${'('.repeat(10)}1${')'.repeat(10)}`, '1'),
    err(c, 'hundred-parens', `${'('.repeat(100)}1${')'.repeat(100)}`, 64, /too deeply nested/),
    err(c, '10000-open-brackets', '['.repeat(10000), 5, /at most 4 levels/),
    err(c, '10000-balanced-brackets', `${'['.repeat(5000)}${']'.repeat(5000)}`, 5, /at most 4 levels/),
    err(c, '10000-closing-brackets', ']'.repeat(10000), 1, /unmatched '\]'/),
    err(c, '10000-open-parens', '('.repeat(10000), 64, /too deeply nested/),
    err(c, '10000-empty-lists', '[]'.repeat(5000), 3, /missing ',' or space/),
    err(c, 'nested-calls', `${'np.array('.repeat(100)}1${')'.repeat(100)}`, 576, /too deeply nested/),
    ok(c, 'paren-and-list-rows', '[[1, 2], (3, 4)]', '[[1, 2], (3, 4)]'),
    ok(c, 'many-rows', `[${'[1], '.repeat(3000)}[1]]`, '[[1]] * 3001'),
    ok(c, 'empty-rows', '[[], []]', '[[], []]'),
    err(c, 'deep-then-ragged', '[[[1, 2]], [[3]]]', 15, /ragged rows/),
  ];
}

function controls() {
  const c = 'control';
  return [
    err(c, 'nul', '[1, \u00002]', 5, /U\+0000/),
    err(c, 'nul-at-end', '[1]\u0000', 4, /U\+0000/),
    err(c, 'start-of-heading', '\u0001[1]', 1, /U\+0001/),
    err(c, 'bell', '[1\u0007]', 3, /U\+0007/),
    err(c, 'backspace', '[1\b2]', 3, /U\+0008/),
    err(c, 'ansi-escape', '\u001b[31m[1]', 1, /U\+001B/),
    err(c, 'delete', '[1\u007f]', 3, /U\+007F/),
    err(c, 'next-line', '[1, 2]\u0085', 7, /U\+0085/),
    err(c, 'c1-csi', '[\u009b1]', 2, /U\+009B/),
    err(c, 'line-separator', '[1\u20282]', 3, /U\+2028/),
    err(c, 'paragraph-separator', '[1\u20292]', 3, /U\+2029/),
    err(c, 'soft-hyphen', '[1, \u00ad2]', 5, /U\+00AD/),
    err(c, 'word-joiner', '[1\u20602]', 3, /U\+2060/),
    err(c, 'variation-selector', '[1\ufe0f]', 3, /U\+FE0F/),
    err(c, 'tag-character', '[1, \u{e0001}2]', 5, /U\+E0001/),
    ok(c, 'tab-separated', '[1\t2\t3]', '[1, 2, 3]'),
    ok(c, 'vertical-tab-and-form-feed', '[1\u000b2\f3]', '[1, 2, 3]'),
    ok(c, 'crlf-lines', '[[1, 2],\r\n [3, 4]]', '[[1, 2], [3, 4]]'),
    ok(c, 'lone-cr', '[1,\r2]', '[1, 2]'),
    ok(c, 'newline-separated', '1\n2\n3', '[1, 2, 3]'),
    ok(c, 'no-break-spaces', '[1,\u00a02,\u00a03]', '[1, 2, 3]'),
    ok(c, 'thin-and-ideographic-spaces', '[1,\u20092,\u30003]', '[1, 2, 3]'),
    ok(c, 'byte-order-mark', '\ufeff[1, 2]', '[1, 2]'),
    ok(c, 'zero-width-space', '[1,\u200b2]', '[1, 2]'),
  ];
}

function rightToLeft() {
  const c = 'rtl';
  return [
    err(c, 'rlm', '[1, \u200f2]', 5, /U\+200F/),
    err(c, 'lrm', '[\u200e1, 2]', 2, /U\+200E/),
    err(c, 'rlo', '[1, \u202e2, 3]', 5, /U\+202E/),
    err(c, 'rlo-hiding-a-script', '[1]\u202e>tpircs/<)1(trela>tpircs<', 4, /U\+202E/),
    err(c, 'rle', '[\u202b1]', 2, /U\+202B/),
    err(c, 'lre', '[\u202a1]', 2, /U\+202A/),
    err(c, 'pdf', '[1\u202c]', 3, /U\+202C/),
    err(c, 'lro', '[\u202d1]', 2, /U\+202D/),
    err(c, 'lri', '[\u20661]', 2, /U\+2066/),
    err(c, 'rli', '[\u20671]', 2, /U\+2067/),
    err(c, 'fsi', '[\u20681]', 2, /U\+2068/),
    err(c, 'pdi', '[1\u2069]', 3, /U\+2069/),
    err(c, 'arabic-letter-mark', '[1, \u061c2]', 5, /U\+061C/),
    err(c, 'hebrew-letter', '[\u05d0]', 2, /unexpected character '\u05d0'/),
    err(c, 'arabic-indic-digits', '[\u0661, \u0662]', 2, /unexpected character '\u0661'/),
    err(c, 'persian-digit', '[\u06f1]', 2, /unexpected character '\u06f1'/),
    err(c, 'fullwidth-digit', '[\uff11]', 2, /unexpected character '\uff11'/),
    err(c, 'emoji', '[1, \u{1f600}]', 5, /unexpected character '\u{1f600}'/u),
    err(c, 'emoji-before-error-column', '[\u{1f600}\u{1f600}, x]', 2, /unexpected character/),
    err(c, 'astral-then-error', '[1, 2] \u{1d7d9}', 8, /unexpected character '\u{1d7d9}'/u),
    err(c, 'lone-surrogate', '[1, \ud800]', 5, /unexpected character/),
  ];
}

function payloads() {
  const c = 'payload';
  return [
    err(c, 'script-tag', '<script>alert(1)</script>', 1, /unexpected character '<'/),
    err(c, 'script-after-vector', '[1]<script>alert(1)</script>', 4, /unexpected character '<'/),
    err(c, 'img-onerror', '<img src=x onerror=alert(1)>', 1, /unexpected character '<'/),
    err(c, 'attribute-breakout', '"><svg onload=alert(1)>', 1, /text in quotes/),
    err(c, 'single-quote-breakout', "'><svg/onload=alert(1)>", 1, /text in quotes/),
    err(c, 'textarea-breakout', '</textarea><script>alert(1)</script>', 1, /unexpected character '<'/),
    err(c, 'output-breakout', '[1]</output><img src=x onerror=alert(1)>', 4, /unexpected character '<'/),
    err(c, 'iframe-srcdoc', '<iframe srcdoc="<script>alert(1)</script>">', 1, /unexpected character '<'/),
    err(c, 'javascript-url', 'javascript:alert(1)', 1, /unknown name 'javascript'/),
    err(c, 'data-url', 'data:text/html,<script>alert(1)</script>', 1, /unknown name 'data'/),
    err(c, 'template-injection', '{{constructor.constructor("alert(1)")()}}', 1, /unexpected '\{'/),
    err(c, 'template-literal', '${alert(1)}', 1, /unexpected character '\$'/),
    err(c, 'backtick-literal', '`${alert(1)}`', 1, /unexpected character '`'/),
    err(c, 'escaped-html', '&lt;script&gt;alert(1)&lt;/script&gt;', 1, /unexpected character '&'/),
    err(c, 'percent-encoded', '%3Cscript%3Ealert(1)%3C/script%3E', 1, /unexpected character '%'/),
    err(c, 'html-comment', '<!--[1]-->', 1, /unexpected character '<'/),
    err(c, 'cdata-end', '[1]]]>', 4, /unmatched '\]'/),
    err(c, 'mathml-href', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>', 1, /unexpected character '<'/),
    err(c, 'style-tag', '<style>*{display:none}</style>', 1, /unexpected character '<'/),
    err(c, 'alert-call', 'alert(1)', 1, /unknown name 'alert'/),
    err(c, 'proto', '__proto__', 1, /unknown name '__proto__'/),
    err(c, 'constructor', '[1, 2].constructor', 7, /unexpected character '\.'/),
    err(c, 'eval', 'eval("1")', 1, /unknown name 'eval'/),
    err(c, 'function-constructor', 'Function("alert(1)")()', 1, /unknown name 'Function'/),
    err(c, 'dynamic-import', 'import("data:text/javascript,alert(1)")', 1, /unknown name 'import'/),
    err(c, 'python-import', '__import__("os").system("id")', 1, /unknown name '__import__'/),
    err(c, 'python-exec', 'exec("print(1)")', 1, /unknown name 'exec'/),
    err(c, 'dunder-class', 'np.array([1]).__class__', 14, /unexpected character '\.'/),
    err(c, 'lambda', 'lambda: 1', 1, /unknown name 'lambda'/),
    err(c, 'format-string', '[%s%s%s%n]', 2, /unexpected character '%'/),
    err(c, 'long-name', `[${'a'.repeat(500)}]`, 2, /unknown name 'a+…'/),
    ok(c, 'script-in-comment', '[1, 2] # <script>alert(1)</script>', '[1, 2]'),
    ok(c, 'img-in-comment', '[1, 2] #"><img src=x onerror=alert(1)>', '[1, 2]'),
  ];
}

function megabyte() {
  const c = 'megabyte';
  const ones = fill('1, ', MB);
  return [
    ok(c, 'numbers', `[${ones}1]`, `[1] * ${ones.length / 3 + 1}`),
    ok(c, 'rows', `[${fill('[1.5, -2], ', MB)}[0, 0]]`, `[[1.5, -2]] * ${fill('[1.5, -2], ', MB).length / 11} + [[0, 0]]`),
    ok(c, 'spaces-then-vector', `${' '.repeat(MB)}[1]`, '[1]'),
    ok(c, 'comment-then-vector', `#${'x'.repeat(MB)}\n[1]`, '[1]'),
    ok(c, 'minus-signs', `${'-'.repeat(MB)}1`, '1'),
    ok(c, 'unicode-minus-signs', `${'\u2212'.repeat(MB / 2)}1`, '1'),
    err(c, 'letters', 'a'.repeat(MB), 1, /unknown name 'a+…'/),
    err(c, 'open-brackets', '['.repeat(MB), 5, /at most 4 levels/),
    err(c, 'one-number', '1'.repeat(MB), 1, /too many digits/),
    err(c, 'emoji', '\u{1f600}'.repeat(MB / 4), 1, /unexpected character/),
    err(c, 'error-at-the-end', `[${ones}x]`, 1 + ones.length + 1, /unknown name 'x'/),
  ];
}

function million() {
  const c = 'million';
  const n = 1_000_000;
  const digits = Array.from({ length: n }, (_, i) => i % 10).join(', ');
  return [
    ok(c, 'ints', `[${digits}]`, `[i % 10 for i in range(${n})]`),
    ok(c, 'floats-bare', fill('0.5 ', 4 * n).trimEnd(), `[0.5] * ${n}`),
    ok(c, 'column-vector', `[${Array.from({ length: n }, (_, i) => `[${i % 7 - 3}]`).join(',')}]`, `[[i % 7 - 3] for i in range(${n})]`),
    err(c, 'one-too-many', `[${digits}, 1]`, 2 + digits.length + 2, /too many elements: at most 1,000,000/),
    err(c, 'error-at-the-end', `[${digits}, x]`, 2 + digits.length + 2, /unknown name 'x'|too many elements/),
  ];
}

function spellings() {
  const c = 'spelling';
  return [
    ok(c, 'unicode-minus', '[\u22121, \u22122.5]', '[-1, -2.5]'),
    ok(c, 'en-dash-and-fullwidth-minus', '[\u20131, \uff0d2, \ufe633]', '[-1, -2, -3]'),
    ok(c, 'unicode-minus-exponent-sign', '[\u22121.5e3]', '[-1.5e3]'),
    ok(c, 'nan-inf-names', '[nan, inf, -inf, np.nan, np.inf, -np.inf]', '[np.nan, np.inf, -np.inf, np.nan, np.inf, -np.inf]'),
    ok(c, 'numpy-aliases', '[np.NINF, np.PINF, np.NaN, Infinity, NAN]', '[-np.inf, np.inf, np.nan, np.inf, np.nan]'),
    ok(c, 'constants', '[np.pi, math.e]', '[np.pi, np.e]'),
    ok(c, 'array-call', 'np.array([[0.2], [0.5]])', '[[0.2], [0.5]]'),
    ok(c, 'numpy-asarray', 'numpy.asarray((1, 2))', '(1, 2)'),
    ok(c, 'printed-form', '[[1. 2.]\n [3. 4.]]', '[[1., 2.], [3., 4.]]'),
    ok(c, 'bare-1d', '0.2, 0.5, -2.3', '[0.2, 0.5, -2.3]'),
    ok(c, 'scalar', '-7.25', '-7.25'),
    ok(c, 'line-continuation', '[1, \\\n 2]', '[1, 2]'),
    ok(c, 'empty-list', '[]', '[]'),
  ];
}

/** Every entry, big ones built on the spot. */
export function hostileCatalogue() {
  return [...malformed(), ...enormous(), ...nesting(), ...controls(), ...rightToLeft(), ...payloads(), ...megabyte(), ...million(), ...spellings()];
}

// Entries typed key by key in the browser: short ones whose every character a keyboard can type
// into a textarea (Tab would move the focus; controls other than newline are not keys).
export const typeable = (entry) => entry.text.length <= 64 && entry.text.isWellFormed() &&
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(entry.text);
