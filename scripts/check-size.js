// The size budget (issue #7), checked on the build in dist/: the one-tag bundle ≤ 30 KB gzip,
// each per-element npm entry ≤ 8 KB gzip, the lib chunks every entry shares ≤ 12 KB gzip. The
// other rows (what whole pages download, each on-demand file) are printed for information.
// `--enforce` makes an overrun fail (exit 1); `.ci/run` runs it so after the build.
import { budgetRows, measureSizes } from './sizes.js';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let failed = false;
for (const row of budgetRows(measureSizes())) {
  const over = row.budget !== undefined && row.gzip > row.budget;
  failed ||= over;
  const mark = row.budget === undefined ? 'info' : over ? 'OVER' : 'ok  ';
  const budget = row.budget === undefined ? '' : `  budget ${kb(row.budget)}`;
  const withImports = row.withImportsGzip === undefined ? '' : `  (${kb(row.withImportsGzip)} with what it imports)`;
  const files = row.files > 1 ? `  ${row.files} files` : '';
  console.log(`${mark} ${row.name.padEnd(34)} gzip ${kb(row.gzip).padStart(8)}  brotli ${kb(row.brotli).padStart(8)}${budget}${files}${withImports}`);
}
if (failed) {
  const enforce = process.argv.includes('--enforce');
  console[enforce ? 'error' : 'warn'](`Size budget exceeded${enforce ? '' : ' (reported, not enforced)'}: see docs/performance.md.`);
  if (enforce) process.exit(1);
} else {
  console.log('Size budget: every budgeted file is within its budget.');
}
