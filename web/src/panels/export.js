// "Download PNG" and "Download SVG": the two plots as one picture, laid out as the page shows
// them (each plot in its panel with its caption, a title above), on the theme's colours.
// The SVG is written from the core's curve records (export-svg.js) with the ticks, legend
// and labels where Chart.js placed them; the PNG is the charts' own canvases composed at the
// screen's pixel ratio, with the test vector's markers (not the crosshair). Neither holds
// the formula.
import { h } from '../lib/dom.js';
import { writeSvg } from '../plots/export-svg.js';
import { MARKER_RADIUS, drawDiamonds, markerPixels } from '../plots/markers.js';
import { exportName } from './export-name.js';

const PAD = 16;          // px around the picture
const TITLE_SIZE = 17;   // px
const TITLE_GAP = 12;    // px between the title and the plots
const REVOKE_AFTER = 30000;  // ms: the download has its bytes by then

// sources(): { host, spec, params, title, theme, series: [{ color, records: { f, df } }],
//   plots: { f: { plot }, df: { plot } }, markers: { f, df } }; null before the first draw.
export function wireExport(ui, scope, sources) {
  // Each object URL is revoked once its download has its bytes, or when the widget goes.
  const urls = new Set();
  scope.add(() => { for (const url of urls) URL.revokeObjectURL(url); urls.clear(); });
  const save = (blob, name) => {
    if (!blob || scope.disposed) return;
    const url = URL.createObjectURL(blob);
    urls.add(url);
    const link = h('a', { href: url, download: name, class: 'offscreen', tabIndex: -1, 'aria-hidden': 'true' });
    ui.widget.append(link);
    link.click();
    link.remove();
    scope.timeout(() => {
      URL.revokeObjectURL(url);
      urls.delete(url);
    }, REVOKE_AFTER);
  };
  scope.listen(ui.exportSvg, 'click', () => {
    const s = sources();
    if (!s) return;
    save(new Blob([writeSvg(svgScene(s))], { type: 'image/svg+xml' }), exportName(s.spec, s.params, 'svg'));
  });
  scope.listen(ui.exportPng, 'click', () => {
    const s = sources();
    if (!s) return;
    const name = exportName(s.spec, s.params, 'png');
    pngCanvas(s).toBlob((blob) => save(blob, name), 'image/png');
  });
}

// Where each part goes, in CSS pixels of the picture: the panels as the page lays them out.
function frame(s) {
  const style = getComputedStyle(s.host);
  const colour = (name) => style.getPropertyValue(name).trim();
  const figures = ['f', 'df'].map((plot) => s.plots[plot].plot.canvas.closest('figure'));
  const rects = figures.map((f) => f.getBoundingClientRect());
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const dx = PAD - left;
  const dy = PAD + TITLE_SIZE * 1.3 + TITLE_GAP - top;
  const width = Math.ceil(Math.max(...rects.map((r) => r.right)) + dx + PAD);
  const height = Math.ceil(Math.max(...rects.map((r) => r.bottom)) + dy + PAD);
  const fg = colour('--fg');
  const texts = [{ text: s.title, x: width / 2, y: PAD + TITLE_SIZE * 0.65, color: fg, anchor: 'middle', baseline: 'central', size: TITLE_SIZE, weight: 600 }];
  const boxes = [];
  figures.forEach((figure, i) => {
    const r = rects[i];
    const fs = getComputedStyle(figure);
    boxes.push({ x: r.left + dx + 0.5, y: r.top + dy + 0.5, width: r.width - 1, height: r.height - 1, radius: parseFloat(fs.borderTopLeftRadius) || 0, fill: s.theme.panel, stroke: colour('--border') });
    // The caption's words ("Function f(x)"), each in its own font, where the page puts them.
    for (const span of figure.querySelectorAll('figcaption span')) {
      const sr = span.getBoundingClientRect();
      const ss = getComputedStyle(span);
      texts.push({
        text: span.textContent, x: sr.left + dx, y: sr.top + dy + sr.height / 2, color: ss.color, baseline: 'central',
        size: parseFloat(ss.fontSize), weight: ss.fontWeight, style: ss.fontStyle, family: ss.fontFamily,
      });
    }
  });
  const charts = ['f', 'df'].map((plot) => {
    const p = s.plots[plot].plot;
    const r = p.canvas.getBoundingClientRect();
    return { plot, chart: p.chart, canvas: p.canvas, x: r.left + dx, y: r.top + dy, width: r.width, height: r.height };
  });
  return { width, height, background: colour('--bg'), texts, boxes, charts };
}

