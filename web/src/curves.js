// Samples f and f' from the core and turns them into chart points. A jump is drawn as it is:
// each side's line runs right up to its one-sided limit, a break (NaN) keeps Chart.js from
// joining them with a vertical segment, and dots say which value the function takes there
// (filled) and which it only approaches (open).

// Below this relative size a jump is invisible on any plot (softplus's switch to x at its
// threshold is about 2e-9), so the line is left whole.
const VISIBLE_JUMP = 1e-6;

export function sampleCurves(widget, fnId, params, x0, x1, n) {
  if (!widget.sample(fnId, params, x0, x1, n)) return null;
  // Copy out of the views now: they are only valid until the next call into the core.
  const xs = Float64Array.from(widget.curveX());
  const ys = Float64Array.from(widget.curveY());
  const dys = Float64Array.from(widget.curveDY());
  const allJumps = Array.from(widget.curveJumps());
  const sides = Array.from(widget.curveJumpSides());
  const f = [];
  const df = [];
  allJumps.forEach((x, k) => {
    if (!(x > x0 && x < x1)) return;
    const [fl, fv, fr, dl, dv, dr] = sides.slice(6 * k, 6 * k + 6);
    if (isJump(fl, fr)) f.push({ x, left: fl, value: fv, right: fr });
    if (isJump(dl, dr)) df.push({ x, left: dl, value: dv, right: dr });
  });
  f.sort((a, b) => a.x - b.x);
  df.sort((a, b) => a.x - b.x);
  return {
    f: { points: toPoints(xs, ys, f), dots: jumpDots(f), jumps: f },
    df: { points: toPoints(xs, dys, df), dots: jumpDots(df), jumps: df },
  };
}

function isJump(left, right) {
  if (!Number.isFinite(left) || !Number.isFinite(right)) return false;
  return Math.abs(left - right) > VISIBLE_JUMP * Math.max(1, Math.abs(left), Math.abs(right));
}

// Samples in order, with each jump's two one-sided limits and a break between them.
function toPoints(xs, ys, jumps) {
  const points = [];
  let next = 0;
  for (let i = 0; i < xs.length; i++) {
    while (next < jumps.length && xs[i] >= jumps[next].x) {
      const { x, left, right } = jumps[next];
      points.push({ x, y: left }, { x, y: NaN }, { x, y: right });
      next++;
    }
    // A sample that falls exactly on a jump is already there as its two limits.
    if (next > 0 && xs[i] === jumps[next - 1].x) continue;
    points.push({ x: xs[i], y: ys[i] });
  }
  return points;
}

// Filled where the function is, open at a limit it does not take.
function jumpDots(jumps) {
  const dots = [];
  for (const { x, left, value, right } of jumps) {
    dots.push({ x, y: value, filled: true });
    for (const limit of [left, right]) {
      if (!sameValue(limit, value)) dots.push({ x, y: limit, filled: false });
    }
  }
  return dots;
}

function sameValue(a, b) {
  return Math.abs(a - b) <= VISIBLE_JUMP * Math.max(1, Math.abs(a), Math.abs(b));
}
