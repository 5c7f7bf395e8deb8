// Sharing: "Copy as NumPy", "Copy link", and the Embed dialog with its two snippets. Every
// listener and timer belongs to the connection's scope.
import { copyText } from '../lib/clipboard.js';
import { embedSnippets } from './embed-snippets.js';

const FEEDBACK = 2500;  // ms the button says "Copied"

// sources: { numpy() -> script text (or a Promise of it), link() -> { href, tooLong }, embedState() -> state, base: URL }
export function wireSharing(ui, root, scope, sources) {
  // The button itself says "Copied" for a moment (its width kept, so nothing shifts); the
  // status region tells screen readers, who do not see the button change.
  const timers = new Map();
  async function copy(button, text, done, status = ui.status) {
    const ok = await copyText(text, root);
    if (scope.disposed) return;
    status.textContent = ok ? done : 'Could not reach the clipboard: select the text and press Ctrl+C.';
    button.dataset.label ??= button.textContent;
    button.style.minWidth = `${button.getBoundingClientRect().width}px`;
    button.textContent = ok ? 'Copied ✓' : 'Copy failed';
    scope.clearTimeout(timers.get(button));
    timers.set(button, scope.timeout(() => {
      button.textContent = button.dataset.label;
      button.style.minWidth = '';
      status.textContent = '';
    }, FEEDBACK));
  }

  scope.listen(ui.copyNumpy, 'click', async () => {
    const script = await sources.numpy();
    if (script !== null && !scope.disposed) copy(ui.copyNumpy, script, 'Copied the NumPy code.');
  });
  scope.listen(ui.copyLink, 'click', () => {
    const { href, tooLong } = sources.link();
    copy(ui.copyLink, href, tooLong ? 'Copied the link, without the test vector: it is too long for a URL.' : 'Copied the link.');
  });
  scope.listen(ui.embed, 'click', () => {
    const { script, iframe } = embedSnippets(sources.embedState(), sources.base);
    ui.embedScript.value = script;
    ui.embedIframe.value = iframe;
    ui.dialogStatus.textContent = '';
    ui.dialog.showModal();
  });
  scope.listen(ui.dialogClose, 'click', () => ui.dialog.close());
  scope.listen(ui.embedScriptCopy, 'click', () => copy(ui.embedScriptCopy, ui.embedScript.value, 'Copied the script tag.', ui.dialogStatus));
  scope.listen(ui.embedIframeCopy, 'click', () => copy(ui.embedIframeCopy, ui.embedIframe.value, 'Copied the iframe.', ui.dialogStatus));
}
