// A transparent canvas over a plot for what moves often: the test vector's markers and the
// crosshair under the pointer. Redrawing it costs a clear and a few paths; the curves below,
// drawn by Chart.js, are never redrawn for it.
import { MARKER_RADIUS as RADIUS, drawDiamonds, markerPixels } from './markers.js';
import { drawTangent } from './tangent.js';


export class Overlay {
  #canvas;
  #plot = null;
  #markers = [];
  #crosshairX = null;
  #tangent = null;

  // under: the plot's canvas; the overlay goes right after it, in the same positioned box.
  constructor(under) {
    this.#canvas = document.createElement('canvas');
    this.#canvas.className = 'overlay';
    this.#canvas.id = `${under.id}-overlay`;
    this.#canvas.setAttribute('aria-hidden', 'true');
    under.after(this.#canvas);
  }

  get canvas() {
    return this.#canvas;
  }

  // plot: the Plot (chart.js) under the overlay.
  attach(plot) {
    this.#plot = plot;
  }

  setMarkers(points) {
    this.#markers = points;
  }

  setCrosshair(x) {
    this.#crosshairX = x;
  }

  // tangent: the core's tangent at the crosshair (see tangent.js), or null.
  setTangent(tangent) {
    this.#tangent = tangent;
  }

  draw() {
    const chart = this.#plot?.chart;
    const canvas = this.#canvas;
    if (!chart?.chartArea) return;
    const under = chart.canvas;
    if (canvas.width !== under.width || canvas.height !== under.height) {
      canvas.width = under.width;
      canvas.height = under.height;
    }
    // The CSS size Chart.js keeps (chart.width/height): reading clientWidth here, after the
    // change's DOM writes, would force a layout of the whole widget on every draw.
    const width = `${chart.width}px`;
    const height = `${chart.height}px`;
    if (canvas.style.width !== width) canvas.style.width = width;
    if (canvas.style.height !== height) canvas.style.height = height;
    const ctx = canvas.getContext('2d');
    const scale = under.width / Math.max(1, chart.width);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    const area = chart.chartArea;
    const theme = this.#plot.theme;
    const { x: xs, y: ys } = chart.scales;
    this.#drawMarkers(ctx, area, theme, (p) => ({ x: xs.getPixelForValue(p.x), y: ys.getPixelForValue(p.y) }));
    this.#drawCrosshair(ctx, area, theme, xs);
    if (this.#tangent) {
      const toPixel = (x, y) => ({ x: xs.getPixelForValue(x), y: ys.getPixelForValue(y) });
      drawTangent(ctx, area, this.#tangent, { xmin: xs.min, xmax: xs.max, toPixel }, { color: theme.fg, panel: theme.panel });
    }
  }

  #drawMarkers(ctx, area, theme, toPixel) {
    if (this.#markers.length === 0) return;
    const pixels = markerPixels(this.#markers, toPixel, area, RADIUS);
    ctx.save();
    ctx.beginPath();
    ctx.rect(area.left - RADIUS, area.top - RADIUS, area.right - area.left + 2 * RADIUS, area.bottom - area.top + 2 * RADIUS);
    ctx.clip();
    drawDiamonds(ctx, pixels, theme);
    ctx.restore();
  }

  #drawCrosshair(ctx, area, theme, xScale) {
    const x = this.#crosshairX;
    if (x === null || x === undefined) return;
    const px = xScale.getPixelForValue(x);
    if (px < area.left || px > area.right) return;
    ctx.save();
    ctx.strokeStyle = theme.muted;
    ctx.lineWidth = 1;
    ctx.setLineDash([4, 4]);
    ctx.beginPath();
    ctx.moveTo(px, area.top);
    ctx.lineTo(px, area.bottom);
    ctx.stroke();
    ctx.restore();
  }

  remove() {
    this.#canvas.remove();
    this.#plot = null;
  }
}
