/**
 * The `akimat-widgets` command line (src/cli/), bundled for Node into dist/cli.js with its one
 * dependency (Ajv, for feed.schema.json) inlined, so the published package needs nothing at run
 * time. Separate from vite.config.ts: the CLI is not part of the browser bundle.
 * `npm run build:cli`; bin/akimat-widgets.js loads the result.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist',
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'cli.js' } },
  },
});
