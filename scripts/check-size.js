// The size budget: the one-tag bundle ≤ 30 KB gzip, each per-element entry (Lit external,
// with the chunks it needs) ≤ 8 KB gzip. `--enforce` makes an overrun fail (exit 1); without
// it the table is printed and overruns are reported as warnings.
import { BUDGETS, measureSizes } from './sizes.js';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const { bundle, entries } = measureSizes();
let failed = false;
const row = (item, budget) => {
  const over = item.gzip > budget;
  failed ||= over;
  console.log(`${over ? 'OVER' : 'ok  '} ${item.name.padEnd(28)} raw ${kb(item.raw).padStart(9)}  gzip ${kb(item.gzip).padStart(8)}  brotli ${kb(item.brotli).padStart(8)}  budget ${kb(budget)}`);
};
row(bundle, BUDGETS.bundleGzip);
for (const entry of entries) row(entry, BUDGETS.entryGzip);
if (failed) {
  const enforce = process.argv.includes('--enforce');
  console[enforce ? 'error' : 'warn'](`Size budget exceeded${enforce ? '' : ' (reported, not enforced)'}: see docs/performance.md.`);
  if (enforce) process.exit(1);
}
