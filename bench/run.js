#!/usr/bin/env node
// `npm run bench`: sizes of what we ship, and the widgets' speed in headless Chromium on
// generated national-scale feeds, at no throttling and at 4× CPU slowdown, side by side with
// Tom Select on the same region search. Prints a table, writes bench/results/latest.json.
//
//   node bench/run.js [--no-build] [--quick] [--only=first,versus,typing,all]
//
// --no-build measures the dist/ that is there; --quick runs one repetition and skips 10×;
// --only runs some parts (first content, picker vs Tom Select, search typing, all widgets).
// Timings are measured, never enforced: the targets are reported next to the figures.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChromium } from '../scripts/find-chromium.js';
import { budgetRows, measureSizes } from '../scripts/sizes.js';
import { benchQueries, generateFeed, NATIONAL } from './generate-feed.js';
import { startServer } from './server.js';
import { printReport } from './report.js';

const repo = resolve(dirname(new URL(import.meta.url).pathname), '..');
const quick = process.argv.includes('--quick');
/** --only=first,versus,typing,all runs just those parts (while working on one of them). */
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const part = (name) => !only || only.includes(name);
const started = performance.now();
const log = (line) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);

/**
 * Repetitions of each national-scale first-content load without throttling (the median is
 * reported); throttled and 10× loads run once, they take seconds each. Sized so that the
 * whole bench finishes in under 5 minutes on a 2-core machine.
 */
const REPEAT = quick ? 1 : 2;
const THROTTLES = [1, 4];
const SCALES = quick ? [1] : [1, 10];

const WIDGETS = [
  { tag: 'akimat-region-picker', attrs: { label: 'Регион' } },
  { tag: 'akimat-officer-card', attrs: (q) => ({ officer: q.officerId }) },
  { tag: 'akimat-officer-directory', attrs: {} },
  { tag: 'akimat-council-list', attrs: {} },
  { tag: 'akimat-meeting-form', attrs: { endpoint: '/bench/endpoint' } },
];

// --- build -----------------------------------------------------------------------------

function run(command, args) {
  const result = spawnSync(command, args, { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'], shell: false });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

async function buildAll() {
  const npx = platform() === 'win32' ? 'npx.cmd' : 'npx';
  if (!existsSync(join(repo, 'src/generated/locale-codes.ts'))) run(npx, ['lit-localize', 'build']);
  // The real build (what npm publishes), then the same without minifying, for the "raw" column.
  run(npx, ['vite', 'build', '--logLevel', 'warn']);
  run(npx, ['vite', 'build', '--mode', 'lib', '--logLevel', 'warn']);
  const { build } = await import('vite');
  const plain = join(tmpdir(), 'akimat-bench-unminified');
  rmSync(plain, { recursive: true, force: true });
  const unminified = (mode, outDir) => build({
    configFile: join(repo, 'vite.config.ts'), mode, logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: false, sourcemap: false, rolldownOptions: { output: { minify: false } } },
  });
  await unminified('production', join(plain, 'dist'));
  await unminified('lib', join(plain, 'dist/lib'));
  cpSync(join(repo, 'dist/lib/entries.json'), join(plain, 'dist/lib/entries.json'));
  return join(plain, 'dist');
}

function sizes(unminifiedDist) {
  const plain = unminifiedDist ? budgetRows(measureSizes(unminifiedDist)) : [];
  return budgetRows(measureSizes()).map((row) => ({
    name: row.name,
    files: row.files,
    raw: plain.find((p) => p.name === row.name)?.raw,
    minified: row.raw,
    gzip: row.gzip,
    brotli: row.brotli,
    withImportsGzip: row.withImportsGzip,
    budgetGzip: row.budget,
    withinBudget: row.budget === undefined ? undefined : row.gzip <= row.budget,
  }));
}

// --- browser helpers -------------------------------------------------------------------------

async function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const quantile = (values, q) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
};
const median = (values) => quantile(values, 0.5);

/** A fresh, isolated browser context (empty Cache API: no saved feed) and a page in it. */
async function openPage(browser, origin, throttle) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1024, height: 900 });
  const cdp = await page.createCDPSession();
  // Same origin first, so that throttling set now stays with the renderer of the real page.
  await page.goto(`${origin}/bench/pages/widget.html`, { waitUntil: 'load' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const feedRequests = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/feeds/')) feedRequests.push(request.url());
  });
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  return { context, page, cdp, feedRequests };
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Types one character as a real key press (keydown, keypress, input, keyup), any script. */
async function pressCharacter(cdp, ch) {
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch });
}

