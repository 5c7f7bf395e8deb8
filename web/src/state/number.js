// One reader for the numbers the page itself reads (the x range's bounds, a parameter box's
// value for its slider and arrow keys): a Python float literal as a reader types it, with the
// Unicode minus blogs render. Parameters' values for the core are never read here: the core
// parses what was typed (and decides int vs float); this only places a slider.
const DECIMAL = /^[+-]?(?:\d+(?:_\d+)*(?:\.(?:\d+(?:_\d+)*)?)?|\.\d+(?:_\d+)*)(?:[eE][+-]?\d+(?:_\d+)*)?$/;

/** The finite number the text spells, or null (empty, not a number, nan, inf, overflow). */
export function readNumber(text) {
  const s = String(text).trim().replace(/[\u2212\u2012\u2013\uFE63\uFF0D]/g, '-');
  if (!DECIMAL.test(s)) return null;
  const value = Number(s.replace(/_/g, ''));
  return Number.isFinite(value) ? value : null;
}
