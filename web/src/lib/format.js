// Short, readable numbers for people (readout, values table, plot labels); the transcript
// is where NumPy's exact digits live.
export function formatNumber(value) {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  const text = abs >= 1e6 || abs < 1e-4 ? value.toExponential(3) : String(Number(value.toPrecision(4)));
  return text.replace('-', '−');
}