/**
 * Types each query into the text field `input` (inside `host`), one key at a time, after
 * clearing it; every keystroke is measured in the page (measure.js). Returns the samples.
 */
async function typeQueries(page, cdp, hostHandle, inputHandle, queries) {
  const samples = [];
  const eventTimingsBefore = await page.evaluate(() => bench.eventTimings.length);
  for (const query of queries) {
    await inputHandle.focus();
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    await page.evaluate(async (host) => { await host.updateComplete; await bench.afterPaint(); }, hostHandle);
    for (const ch of query) {
      await page.evaluate((host, input) => bench.armKeystroke(host, input), hostHandle, inputHandle);
      await pressCharacter(cdp, ch);
      samples.push({ key: ch, ...(await withTimeout(page.evaluate(() => bench.pending), 30_000, `keystroke "${ch}"`)) });
    }
  }
  await page.keyboard.press('Escape');
  // Event Timing entries arrive a frame or two late.
  await page.evaluate(async () => { await bench.afterPaint(); await bench.afterPaint(); });
  const slow = await page.evaluate((from) => bench.eventTimings.slice(from), eventTimingsBefore);
  return { samples, eventTiming: eventTimingSummary(slow, samples.map((s) => s.start)) };
}

/**
 * Measured keystrokes the Event Timing API reported as taking 16 ms or more from keydown to
 * the next paint (its threshold cannot go lower; durations are rounded to 8 ms). An entry
 * belongs to a measured keystroke when its startTime is that keydown's timeStamp; the keys
 * that clear the field between queries are left out.
 */
function eventTimingSummary(entries, starts) {
  const measured = (t) => starts.some((start) => Math.abs(start - t) < 0.01);
  const durations = entries.filter((e) => e.name === 'keydown' && measured(e.startTime)).map((e) => e.duration);
  return { over16ms: durations.length, maxDuration: durations.length ? Math.max(...durations) : 0 };
}

function summarise(samples) {
  const painted = samples.map((s) => s.painted);
  const rendered = samples.map((s) => s.rendered);
  return {
    keystrokes: samples.length,
    paintP50: quantile(painted, 0.5), paintP95: quantile(painted, 0.95), paintMax: Math.max(...painted),
    renderP50: quantile(rendered, 0.5), renderP95: quantile(rendered, 0.95),
    samples: samples.map((s) => [s.key, +s.painted.toFixed(1), +s.rendered.toFixed(1)]),
  };
}

/**
 * Whether the bundle defined `tag`: each element's code arrives on demand after the bundle,
 * so wait for it (a few seconds at most) rather than look once at "load".
 */
function defined(page, tag) {
  return page.evaluate((t) => Promise.race([
    customElements.whenDefined(t).then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), 10_000)),
  ]), tag);
}

// --- scenarios -------------------------------------------------------------------------------

/** Feed response → content painted, and the heap after it, for one widget on its own page. */
async function firstContent(browser, origin, widget, feedName, throttle, queries) {
  const { context, page, cdp, feedRequests } = await openPage(browser, origin, throttle);
  try {
    const attrs = typeof widget.attrs === 'function' ? widget.attrs(queries) : widget.attrs;
    const url = `${origin}/bench/pages/widget.html?tag=${widget.tag}&feed=/feeds/${feedName}.json&attrs=${encodeURIComponent(JSON.stringify(attrs))}`;
    await page.goto(url, { waitUntil: 'load' });
    if (!(await defined(page, widget.tag))) return { skipped: 'not built yet (not in the bundle)' };
    const [record] = await withTimeout(page.evaluate(() => bench.settled([document.getElementById('widget')])), 90_000, widget.tag);
    const responseEnd = await page.evaluate(() => bench.feedResponseEnd());
    // From the feed's arrival to the paint: the work the widget does with it.
    const longestTask = await page.evaluate((from) => bench.longestTask(from), responseEnd - 1);
    const heap = await heapAfterGc(cdp);
    return {
      status: record.status,
      longestTask,
      feedToPaint: record.paintedAt - responseEnd,
      navigationToPaint: record.paintedAt,
      heapBytes: heap,
      feedRequests: feedRequests.length,
    };
  } finally {
    await context.close();
  }
}

/** Heap of a page with the bundle and no widget: what the rows above it add to. */
async function baselineHeap(browser, origin) {
  const { context, cdp } = await openPage(browser, origin, 1);
  try {
    return await heapAfterGc(cdp);
  } finally {
    await context.close();
  }
}

