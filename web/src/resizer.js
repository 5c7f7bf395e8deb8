// dist/activation-widget-resizer.js: optional. One <script src> in a page that frames
// activation-widget.html, and each such <iframe> takes the height of its content, which the
// single file posts (web/src/frame-height.js). A message is read only if it comes from one of
// this page's own iframes (event.source), and only its height, a bounded number, is used.
(() => {
  const TYPE = 'activation-widget:height';
  const MAX_HEIGHT = 20000;  // px: a frame cannot make itself endless

  addEventListener('message', (event) => {
    const { data } = event;
    if (data === null || typeof data !== 'object' || data.type !== TYPE) return;
    const height = Number(data.height);
    if (!Number.isFinite(height) || height <= 0) return;
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      const style = getComputedStyle(frame);
      // With box-sizing: border-box (common in blog themes) the height includes the border.
      const edges = style.boxSizing === 'border-box'
        ? ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce((sum, p) => sum + parseFloat(style[p]), 0)
        : 0;
      frame.style.height = `${Math.min(Math.ceil(height), MAX_HEIGHT) + edges}px`;
    }
  });

  // Frames that posted before this script ran: ask them again.
  for (const frame of document.getElementsByTagName('iframe')) frame.contentWindow?.postMessage({ type: `${TYPE}?` }, '*');
})();
