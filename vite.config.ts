/**
 * Three jobs, one file:
 * - `vite` (npm start): serves demo/ with the sample feed; the demo imports src/ directly.
 * - `vite build`: dist/akimat-widgets.js, the one-tag bundle (Lit and the shared core inside), and
 *   dist/akimat-widgets/: each element's code and the kk/ru texts, loaded on demand (src/autoload.ts).
 * - `vite build --mode lib`: dist/lib/*.js, per-element ES modules for npm users, Lit external.
 */
import { defineConfig } from 'vite';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifyCssTemplates } from './scripts/vite/minify-css.js';
import { parallelChunks } from './scripts/vite/parallel-chunks.js';

const here = import.meta.dirname;

export const LIB_ENTRIES = {
  index: 'src/index.ts',
  feed: 'src/feed/index.ts',
  'officer-card': 'src/components/officer-card/officer-card.ts',
  'officer-directory': 'src/components/officer-directory/officer-directory.ts',
  'council-list': 'src/components/council-list/council-list.ts',
  'region-picker': 'src/components/region-picker/region-picker.ts',
  'meeting-form': 'src/components/meeting-form/meeting-form.ts',
} as const;

/** In the demo, /dist/* is the built bundle: the embed builder hashes and previews the real file. */
function serveDist() {
  return {
    name: 'akimat-serve-dist',
    configureServer(server: { middlewares: { use: (path: string, fn: (req: { url?: string }, res: { setHeader: (k: string, v: string) => void; end: (b: Buffer) => void; statusCode: number }, next: () => void) => void) => void } }) {
      server.middlewares.use('/dist', (req, res, next) => {
        const file = resolve(here, 'dist', `.${(req.url ?? '/').split('?')[0]}`);
        if (!file.startsWith(resolve(here, 'dist')) || !existsSync(file)) return next();
        res.setHeader('content-type', file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream');
        res.end(readFileSync(file));
      });
    },
  };
}

/** Writes dist/lib/entries.json so the size check knows the per-element entries. */
function entryListPlugin() {
  return {
    name: 'akimat-entry-list',
    writeBundle() {
      mkdirSync(resolve(here, 'dist/lib'), { recursive: true });
      writeFileSync(resolve(here, 'dist/lib/entries.json'), JSON.stringify({ LIB_ENTRIES }, null, 2));
    },
  };
}

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return {
      root: resolve(here, 'demo'),
      publicDir: resolve(here, 'demo/public'),
      server: { port: 5173, fs: { allow: [here] } },
      plugins: [serveDist()],
      build: { rolldownOptions: { input: { main: resolve(here, 'demo/index.html'), builder: resolve(here, 'demo/builder.html') } } },
    };
  }
  const lib = mode === 'lib';
  return {
    publicDir: false,
    plugins: [minifyCssTemplates()],
    build: {
      outDir: lib ? 'dist/lib' : 'dist',
      emptyOutDir: lib,
      target: 'es2022',
      minify: true,
      sourcemap: lib,
      lib: lib
        ? { entry: Object.fromEntries(Object.entries(LIB_ENTRIES).map(([k, v]) => [k, resolve(here, v)])), formats: ['es'] }
        : { entry: resolve(here, 'src/bundle.ts'), formats: ['es'], fileName: () => 'akimat-widgets.js' },
      rolldownOptions: {
        plugins: lib ? [entryListPlugin()] : [parallelChunks()],
        preserveEntrySignatures: 'allow-extension',
        external: lib ? [/^lit(\/.*)?$/, /^@lit\//] : [],
        output: { minify: true, ...(lib ? {} : { chunkFileNames: 'akimat-widgets/[name]-[hash].js' }) },
      },
    },
  };
});
