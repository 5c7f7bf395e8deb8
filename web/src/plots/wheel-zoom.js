// Zooming a plot's x range with the wheel, around the pointer, without scroll-jacking: the
// wheel zooms with Ctrl/⌘ held (a trackpad pinch arrives as Ctrl + wheel too) or once the plot
// has focus; a plain wheel over an unfocused plot scrolls the page as usual and shows a hint.
import { zoom, roundForSpan } from '../state/range.js';

const PX_PER_LINE = 16;
const PER_PX = 0.002;   // 100 px of wheel (one notch in most browsers) zooms by e^0.2 ≈ 1.22
const MAX_STEP = 240;   // px: a single event never zooms by more than e^0.48

/** The zoom factor of one wheel event (> 1 zooms out, as a wheel turned towards the reader). */
export function wheelFactor(deltaY, deltaMode = 0, pageHeight = 800) {
  const px = deltaY * (deltaMode === 1 ? PX_PER_LINE : deltaMode === 2 ? pageHeight : 1);
  return Math.exp(Math.max(-MAX_STEP, Math.min(MAX_STEP, px)) * PER_PX);
}

/** The x range zoomed by factor, `anchor` (a data x) staying where it is, bounds rounded. */
export function zoomAround(xmin, xmax, factor, anchor) {
  const r = zoom(xmin, xmax, factor, anchor);
  const span = r.xmax - r.xmin;
  return { xmin: roundForSpan(r.xmin, span), xmax: roundForSpan(r.xmax, span) };
}

/** Whether a wheel event zooms (else it is the page's). */
export function wheelZooms(event, focused) {
  return Boolean(event.ctrlKey || event.metaKey || focused);
}

// canvas: the plot's canvas; hint: an element shown briefly after a plain wheel.
// valueAt(offsetX): the data x under the pointer, or null outside the plot area;
// onZoom(factor, anchor): zoom the range. Listeners and the timer go with `scope`.
export function wireWheelZoom(canvas, hint, scope, { valueAt, onZoom }) {
  let hintTimer = 0;
  scope.listen(canvas, 'wheel', (event) => {
    if (event.deltaY === 0) return;
    const anchor = valueAt(event.offsetX);
    if (anchor === null) return;
    if (!wheelZooms(event, canvas.getRootNode().activeElement === canvas)) {
      hint.hidden = false;
      scope.clearTimeout(hintTimer);
      hintTimer = scope.timeout(() => { hint.hidden = true; }, 1600);
      return;
    }
    event.preventDefault();
    hint.hidden = true;
    onZoom(wheelFactor(event.deltaY, event.deltaMode, innerHeight), anchor);
  }, { passive: false });
}

/** The hint's words: Ctrl or ⌘ as the reader's keyboard has it. */
export function hintText(platform = globalThis.navigator?.platform ?? '') {
  const key = /Mac|iPhone|iPad/.test(platform) ? '⌘' : 'Ctrl';
  return `${key} + scroll to zoom, or click the plot first`;
}
