// Injected by tests/engines/server.mjs as the first script of every served page: records what
// the page warns or errs about on its console and what goes wrong in it, for engines whose driver cannot read
// the console (WebDriver classic). Read back with `window.__engineMessages`.
(() => {
  const messages = [];
  Object.defineProperty(window, '__engineMessages', { value: messages });
  const text = (args) => args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : typeof a === 'string' ? a : (() => { try { return JSON.stringify(a); } catch { return String(a); } })())).join(' ');
  for (const level of ['error', 'warn']) {
    const original = console[level].bind(console);
    console[level] = (...args) => { messages.push(`console.${level}: ${text(args)}`); original(...args); };
  }
  window.addEventListener('error', (event) => {
    // A resource that failed to load (a 404 script, image, ...) arrives here too, on its element.
    if (event.target && event.target !== window) messages.push(`load error: <${event.target.localName}> ${event.target.src || event.target.href || ''}`);
    else messages.push(`pageerror: ${event.message}`);
  }, true);
  window.addEventListener('unhandledrejection', (event) => messages.push(`unhandledrejection: ${event.reason?.message ?? event.reason}`));
  document.addEventListener('securitypolicyviolation', (event) => messages.push(`csp: ${event.violatedDirective} blocked ${event.blockedURI}`));
})();
