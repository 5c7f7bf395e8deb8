// A curve record (from the core: points, the start of each segment, and the jumps between
// segments with their one-sided limits and the value taken) as Chart.js data: the segments'
// points with a break (y = NaN) between them, so no vertical line joins the two sides of a
// jump, and a dot per jump side: filled where the function is, open at a limit it only
// approaches.
//   record: { x: Float64Array, y: Float64Array, segments: Uint32Array, jumps: [{ x, left, value, right }] }

export function chartPoints({ x, y, segments }) {
  const n = x.length;
  const points = [];
  let next = 1;  // the segment after the current one
  for (let i = 0; i < n; i++) {
    if (next < segments.length && i === segments[next]) {
      // Between the segments: a break at the boundary's x.
      points.push({ x: x[i], y: NaN });
      next++;
    }
    points.push({ x: x[i], y: y[i] });
  }
  return points;
}

export function jumpDots(jumps) {
  const dots = [];
  for (const { x, left, value, right } of jumps) {
    if (Number.isFinite(value)) dots.push({ x, y: value, filled: true });
    for (const limit of [left, right]) {
      if (Number.isFinite(limit) && !Object.is(limit, value) && limit !== value) dots.push({ x, y: limit, filled: false });
    }
  }
  return dots;
}
