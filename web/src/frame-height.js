// Framed in a post, the single file tells its parent how tall its content is, so that
// activation-widget-resizer.js (optional, one <script> in the parent) can size the <iframe>:
// no scrolling inside the frame on phones, no empty strip on desktops. Only a number leaves
// the frame; the parent's script checks that the message comes from one of its iframes.
export const HEIGHT_MESSAGE = 'activation-widget:height';

export function postFrameHeight() {
  if (window.parent === window) return;
  let posted = -1;
  const post = () => {
    // <html> is as tall as the content (nothing on the page sets its height), not the frame.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === posted) return;
    posted = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  // A resizer that starts after this frame has posted asks again.
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && event.data?.type === `${HEIGHT_MESSAGE}?`) {
      posted = -1;
      post();
    }
  });
}
