import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The one-tag bundle loads each element's code on demand (src/autoload.ts). That chunk
 * imports a few small chunks it shares with other elements (styles, the matcher…), which the
 * browser would only discover after downloading and parsing it: a second round trip, slow on
 * a phone network. This plugin rewrites each `import("./chunk.js")` in the entry into imports
 * of the chunk and everything it needs at once, so all of it downloads in parallel. Vite does
 * the same with <link rel=modulepreload> for apps, but not for library builds.
 *
 * It also writes akimat-widgets/integrity.json: the Subresource Integrity hash of every file
 * in that folder, which the embed builder puts in the snippet's import map (`integrity`), so a
 * page can pin the on-demand files as it pins the bundle with `<script integrity>`.
 */
export function parallelChunks() {
  return {
    name: 'akimat-parallel-chunks',
    renderStart(outputOptions) {
      // dist/ also holds lib/ and types/, so it is not emptied: clear the chunk folder, or
      // the files of earlier builds (other hashes) would pile up beside the new ones.
      if (outputOptions.dir) rmSync(join(outputOptions.dir, 'akimat-widgets'), { recursive: true, force: true });
    },
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
      if (!entry) return;
      /** Every chunk `file` imports statically, directly or not, except the entry itself. */
      const needs = (file, seen = new Set()) => {
        for (const dependency of bundle[file]?.imports ?? []) {
          if (dependency === entry.fileName || seen.has(dependency)) continue;
          seen.add(dependency);
          needs(dependency, seen);
        }
        return seen;
      };
      for (const file of entry.dynamicImports) {
        const deps = [...needs(file)];
        if (!deps.length) continue;
        // The minifier may quote the path with ", ' or `.
        const call = new RegExp(`import\\((["'\`])\\./${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1\\)`, 'g');
        if (!call.test(entry.code)) this.error(`parallel-chunks: the import of ${file} was not found in ${entry.fileName}`);
        const all = [...deps, file].map((name) => `import("./${name}")`).join(',');
        entry.code = entry.code.replace(call, `Promise.all([${all}]).then(m=>m[${deps.length}])`);
      }
      const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
      const files = Object.fromEntries(
        Object.values(bundle)
          .filter((chunk) => chunk.type === 'chunk' && chunk !== entry)
          .map((chunk) => [chunk.fileName, sri(chunk.code)])
          .sort(([a], [b]) => a.localeCompare(b)),
      );
      this.emitFile({
        type: 'asset',
        fileName: `${entry.fileName.replace(/\.js$/, '')}/integrity.json`,
        source: `${JSON.stringify({ note: `SRI hashes of the files ${entry.fileName} loads on demand, by path relative to it`, files }, null, 2)}\n`,
      });
    },
  };
}
