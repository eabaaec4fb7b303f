// Sizes of what we ship: the one-tag bundle and each per-element entry (with the shared
// chunks it imports, Lit excluded since npm users bring their own), plus the chunks an entry
// loads only on demand (the kk/ru catalogues) as rows of their own. Deterministic for a build.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
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

/** The entry file plus every local chunk it imports statically, transitively. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    closure(join(dirname(file), match[1]), seen);
  }
  return seen;
}

/** "kk-qswKpU9a.js" → "kk": chunk names without the content hash, stable across builds. */
const chunkName = (file) => basename(file, '.js').replace(/-[\w-]{8}$/, '');

/**
 * Sizes of the build in `dist` (default: the repository's dist/).
 * `bundle`: dist/akimat-widgets.js. `entries`: each per-element npm entry with its static
 * closure (these have budgets; `ownGzip`: without the chunks every entry shares). `core`: those
 * shared chunks. `lazy`: chunks of dist/lib that no entry imports statically, i.e. loaded on
 * demand (the catalogue of the language a page uses), each on its own.
 */
export function measureSizes(dist = join(root, 'dist')) {
  const bundlePath = join(dist, 'akimat-widgets.js');
  if (!existsSync(bundlePath)) throw new Error(`${bundlePath} is missing: run \`npm run build\` first.`);
  const bundle = { name: 'akimat-widgets.js', files: 1, ...sizesOf(readFileSync(bundlePath, 'utf8')) };
  const lib = join(dist, 'lib');
  const { LIB_ENTRIES } = JSON.parse(readFileSync(join(lib, 'entries.json'), 'utf8'));
  const reached = new Set();
  for (const name of Object.keys(LIB_ENTRIES)) for (const file of closure(join(lib, `${name}.js`))) reached.add(file);
  const read = (files) => files.map((f) => readFileSync(f, 'utf8')).join('\n');
  const names = Object.keys(LIB_ENTRIES).filter((name) => name !== 'index' && name !== 'feed');
  const closures = names.map((name) => [...closure(join(lib, `${name}.js`))]);
  // What every element needs (feed client and validator, base element, styles, locale): an
  // app that uses several elements downloads it once. Reported, so the budgets can be read.
  const common = closures.length ? closures.reduce((a, b) => a.filter((f) => b.includes(f))) : [];
  const entries = names.map((name, i) => {
    const files = closures[i];
    const own = files.filter((f) => !common.includes(f));
    return { name: `lib/${name}.js`, files: files.length, ...sizesOf(read(files)), ownGzip: sizesOf(read(own)).gzip };
  });
  const core = { name: 'lib shared by every entry', files: common.length, ...sizesOf(read(common)) };
  const lazy = readdirSync(lib)
    .filter((f) => f.endsWith('.js') && !reached.has(join(lib, f)))
    .sort()
    .map((f) => ({ name: `lib/${chunkName(f)} (lazy chunk)`, files: 1, ...sizesOf(readFileSync(join(lib, f), 'utf8')) }));
  return { bundle, entries, core, lazy };
}
