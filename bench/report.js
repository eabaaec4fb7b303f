// The bench's tables, from the results object bench/run.js builds. Plain text for the
// terminal; `node bench/report.js --markdown [file]` renders bench/results/latest.json (or
// the file given) as Markdown for docs/performance.md.
import { readFileSync } from 'node:fs';

/** Targets from issue 7: reported next to the figures, not enforced. */
export const TARGETS = { pickerKeystrokeP95: 16, firstContentNational: 100 };

const kb = (n) => (n === undefined ? '–' : `${(n / 1024).toFixed(1)} KB`);
const ms = (n) => (n === undefined || Number.isNaN(n) ? '–' : `${n.toFixed(1)}`);
const mb = (n) => (n === undefined ? '–' : `${(n / 2 ** 20).toFixed(1)}`);
const short = (tag) => tag.replace(/^akimat-/, '');

function table(headers, rows, markdown) {
  const cells = rows.map((r) => r.map((c) => String(c)));
  if (markdown) {
    const line = (r) => `| ${r.join(' | ')} |`;
    return [line(headers), line(headers.map(() => '---')), ...cells.map(line)].join('\n');
  }
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

export function renderReport(results, { markdown = false } = {}) {
  const out = [];
  const title = (text) => out.push('', markdown ? `### ${text}` : `== ${text}`, '');
  const m = results.machine;

  if (!markdown) {
    out.push(`akimat-widgets bench, ${results.date}`);
    out.push(`${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB RAM, ${m.os}, Node ${m.node}, ${m.chromium}`);
  }
  const feeds = Object.entries(results.feeds).map(([name, f]) => [name, f.regions, f.bodies, f.officers, f.councils, `${(f.bytes / 1e6).toFixed(1)} MB`, results.feedProblems?.[name] ?? '–']);
  title('Generated feeds');
  out.push(table(['feed', 'regions', 'bodies', 'officers', 'councils', 'JSON', 'validator problems'], feeds, markdown));

  title('Sizes (deterministic for a build; raw = built without minifying)');
  out.push(table(['file', 'raw', 'minified', 'gzip', 'brotli', 'gzip with what it imports', 'budget (gzip)', ''],
    results.sizes.map((s) => [s.files > 1 ? `${s.name} (${s.files} files)` : s.name, kb(s.raw), kb(s.minified), kb(s.gzip), kb(s.brotli), s.withImportsGzip === undefined ? '–' : kb(s.withImportsGzip),
      s.budgetGzip ? kb(s.budgetGzip) : '–', s.withinBudget === undefined ? '' : s.withinBudget ? 'ok' : 'OVER']), markdown));

  title('Feed response → content painted (ms, median), longest task in between (ms), JS heap after render (MB)');
  const fc = results.firstContent;
  const fcRows = [];
  const keys = [...new Set(fc.map((r) => `${r.widget}|${r.feed}`))];
  for (const key of keys) {
    const [widget, feed] = key.split('|');
    const at = (t) => fc.find((r) => r.widget === widget && r.feed === feed && r.throttle === t);
    const one = at(1);
    const four = at(4);
    if (one?.skipped) {
      fcRows.push([short(widget), feed, one.skipped, '', '', '', '', '']);
      continue;
    }
    const target = feed === 'national' && one ? (one.feedToPaint <= TARGETS.firstContentNational ? 'ok' : 'over') : '';
    fcRows.push([short(widget), feed, one?.status ?? '–', ms(one?.feedToPaint), ms(four?.feedToPaint), ms(one?.longestTask), mb(one?.heapBytes), target]);
  }
  out.push(table(['widget', 'feed', 'status', 'CPU 1×', 'CPU 4×', 'longest task (1×)', 'heap MB', `< ${TARGETS.firstContentNational} ms (1×)`], fcRows, markdown));
  out.push('', `Heap of the same page with the bundle and no widget: ${mb(results.baselineHeapBytes)} MB.`);

  title('Keystroke → filtered list painted (ms), national feed');
  const kRows = [];
  for (const v of results.versus) {
    if (v.skipped) kRows.push(['region-picker', `${v.throttle}×`, v.skipped, '', '', '', '', '', '']);
    else kRows.push(['region-picker', `${v.throttle}×`, v.ours.keystrokes, ms(v.ours.paintP50), ms(v.ours.paintP95), ms(v.ours.paintMax), ms(v.ours.renderP50), ms(v.ours.renderP95), v.ours.eventTiming.over16ms]);
  }
  for (const t of results.typing) {
    if (t.skipped) kRows.push([short(t.widget), `${t.throttle}×`, t.skipped, '', '', '', '', '', '']);
    else kRows.push([short(t.widget), `${t.throttle}×`, t.keystrokes, ms(t.paintP50), ms(t.paintP95), ms(t.paintMax), ms(t.renderP50), ms(t.renderP95), t.eventTiming.over16ms]);
  }
  out.push(table(['widget', 'CPU', 'keys', 'paint p50', 'paint p95', 'paint max', 'work p50', 'work p95', 'keys ≥16 ms (Event Timing)'], kRows, markdown));
  const picker1 = results.versus.find((v) => v.throttle === 1 && !v.skipped);
  if (picker1) {
    out.push('', `Target: picker keystroke p95 under ${TARGETS.pickerKeystrokeP95} ms without throttling: ${picker1.ours.paintP95 < TARGETS.pickerKeystrokeP95 ? 'met' : 'NOT met'} (${ms(picker1.ours.paintP95)} ms to paint; ${ms(picker1.ours.renderP95)} ms of work).`);
  }

  title(`Region search: our picker vs Tom Select, same page, same ${picker1?.options ?? ''} options, same keystrokes`);
  out.push(table(['CPU', 'ours p50', 'theirs p50', 'ratio p50', 'ours p95', 'theirs p95', 'ratio p95', 'work ours/theirs p50'],
    results.versus.filter((v) => !v.skipped).map((v) => [`${v.throttle}×`, ms(v.ours.paintP50), ms(v.theirs.paintP50), v.ratioP50.toFixed(2),
      ms(v.ours.paintP95), ms(v.theirs.paintP95), v.ratioP95.toFixed(2), (v.ours.renderP50 / v.theirs.renderP50).toFixed(2)]), markdown));

  title('Every widget on one page (national feed)');
  out.push(table(['CPU', 'widgets defined', 'feed requests', 'all painted after feed (ms)'],
    results.allWidgets.map((a) => [`${a.throttle}×`, a.widgets.map(short).join(', '), a.feedRequests, ms(a.allPaintedAfterFeed)]), markdown));
  return out.join('\n');
}

export function printReport(results) {
  process.stdout.write(`${renderReport(results)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const markdown = process.argv.includes('--markdown');
  const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? new URL('./results/latest.json', import.meta.url).pathname;
  process.stdout.write(`${renderReport(JSON.parse(readFileSync(file, 'utf8')), { markdown })}\n`);
}
