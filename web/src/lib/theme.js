// The canvas cannot read CSS, so the plots take their colours from the widget's custom
// properties (light or dark, from prefers-color-scheme or the `theme` attribute).
const SERIES = 8;

export function readTheme(host) {
  const style = getComputedStyle(host);
  const v = (name) => style.getPropertyValue(name).trim();
  return {
    dark: v('--scheme') === 'dark',
    fg: v('--fg'),
    muted: v('--muted'),
    panel: v('--panel'),
    grid: v('--grid'),
    axis: v('--axis'),
    marker: v('--marker'),
    font: style.fontFamily,
    palette: Array.from({ length: SERIES }, (_, i) => v(`--c${i}`)),
  };
}

// Calls onChange when the reader's colour scheme changes, until signal aborts.
export function watchColorScheme(onChange, signal) {
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', onChange, { signal });
}
