// Sizes of what we ship: the one-tag bundle and each per-element entry (with the shared
// chunks it imports, Lit excluded since npm users bring their own). Deterministic for a build.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');

export const BUDGETS = { bundleGzip: 30 * 1024, entryGzip: 8 * 1024 };

function sizesOf(text) {
  const buffer = Buffer.from(text);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The entry file plus every local chunk it imports, transitively. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    closure(join(dirname(file), match[1]), seen);
  }
  return seen;
}

export function measureSizes() {
  const bundlePath = join(root, 'dist/akimat-widgets.js');
  if (!existsSync(bundlePath)) throw new Error('dist/akimat-widgets.js is missing: run `npm run build` first.');
  const bundle = { name: 'akimat-widgets.js', ...sizesOf(readFileSync(bundlePath, 'utf8')) };
  const { LIB_ENTRIES } = JSON.parse(readFileSync(join(root, 'dist/lib/entries.json'), 'utf8'));
  const entries = Object.keys(LIB_ENTRIES)
    .filter((name) => name !== 'index' && name !== 'feed')
    .map((name) => {
      const files = [...closure(join(root, 'dist/lib', `${name}.js`))];
      return { name: `lib/${name}.js`, files: files.length, ...sizesOf(files.map((f) => readFileSync(f, 'utf8')).join('\n')) };
    });
  return { bundle, entries };
}
