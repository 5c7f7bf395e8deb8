// Samples f and f' from the core and turns them into chart points. A jump becomes a gap:
// the sample at the jump itself is left out and a NaN breaks the line, so no vertical
// segment pretends the function passes through values it never takes.

export function sampleCurves(widget, fnId, params, x0, x1, n) {
  if (!widget.sample(fnId, params, x0, x1, n)) return null;
  // Copy out of the views now: they are only valid until the next call into the core.
  const xs = Float64Array.from(widget.curveX());
  const ys = Float64Array.from(widget.curveY());
  const dys = Float64Array.from(widget.curveDY());
  const jumps = Array.from(widget.curveJumps()).filter((j) => j > x0 && j < x1);
  return { f: toPoints(xs, ys, jumps), df: toPoints(xs, dys, jumps), jumps };
}

function toPoints(xs, ys, jumps) {
  const points = [];
  let next = 0;
  const sorted = [...jumps].sort((a, b) => a - b);
  for (let i = 0; i < xs.length; i++) {
    while (next < sorted.length && xs[i] >= sorted[next]) {
      points.push({ x: sorted[next], y: NaN });
      if (xs[i] === sorted[next]) i++;
      next++;
    }
    if (i < xs.length) points.push({ x: xs[i], y: ys[i] });
  }
  return points;
}
