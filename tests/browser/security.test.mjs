// No execution of input (issue 7): what readers, links and host pages give the widget is
// rendered as text only, never run.
//
//  1. dist/ is scanned: no eval, no Function constructor, no innerHTML/outerHTML,
//     insertAdjacentHTML, document.write, createContextualFragment, srcdoc or string timers in
//     any shipped script (the single file's inline script included), no inline handlers in HTML.
//     The one HTML parser left, DOMParser in web/src/formula.js, reads the compiled catalogue's
//     MathML; part 2 proves it never sees reader text.
//  2. In Chromium, with no CSP to stop anything (the page's own hygiene is what is tested), a
//     guard installed before the page's scripts wraps every HTML and code sink (innerHTML,
//     outerHTML, insertAdjacentHTML, document.write, createContextualFragment, DOMParser, srcdoc,
//     eval, Function, string timers, on* attributes, javascript: URLs) and records any call that
//     carries a payload. Each payload calls pwn(), which records that it ran; alert/confirm/
//     prompt are watched too. Payloads go in through URL parameters (values and names, hash),
//     custom-element attributes and properties, and the Test vector typed by a reader. Then:
//     nothing ran, no sink saw a payload, no element or handler was added, Object.prototype is
//     untouched, and the payload is there as text (box, alert).
//  3. The Embed dialog's snippets, which a blogger pastes into a post, carry reader text only as
//     attribute values and URL parameters: parsed as HTML they give back exactly the state.
//  4. Under the strict CSP the README documents, the same payloads cause no CSP violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, distDir } from './harness.mjs';
import { startCspServer } from './csp-server.mjs';

// ---- 1. the shipped code --------------------------------------------------------------------