/** Search keystroke → paint in the directory or the council list on a national feed. */
async function searchTyping(browser, origin, tag, feedName, throttle, queries) {
  const { context, page, cdp } = await openPage(browser, origin, throttle);
  try {
    await page.goto(`${origin}/bench/pages/widget.html?tag=${tag}&feed=/feeds/${feedName}.json`, { waitUntil: 'load' });
    if (!(await defined(page, tag))) return { skipped: 'not built yet (not in the bundle)' };
    await withTimeout(page.evaluate(() => bench.settled([document.getElementById('widget')])), 120_000, tag);
    const host = await page.$('#widget');
    const input = await page.evaluateHandle((h) => h.shadowRoot.querySelector('#search'), host);
    const { samples, eventTiming } = await typeQueries(page, cdp, host, input, queries);
    return { ...summarise(samples), eventTiming };
  } finally {
    await context.close();
  }
}

/**
 * The region picker and Tom Select in one page over the same regions, the same queries
 * typed into each, alternately twice so that neither always goes first.
 */
async function versus(browser, origin, feedName, throttle, queries) {
  const { context, page, cdp } = await openPage(browser, origin, throttle);
  try {
    await page.goto(`${origin}/bench/pages/versus.html?feed=/feeds/${feedName}.json`, { waitUntil: 'load' });
    if (!(await defined(page, 'akimat-region-picker'))) return { skipped: 'not built yet (not in the bundle)' };
    await withTimeout(page.evaluate(() => bench.settled([document.getElementById('ours')])), 120_000, 'region picker');
    const options = await withTimeout(page.evaluate(() => window.setUpTheirs()), 120_000, 'Tom Select');
    const ours = await page.$('#ours');
    const ourInput = await page.evaluateHandle((h) => h.shadowRoot.querySelector('#input'), ours);
    const theirs = await page.$('.ts-wrapper');
    const theirInput = await page.$('#theirs-ts-control');
    const oursSamples = [];
    const theirsSamples = [];
    const timings = { ours: [], theirs: [] };
    for (let round = 0; round < 2; round++) {
      const a = await typeQueries(page, cdp, ours, ourInput, queries);
      const b = await typeQueries(page, cdp, theirs, theirInput, queries);
      oursSamples.push(...a.samples);
      theirsSamples.push(...b.samples);
      timings.ours.push(a.eventTiming);
      timings.theirs.push(b.eventTiming);
    }
    const merge = (list) => ({ over16ms: list.reduce((n, t) => n + t.over16ms, 0), maxDuration: Math.max(...list.map((t) => t.maxDuration)) });
    const o = { ...summarise(oursSamples), eventTiming: merge(timings.ours) };
    const t = { ...summarise(theirsSamples), eventTiming: merge(timings.theirs) };
    return {
      options,
      ours: o,
      theirs: t,
      ratioP50: o.paintP50 / t.paintP50,
      ratioP95: o.paintP95 / t.paintP95,
    };
  } finally {
    await context.close();
  }
}

/** Every widget on one page reading one feed: how many feed requests, and when all painted. */
async function allWidgets(browser, origin, feedName, throttle, queries, server) {
  const { context, page, feedRequests } = await openPage(browser, origin, throttle);
  try {
    const before = server.requests.get(feedName) ?? 0;
    await page.goto(`${origin}/bench/pages/all.html?feed=/feeds/${feedName}.json&officer=${queries.officerId}`, { waitUntil: 'load' });
    const tags = await page.evaluate(() => [...document.getElementById('host').children].map((el) => el.localName));
    const present = [];
    for (const tag of tags) if (await defined(page, tag)) present.push(tag);
    const records = await withTimeout(
      page.evaluate(() => bench.settled([...document.getElementById('host').children].filter((el) => customElements.get(el.localName)))),
      180_000, 'page with every widget');
    const responseEnd = await page.evaluate(() => bench.feedResponseEnd());
    return {
      widgets: present,
      feedRequests: feedRequests.length,
      serverFeedRequests: (server.requests.get(feedName) ?? 0) - before,
      allPaintedAfterFeed: Math.max(...records.map((r) => r.paintedAt)) - responseEnd,
      statuses: Object.fromEntries(records.map((r) => [r.tag, r.status])),
    };
  } finally {
    await context.close();
  }
}

/** The bench feeds must pass our own validator with no problem at all. */
async function checkFeedsValidate(browser, origin, names) {
  const { context, page } = await openPage(browser, origin, 1);
  try {
    return await page.evaluate(async (list) => {
      const { validateFeed } = await import('/dist/akimat-widgets.js');
      const out = {};
      for (const name of list) {
        const doc = await (await fetch(`/feeds/${name}.json`)).json();
        out[name] = validateFeed(doc, location.href).problems.length;
      }
      return out;
    }, names);
  } finally {
    await context.close();
  }
}

