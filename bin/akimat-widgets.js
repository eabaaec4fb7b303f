#!/usr/bin/env node
// The `akimat-widgets` command (npx akimat-widgets validate feed.json). The code lives in
// src/cli/ and is bundled for Node into dist/cli.js by `npm run build:cli`.
let cli;
try {
  cli = await import('../dist/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('akimat-widgets: dist/cli.js is missing; run `npm run build:cli` first.\n');
  process.exit(2);
}
const out = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};
// `validate … | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
try {
  process.exitCode = await cli.main(process.argv.slice(2), out);
} catch (error) {
  process.stderr.write(`akimat-widgets: internal error, please report it:\n${error?.stack ?? error}\n`);
  process.exitCode = 3;
}