const FORBIDDEN = [
  ['eval', /(?<![\w$.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['Function(...)', /(?<![\w$.'"])Function\s*\(\s*["'`]/],
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(?:ln)?\s*\(/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['srcdoc', /\bsrcdoc\b/],
  ['setHTMLUnsafe', /\bsetHTMLUnsafe\b/],
  ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
  ['javascript: URL', /javascript:/i],
];
// The single HTML parser the page may use, where, and why it is safe (see formula.js).
const ALLOWED_PARSERS = { parseFromString: 1 };

function shippedFiles(dir = distDir) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? shippedFiles(file) : [file];
  });
}

// The code a file ships: a script whole; from an HTML file its inline scripts.
function scriptsOf(file) {
  const text = readFileSync(file, 'utf8');
  if (/\.m?js$/.test(file)) return [text];
  if (!file.endsWith('.html')) return [];
  return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
}

test('the shipped JavaScript has no eval, no Function constructor and no HTML sinks', () => {
  const files = shippedFiles().filter((f) => /\.(m?js|html)$/.test(f));
  assert.ok(files.some((f) => f.endsWith('.js')), 'dist/ holds the built scripts (run npm run build)');
  const found = [];
  let parsers = 0;
  for (const file of files) {
    for (const code of scriptsOf(file)) {
      for (const [name, pattern] of FORBIDDEN) {
        const m = code.match(pattern);
        if (m) found.push(`${path.relative(distDir, file)}: ${name} in …${code.slice(Math.max(0, m.index - 60), m.index + 60)}…`);
      }
      parsers = Math.max(parsers, (code.match(/\bparseFromString\b/g) ?? []).length);
    }
  }
  assert.deepEqual(found, []);
  assert.ok(parsers <= ALLOWED_PARSERS.parseFromString, `DOMParser used ${parsers} times: only formula.js may parse (catalogue MathML)`);
});

test('the scan itself: each pattern catches its sink and spares look-alike names', () => {
  const caught = {
    eval: 'x=eval(s)', 'new Function': 'new Function("a", b)', 'Function(...)': 'Function("return this")()',
    innerHTML: 'e.innerHTML=s', outerHTML: 'e.outerHTML=s', insertAdjacentHTML: 'e.insertAdjacentHTML("beforeend",s)',
    'document.write': 'document.write(s)', createContextualFragment: 'r.createContextualFragment(s)',
    srcdoc: 'f.srcdoc=s', setHTMLUnsafe: 'e.setHTMLUnsafe(s)', 'string timer': 'setTimeout("go()",1)', 'javascript: URL': 'a.href="javascript:go()"',
  };
  for (const [name, pattern] of FORBIDDEN) assert.match(caught[name], pattern, name);
  const spared = 'o._tickFormatFunction(t);u.destructorFunction(p);m.evaluate(x);typeof f=="function";setTimeout(()=>1,0);a.retrieval(1)';
  for (const [name, pattern] of FORBIDDEN) assert.doesNotMatch(spared, pattern, name);
});

test('the shipped HTML has no inline event handlers and no javascript: URLs', () => {
  for (const file of shippedFiles().filter((f) => f.endsWith('.html'))) {
    const markup = readFileSync(file, 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '');
    assert.doesNotMatch(markup, /<[^>]+\son[a-z]+\s*=/i, `${path.basename(file)}: inline handler`);
    assert.doesNotMatch(markup, /javascript:/i, path.basename(file));
  }
});

// ---- 2. payloads in Chromium ------------------------------------------------------------------

// Installed before any page script. Records payloads that ran and sinks that saw one.
function installGuard() {
  const MARK = 'pwn';
  const has = (v) => typeof v === 'string' ? v.includes(MARK) : v != null && String(v).includes(MARK);
  window.__ran = [];
  window.__sinks = [];
  window.pwn = (tag) => window.__ran.push(`pwn(${tag})`);
  const note = (sink, value) => { if (has(value)) window.__sinks.push(`${sink}: ${String(value).slice(0, 160)}`); };
  for (const name of ['alert', 'confirm', 'prompt']) {
    window[name] = (...args) => { window.__ran.push(`${name}(${args.join(',')})`); };
  }
  const wrapSetter = (proto, prop) => {
    const d = Object.getOwnPropertyDescriptor(proto, prop);
    if (!d?.set) return;
    Object.defineProperty(proto, prop, { ...d, set(v) { note(prop, v); d.set.call(this, v); } });
  };
  wrapSetter(Element.prototype, 'innerHTML');
  wrapSetter(Element.prototype, 'outerHTML');
  wrapSetter(ShadowRoot.prototype, 'innerHTML');
  wrapSetter(HTMLIFrameElement.prototype, 'srcdoc');
  const wrapMethod = (proto, name, args = (a) => a) => {
    const f = proto?.[name];
    if (typeof f !== 'function') return;
    proto[name] = function (...a) { note(name, args(a)); return f.apply(this, a); };
  };
  wrapMethod(Element.prototype, 'insertAdjacentHTML', (a) => a[1]);
  wrapMethod(Element.prototype, 'setHTMLUnsafe', (a) => a[0]);
  wrapMethod(ShadowRoot.prototype, 'setHTMLUnsafe', (a) => a[0]);
  wrapMethod(Document.prototype, 'write', (a) => a.join(''));
  wrapMethod(Document.prototype, 'writeln', (a) => a.join(''));
  wrapMethod(Range.prototype, 'createContextualFragment', (a) => a[0]);
  wrapMethod(DOMParser.prototype, 'parseFromString', (a) => a[0]);
  // Handlers, and javascript: in the attributes a browser follows as URLs.
  const URL_ATTRIBUTES = /^(?:href|xlink:href|src|srcset|action|formaction|data|poster|background|ping)$/i;
  wrapMethod(Element.prototype, 'setAttribute', (a) => (/^on/i.test(a[0]) || (URL_ATTRIBUTES.test(a[0]) && /javascript:/i.test(a[1])) ? a.join('=') : ''));
  for (const name of ['setTimeout', 'setInterval']) {
    const f = window[name];
    window[name] = function (handler, ...rest) { if (typeof handler === 'string') note(name, handler || MARK); return f.call(this, handler, ...rest); };
  }
  // eval is wrapped, not used: a payload that reaches it is recorded (and still runs, to be seen).
  const realEval = window.eval;  // eslint-disable-line no-eval
  window.eval = function (code) { note('eval', code || MARK); return realEval(code); };  // eslint-disable-line no-eval
  window.Function = new Proxy(Function, {
    apply(target, self, args) { note('Function', args.join(',') || MARK); return Reflect.apply(target, self, args); },
    construct(target, args) { note('Function', args.join(',') || MARK); return Reflect.construct(target, args); },
  });
  document.addEventListener('securitypolicyviolation', (e) => window.__sinks.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
}

const PAYLOADS = {
  img: '<img src=x onerror=pwn(1)>',
  script: '<script>pwn(2)</script>',
  svg: '"><svg onload=pwn(3)>',
  iframe: '<iframe srcdoc="<script>parent.pwn(4)</script>"></iframe>',
  url: 'javascript:pwn(5)',
  attribute: '" autofocus onfocus=pwn(6) x="',
  template: '${pwn(7)}{{constructor.constructor("pwn(8)")()}}',
  math: '<math><mtext><a href="javascript:pwn(9)">x</a></mtext></math>',
};

// Every element and attribute in the document and the open shadow roots under it. (Its source
// must not spell the payload mark: Playwright hands it to the page through eval, which the
// guard watches.)
function domCensus() {
  const mark = new RegExp(['p', 'w', 'n'].join(''), 'i');
  const tags = {};
  const handlers = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      tags[el.localName] = (tags[el.localName] ?? 0) + 1;
      for (const a of el.attributes) {
        const url = /^(?:href|xlink:href|src|srcset|action|formaction|data|poster|background|ping|srcdoc)$/i.test(a.name);
        if (/^on/i.test(a.name) || mark.test(a.name) || (url && (/javascript:/i.test(a.value) || mark.test(a.value)))) {
          handlers.push(`<${el.localName} ${a.name}="${a.value.slice(0, 80)}">`);
        }
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return { tags, handlers };
}

const INJECTABLE = ['script', 'img', 'svg', 'iframe', 'object', 'embed', 'a', 'form', 'style', 'link', 'base', 'meta'];

let server;
let cspServer;
let browser;

before(async () => {
  server = await startServer();
  cspServer = await startCspServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await cspServer?.close();
});

async function open(url, { beforeLoad } = {}) {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin + '/' });
  const page = await context.newPage();
  const problems = [];
  const dialogs = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  await page.addInitScript(installGuard);
  await page.goto(url);
  if (beforeLoad) await beforeLoad(page);
  await page.waitForFunction(() => [...document.querySelectorAll('activation-widget')].every((w) => w.dataset.ready === 'true'));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
  return { page, problems, dialogs, close: () => context.close() };
}

// What a page must look like after payloads: nothing ran, no sink saw one, nothing was added.
async function assertNothingRan({ page, dialogs }, clean, where) {
  const { ran, sinks, polluted } = await page.evaluate(() => ({
    ran: window.__ran, sinks: window.__sinks, polluted: Object.keys(Object.prototype),
  }));
  const census = await page.evaluate(domCensus);
  assert.deepEqual(ran, [], `${where}: no payload ran`);
  assert.deepEqual(dialogs, [], `${where}: no dialog opened`);
  assert.deepEqual(sinks, [], `${where}: no HTML or code sink saw a payload`);
  assert.deepEqual(census.handlers, [], `${where}: no handler or javascript: URL in the DOM`);
  assert.deepEqual(polluted, [], `${where}: Object.prototype untouched`);
  for (const tag of INJECTABLE) {
    assert.equal(census.tags[tag] ?? 0, clean.tags[tag] ?? 0, `${where}: no <${tag}> added`);
  }
}

// The same page without payloads, for comparison: one widget, or a second one added by a host.
const SECOND_WIDGET = (page) => page.evaluate(() => {
  const w = document.createElement('activation-widget');
  w.id = 'hostile';
  document.body.append(w);
});
const cleanCensus = {};
async function clean(variant = 'page') {
  if (!cleanCensus[variant]) {
    const p = await open(server.url, variant === 'two' ? { beforeLoad: SECOND_WIDGET } : {});
    cleanCensus[variant] = await p.page.evaluate(domCensus);
    await p.close();
  }
  return cleanCensus[variant];
}

const region = (page, name) => page.getByLabel(name, { exact: true });
// The alert is updated once typing pauses (aria-busy until then): read it after that.
const alertText = async (page) => {
  await page.locator('activation-widget [role="alert"]:not([aria-busy])').first().waitFor({ state: 'attached' });
  return page.getByRole('alert', { includeHidden: true }).textContent();
};

test('the control: the guard does see a payload reach a sink and run', async () => {
  const p = await open(server.url);
  await p.page.evaluate((payload) => {
    const box = document.createElement('div');
    document.body.append(box);
    box.insertAdjacentHTML('beforeend', payload);
  }, PAYLOADS.img);
  await p.page.waitForFunction(() => window.__ran.length > 0);
  const { ran, sinks } = await p.page.evaluate(() => ({ ran: window.__ran, sinks: window.__sinks }));
  assert.deepEqual(ran, ['pwn(1)']);
  assert.equal(sinks.length, 1);
  assert.match(sinks[0], /^insertAdjacentHTML: /);
  await p.close();
});

test('payloads in URL parameters render as text and never run', async () => {
  const base = await clean();
  const cases = [
    { fn: PAYLOADS.img },
    { fn: 'relu', x: PAYLOADS.script },
    { fn: 'leaky_relu', leak: PAYLOADS.svg, x: PAYLOADS.attribute },
    { fn: 'relu', x: PAYLOADS.iframe, compare: `${PAYLOADS.img},sigmoid`, xmin: PAYLOADS.url, xmax: PAYLOADS.math },
    { fn: 'relu', x: PAYLOADS.template, [PAYLOADS.img]: '1', __proto__x: 'pwn(10)' },
  ];
  for (const params of cases) {
    const search = new URLSearchParams(params).toString().replace('__proto__x', '__proto__');
    const where = `?${decodeURIComponent(search).slice(0, 120)}`;
    const p = await open(`${server.url}?${search}#${encodeURIComponent(PAYLOADS.img)}`);
    await assertNothingRan(p, base, where);
    // Shown as text: the reader's vector is in the box as typed, and the complaint quotes it.
    if (params.x) assert.equal(await p.page.getByLabel('Test vector').inputValue(), params.x, where);
    const shown = await alertText(p.page);
    if (params.fn === PAYLOADS.img) assert.ok(shown.includes(`unknown function '${PAYLOADS.img}'`), `${where}: the unknown function is quoted as text: ${shown}`);
    else assert.match(shown, /\S/, `${where}: a message`);
    assert.deepEqual(p.problems, [], where);
    await p.close();
  }
});

test('payloads in custom-element attributes and properties render as text and never run', async () => {
  const base = await clean('two');
  const p = await open(server.url, {
    beforeLoad: (page) => page.evaluate((payloads) => {
      // As a host page (or a CMS filling in reader data) would write the element.
      const w = document.createElement('activation-widget');
      w.id = 'hostile';
      w.setAttribute('fn', 'leaky_relu');
      w.setAttribute('leak', payloads.svg);
      w.setAttribute('x', payloads.script);
      w.setAttribute('compare', payloads.img);
      w.setAttribute('xmin', payloads.url);
      w.setAttribute('xmax', payloads.math);
      w.setAttribute('theme', payloads.attribute);
      w.setAttribute('page', payloads.url);
      w.setAttribute('data-note', payloads.iframe);
      document.body.append(w);
    }, PAYLOADS),
  });
  const widget = p.page.locator('#hostile');
  await assertNothingRan(p, base, 'attributes');
  assert.equal(await widget.getByLabel('Test vector').inputValue(), PAYLOADS.script);
  assert.equal(await widget.getByLabel('Leak', { exact: true }).inputValue(), PAYLOADS.svg);
  // Then driven by a host script: properties and attribute changes with payloads.
  await widget.evaluate((w, payloads) => {
    w.x = payloads.img;
    w.fn = payloads.iframe;
    w.setAttribute('x', payloads.template);
    w.setAttribute('leak', payloads.attribute);
  }, PAYLOADS);
  await p.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await widget.getByLabel('Test vector').inputValue(), PAYLOADS.template);
  await assertNothingRan(p, base, 'properties');
  assert.deepEqual(p.problems, []);
  await p.close();
});

test('payloads typed into the Test vector and parameter boxes render as text and never run', async () => {
  const base = await clean();
  const p = await open(`${server.url}?fn=leaky_relu`);
  for (const payload of Object.values(PAYLOADS)) {
    await p.page.getByLabel('Test vector').fill('');
    await p.page.getByLabel('Test vector').pressSequentially(payload);
    assert.equal(await p.page.getByLabel('Test vector').inputValue(), payload);
    const shown = await alertText(p.page);
    assert.match(shown, /^Test vector, column \d+: /, payload);
    await p.page.getByLabel('Leak', { exact: true }).fill(payload);
    assert.match(await alertText(p.page), /^Leak: /, payload);
    assert.equal(await region(p.page, 'f(x)').textContent(), '');
    await p.page.getByLabel('Leak', { exact: true }).fill('0.1');
  }
  await assertNothingRan(p, base, 'typed');
  assert.deepEqual(p.problems, []);
  await p.close();
});

// ---- 3. the Embed snippets --------------------------------------------------------------------

test('the Embed snippets carry reader text only as attribute values and URL parameters', async () => {
  const state = { fn: 'leaky_relu', leak: `${PAYLOADS.attribute}&amp;'`, x: `[1] ${PAYLOADS.script}${PAYLOADS.svg}` };
  const p = await open(`${server.url}?${new URLSearchParams(state)}`);
  await p.page.getByRole('button', { name: 'Embed' }).click();
  const script = await p.page.getByLabel('Script tag', { exact: true }).inputValue();
  const iframe = await p.page.getByLabel('Iframe', { exact: true }).inputValue();
  await assertNothingRan(p, await clean(), 'embed dialog');
  const parsed = await p.page.evaluate(([scriptSnippet, iframeSnippet]) => {
    // Inert parsing (DOMParser runs nothing): what the blogger's page would build from them.
    const read = (html) => {
      const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
      return [...doc.body.querySelectorAll('*')].map((el) => ({
        tag: el.localName,
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        text: el.textContent,
      }));
    };
    return { script: read(scriptSnippet), iframe: read(iframeSnippet) };
  }, [script, iframe]);
  assert.deepEqual(parsed.script.map((e) => e.tag), ['script', 'activation-widget'], script);
  assert.equal(parsed.script[0].text, '');
  assert.deepEqual(Object.keys(parsed.script[0].attributes).sort(), ['src', 'type']);
  const attributes = parsed.script[1].attributes;
  assert.equal(attributes.fn, state.fn);
  assert.equal(attributes.leak, state.leak);
  assert.equal(attributes.x, state.x);
  assert.ok(Object.keys(attributes).every((name) => !/^on/i.test(name)), script);
  assert.deepEqual(parsed.iframe.map((e) => e.tag), ['iframe'], iframe);
  assert.ok(!('srcdoc' in parsed.iframe[0].attributes) && Object.keys(parsed.iframe[0].attributes).every((n) => !/^on/i.test(n)), iframe);
  const src = new URL(parsed.iframe[0].attributes.src);
  assert.equal(src.searchParams.get('x'), state.x);
  assert.equal(src.searchParams.get('leak'), state.leak);
  await p.close();
});

// ---- 4. under the documented CSP ----------------------------------------------------------------

test('under the strict CSP the README documents, payloads cause no violation and no console error', async () => {
  const search = new URLSearchParams({ fn: 'leaky_relu', leak: PAYLOADS.svg, x: PAYLOADS.script, compare: PAYLOADS.img }).toString();
  const p = await open(`${cspServer.url}?${search}`);
  await p.page.getByLabel('Test vector').fill(PAYLOADS.iframe);
  await p.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
  assert.deepEqual(await p.page.evaluate(() => window.__sinks), [], 'no CSP violation, no sink saw a payload');
  assert.deepEqual(await p.page.evaluate(() => window.__ran), []);
  assert.deepEqual(p.problems, []);
  assert.deepEqual(p.dialogs, []);
  await p.close();
});
