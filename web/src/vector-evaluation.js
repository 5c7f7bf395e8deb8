// One evaluation of the typed vector by the core, as plain data that can cross to and from
// a worker: the NumPy transcript, the first points for the plots' markers, or the error.

export const MAX_MARKERS = 2000;  // drawn of the typed vector: 10^6 pasted numbers must not stall

// request: { fn, params, x }; widget: a core Widget (module.Widget).
export function evaluateVector(widget, { fn, params, x }) {
  if (x.trim() === '') return { transcript: null, points: null, error: null };
  if (!widget.evaluate(fn, params, x)) {
    return { transcript: null, points: null, error: { field: widget.errorField(), message: widget.errorMessage(), column: widget.errorColumn() } };
  }
  // Copied out of the views now: they are only valid until the next call into the core.
  const xs = widget.xValues();
  const n = Math.min(xs.length, MAX_MARKERS);
  const first = (view) => (view.length === xs.length ? view.slice(0, n) : null);
  return {
    transcript: { x: widget.xText(), fx: widget.fxText(), dfx: widget.dfxText() },
    // f' is elementwise only when it has x's length (softmax's is a Jacobian).
    points: { x: xs.slice(0, n), fx: first(widget.fxValues()), dfx: first(widget.dfxValues()) },
    error: null,
  };
}