// --- main ------------------------------------------------------------------------------------

async function main() {
  log('building (vite build, vite build --mode lib, and the same unminified for the raw sizes)');
  const unminified = process.argv.includes('--no-build') ? undefined : await buildAll();
  const sizeRows = sizes(unminified);

  log('generating feeds');
  const feeds = new Map();
  const feedInfo = {};
  let queries;
  for (const scale of SCALES) {
    const feed = generateFeed({ scale });
    const name = scale === 1 ? 'national' : `national-${scale}x`;
    if (scale === 1) queries = benchQueries(feed);
    const json = Buffer.from(JSON.stringify(feed));
    feeds.set(name, json);
    feedInfo[name] = { scale, regions: feed.regions.length, bodies: feed.bodies.length, officers: feed.officers.length, councils: feed.councils.length, bytes: json.length };
  }

  const server = await startServer(repo, feeds);
  const { executablePath, source } = await findChromium();
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS, protocolTimeout: 300_000 });
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGB: +(totalmem() / 2 ** 30).toFixed(1), freeMemoryGB: +(freemem() / 2 ** 30).toFixed(1),
      os: `${platform()} ${release()}`, node: process.version, loadAverageAtStart: loadavg().map((n) => +n.toFixed(2)), chromium: await browser.version(), chromiumPath: `${executablePath} (${source})`,
    },
    options: process.argv.slice(2),
    tomSelect: JSON.parse(readFileSync(join(repo, 'node_modules/tom-select/package.json'), 'utf8')).version,
    national: NATIONAL,
    feeds: feedInfo,
    queries,
    sizes: sizeRows,
    feedProblems: {},
    baselineHeapBytes: 0,
    firstContent: [],
    typing: [],
    versus: [],
    allWidgets: [],
  };
  try {
    log('checking the feeds against the validator');
    results.feedProblems = await checkFeedsValidate(browser, server.origin, [...feeds.keys()]);
    results.baselineHeapBytes = await baselineHeap(browser, server.origin);

    for (const throttle of THROTTLES) {
      for (const [name, info] of Object.entries(feedInfo)) {
        for (const widget of WIDGETS.filter(() => part('first'))) {
          log(`first content: ${widget.tag}, ${name}, CPU ${throttle}×`);
          const runs = [];
          for (let i = 0; i < (info.scale === 1 && throttle === 1 ? REPEAT : 1); i++) {
            const r = await firstContent(browser, server.origin, widget, name, throttle, queries);
            runs.push(r);
            if (r.skipped) break;
          }
          const ok = runs.filter((r) => !r.skipped);
          results.firstContent.push(ok.length === 0
            ? { widget: widget.tag, feed: name, throttle, skipped: runs[0].skipped }
            : {
                widget: widget.tag, feed: name, throttle, runs: ok.length, status: ok[0].status,
                feedToPaint: median(ok.map((r) => r.feedToPaint)),
                navigationToPaint: median(ok.map((r) => r.navigationToPaint)),
                heapBytes: median(ok.map((r) => r.heapBytes)),
                longestTask: median(ok.map((r) => r.longestTask)),
                feedRequests: Math.max(...ok.map((r) => r.feedRequests)),
              });
        }
      }

      log(`region picker vs Tom Select, CPU ${throttle}×`);
      if (part('versus')) results.versus.push({ throttle, feed: 'national', ...(await versus(browser, server.origin, 'national', throttle, [queries.regionCyrillic, queries.regionLatin])) });

      for (const [tag, q] of [
        ['akimat-officer-directory', [queries.officerCyrillic, queries.officerLatin]],
        ['akimat-council-list', [queries.councilCyrillic, queries.councilLatin]],
      ].filter(() => part('typing'))) {
        log(`search typing: ${tag}, CPU ${throttle}×`);
        results.typing.push({ widget: tag, feed: 'national', throttle, ...(await searchTyping(browser, server.origin, tag, 'national', throttle, q)) });
      }

      log(`every widget on one page, CPU ${throttle}×`);
      if (part('all')) results.allWidgets.push({ throttle, feed: 'national', ...(await allWidgets(browser, server.origin, 'national', throttle, queries, server)) });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  results.seconds = Math.round((performance.now() - started) / 1000);
  // Other work on the machine skews timings: the load average says how busy it was.
  results.machine.loadAverageAtEnd = loadavg().map((n) => +n.toFixed(2));

  mkdirSync(join(repo, 'bench/results'), { recursive: true });
  writeFileSync(join(repo, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  printReport(results);
  log(`done in ${results.seconds} s; bench/results/latest.json written`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
