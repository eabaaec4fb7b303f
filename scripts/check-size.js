// The size budget: the one-tag bundle ≤ 30 KB gzip, each per-element entry (Lit external,
// with the chunks it needs) ≤ 8 KB gzip. `--enforce` makes an overrun fail (exit 1); without
// it the table is printed and overruns are reported as warnings. Chunks loaded on demand (the
// kk/ru catalogues of the npm build) are listed for information: a page loads at most one.
import { BUDGETS, measureSizes } from './sizes.js';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const { bundle, entries, core, lazy } = measureSizes();
let failed = false;
const row = (item, budget) => {
  const over = budget !== undefined && item.gzip > budget;
  failed ||= over;
  const mark = budget === undefined ? 'info' : over ? 'OVER' : 'ok  ';
  const own = item.ownGzip === undefined ? '' : `  (${kb(item.ownGzip)} without the shared core)`;
  console.log(`${mark} ${item.name.padEnd(30)} min ${kb(item.raw).padStart(9)}  gzip ${kb(item.gzip).padStart(8)}  brotli ${kb(item.brotli).padStart(8)}  ${budget === undefined ? '' : `budget ${kb(budget)}`}${own}`);
};
row(bundle, BUDGETS.bundleGzip);
for (const entry of entries) row(entry, BUDGETS.entryGzip);
row(core);
for (const chunk of lazy) row(chunk);
if (failed) {
  const enforce = process.argv.includes('--enforce');
  console[enforce ? 'error' : 'warn'](`Size budget exceeded${enforce ? '' : ' (reported, not enforced)'}: see docs/performance.md.`);
  if (enforce) process.exit(1);
}
