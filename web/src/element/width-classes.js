// The widget's layout follows its own width, not the viewport's: the two plots side by side
// from 600 px of content width, lower plot boxes and a wrapped bar up to 480 px. These are
// classes on .widget (`wide`, `narrow`, see widget.css), kept by a ResizeObserver, rather than
// CSS container queries: inside a size container, resolving an element's style needs a layout
// of the container whenever anything in it has changed, and Chromium resolves the canvas's
// style for every font Chart.js sets. With a query container around the plots, each parameter
// step laid the whole widget out in the middle of drawing, and again for the frame.
export const WIDE = 600;    // px of content width: the plots side by side
export const NARROW = 480;  // px of content width and below: the compact layout

export function widthClasses(width) {
  return { wide: width >= WIDE, narrow: width <= NARROW };
}

function apply(element, width) {
  for (const [name, on] of Object.entries(widthClasses(width))) {
    if (element.classList.contains(name) !== on) element.classList.toggle(name, on);
  }
}

// Sets the classes now (the plots are measured right after) and whenever the width changes;
// ResizeObserver reports after layout and before paint, so no frame shows the wrong layout.
export function watchWidth(element, scope) {
  const style = getComputedStyle(element);
  apply(element, element.offsetWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
  const observer = new ResizeObserver((entries) => apply(element, entries[entries.length - 1].contentRect.width));
  observer.observe(element);
  scope.add(() => observer.disconnect());
}
