// Copies text: the async Clipboard API where the page may use it, else the old selection
// route (an iframe without clipboard-write permission, some file:// pages). Resolves to
// whether the text reached the clipboard.
export async function copyText(text, scratchParent) {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused: fall through to the selection route.
  }
  const scratch = document.createElement('textarea');
  scratch.value = text;
  scratch.setAttribute('readonly', '');
  scratch.setAttribute('aria-hidden', 'true');
  scratch.className = 'offscreen';
  scratchParent.append(scratch);
  scratch.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  scratch.remove();
  return ok;
}
