/**
 * JSON the way people write feeds by hand (and docs/feed.md shows them): one key per line, but
 * a short object or list of plain values on one line, so a Text reads
 * `"name": { "kk": "…", "ru": "…", "en": "…" }` instead of taking five lines.
 */

const WIDTH = 120;

function isLeaf(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

export function prettyJson(value: unknown, indent = ''): string {
  if (isLeaf(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const flat = `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
    if (value.every(isLeaf) && flat.length + indent.length <= WIDTH) return flat;
    return `[\n${value.map((item) => `${inner}${prettyJson(item, inner)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  const flat = `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`;
  if (entries.every(([, v]) => isLeaf(v)) && flat.length + indent.length <= WIDTH) return flat;
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${prettyJson(v, inner)}`).join(',\n')}\n${indent}}`;
}
