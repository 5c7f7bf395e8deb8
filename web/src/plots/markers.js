// The test vector's points on a plot, for the overlay and the PNG export: which to draw, where, how.

export const MARKER_RADIUS = 5;  // CSS px, centre to tip of a diamond

// The typed vector's points on both curves, in x order, finite ones only (f' only when it is
// elementwise: softmax's is a Jacobian). The core already keeps at most its marker cap.
export function markerPoints({ x, fx, dfx }) {
  const on = (ys) => (ys && ys.length === x.length ? Array.from(x, (v, i) => ({ x: v, y: ys[i] }))
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)).sort((a, b) => a.x - b.x) : []);
  return { f: on(fx), df: on(dfx) };
}

// Pixel centres of the markers inside the plot area (with a marker's radius to spare), one
// per pixel: a pasted vector repeats values, and stacked copies look the same.
// toPixel(point) -> { x, y } in CSS pixels; area: { left, right, top, bottom }.
export function markerPixels(points, toPixel, area, radius) {
  const seen = new Set();
  const out = [];
  for (const point of points) {
    const p = toPixel(point);
    const px = Math.round(p.x);
    const py = Math.round(p.y);
    if (!(px >= area.left - radius && px <= area.right + radius && py >= area.top - radius && py <= area.bottom + radius)) continue;
    const key = px * 65536 + py;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ x: px, y: py });
  }
  return out;
}

// The markers as red diamonds ringed in the panel colour, on a 2D canvas context (the overlay's,
// and the PNG export's), at pixel centres from markerPixels.
export function drawDiamonds(ctx, pixels, theme, r = MARKER_RADIUS) {
  if (pixels.length === 0) return;
  ctx.beginPath();
  for (const { x, y } of pixels) {
    ctx.moveTo(x, y - r);
    ctx.lineTo(x + r, y);
    ctx.lineTo(x, y + r);
    ctx.lineTo(x - r, y);
    ctx.closePath();
  }
  ctx.fillStyle = theme.marker;
  ctx.strokeStyle = theme.panel;
  ctx.lineWidth = 1.5;
  ctx.fill();
  ctx.stroke();
}
