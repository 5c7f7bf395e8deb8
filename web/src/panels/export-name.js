// The exported files' name: the function and its parameters, as the plots show them
// (leaky_relu-leak-0.1.svg); characters a file system may refuse become "_".
export function exportName(spec, params, extension) {
  const parts = [spec.id];
  for (const p of spec.params) parts.push(p.id, String(params[p.id] ?? p.default));
  const base = parts.join('-').replace(/[^A-Za-z0-9._+-]/g, '_').replace(/^[.-]+/, '').slice(0, 120);
  return `${base || 'activation'}.${extension}`;
}