// The SVG's scene: the frame, and each chart's ticks, labels and legend as Chart.js placed them.
function svgScene(s) {
  const f = frame(s);
  const { theme } = s;
  const texts = [...f.texts];
  const symbols = [];
  const plots = f.charts.map(({ plot, chart, x: ox, y: oy }) => {
    const a = chart.chartArea;
    const { x: xs, y: ys } = chart.scales;
    for (const scale of [xs, ys]) {
      for (const item of scale.getLabelItems()) {
        const [tx, ty] = item.options.translation;
        const base = item.options.textBaseline;
        const shift = base === 'top' ? item.font.size / 2 : base === 'bottom' ? -item.font.size / 2 : 0;
        texts.push({
          text: String(item.label), x: tx + ox, y: ty + item.textOffset + shift + oy, color: item.options.color,
          anchor: { left: 'start', right: 'end' }[item.options.textAlign] ?? 'middle', baseline: 'central',
          size: item.font.size === 12 ? undefined : item.font.size,
        });
      }
    }
    // The x axis's title, centred under its labels as Chart.js draws it.
    const title = xs.options.title;
    if (title.display) {
      const size = title.font?.size ?? 12;
      texts.push({
        text: title.text, x: (xs.left + xs.right) / 2 + ox, y: xs.bottom - size * 0.6 - 4 + oy, color: title.color,
        anchor: 'middle', baseline: 'central', size, style: title.font?.style,
      });
    }
    // The legend: each entry's point style and text in the boxes Chart.js laid out.
    const legend = chart.legend;
    const labels = legend.options.labels;
    const fontSize = labels.font?.size ?? 12;
    const box = Math.min(labels.boxWidth ?? 40, fontSize);
    legend.legendItems.forEach((item, i) => {
      const hit = legend.legendHitBoxes[i];
      if (!hit) return;
      symbols.push({
        x: hit.left + box / 2 + ox, y: hit.top + fontSize / 2 + oy, shape: item.pointStyle === 'rectRot' ? 'diamond' : 'circle',
        r: Math.min(labels.boxHeight ?? fontSize, fontSize) * Math.SQRT2 / 2, fill: item.fillStyle, stroke: item.strokeStyle, width: item.lineWidth ?? 1,
      });
      texts.push({ text: item.text, x: hit.left + box + fontSize / 2 + ox, y: hit.top + hit.height / 2 + oy, color: item.fontColor ?? labels.color, baseline: 'central', size: fontSize });
    });
    return {
      area: { left: a.left + ox, right: a.right + ox, top: a.top + oy, bottom: a.bottom + oy },
      x: { min: xs.min, max: xs.max, ticks: xs.ticks.map((t) => t.value) },
      y: { min: ys.min, max: ys.max, ticks: ys.ticks.map((t) => t.value) },
      grid: theme.grid, axis: theme.axis, panel: theme.panel, marker: theme.marker,
      // Curves the legend has hidden stay out (datasets are the series, in order).
      series: s.series.filter((_, i) => chart.isDatasetVisible(i)).map(({ color, records }) => ({ color, record: records[plot] })),
      markers: s.markers[plot],
    };
  });
  return { width: f.width, height: f.height, background: f.background, font: theme.font, fontSize: 12, title: s.title, boxes: f.boxes, plots, texts, symbols };
}

// The PNG: the frame painted, each chart's canvas drawn in its place, the markers over it.
function pngCanvas(s) {
  const f = frame(s);
  const ratio = Math.max(1, ...f.charts.map((c) => c.canvas.width / Math.max(1, c.width)));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(f.width * ratio);
  canvas.height = Math.round(f.height * ratio);
  const ctx = canvas.getContext('2d');
  ctx.scale(ratio, ratio);
  ctx.fillStyle = f.background;
  ctx.fillRect(0, 0, f.width, f.height);
  for (const b of f.boxes) {
    ctx.beginPath();
    if (ctx.roundRect) ctx.roundRect(b.x, b.y, b.width, b.height, b.radius);
    else ctx.rect(b.x, b.y, b.width, b.height);
    ctx.fillStyle = b.fill;
    ctx.fill();
    ctx.strokeStyle = b.stroke;
    ctx.lineWidth = 1;
    ctx.stroke();
  }
  for (const t of f.texts) {
    ctx.font = `${t.style ?? 'normal'} ${t.weight ?? 'normal'} ${t.size}px ${t.family ?? s.theme.font}`;
    ctx.fillStyle = t.color;
    ctx.textAlign = { middle: 'center', end: 'right' }[t.anchor] ?? 'left';
    ctx.textBaseline = 'middle';
    ctx.fillText(t.text, t.x, t.y);
  }
  for (const { plot, chart, canvas: source, x, y, width, height } of f.charts) {
    ctx.drawImage(source, x, y, width, height);
    const area = chart.chartArea;
    const pixels = markerPixels(s.markers[plot], (p) => s.plots[plot].plot.pixelAt(p.x, p.y), area, MARKER_RADIUS);
    drawDiamonds(ctx, pixels.map((p) => ({ x: p.x + x, y: p.y + y })), s.theme);
  }
  return canvas;
}
