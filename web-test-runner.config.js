// Real-browser tests: @web/test-runner + @open-wc/testing in headless Chromium, msw for
// feeds and endpoints. One browser, one test file at a time: the machines have two cores, and
// test pages of one origin share msw's service worker, which keeps its list of mocking pages
// in memory; a second page starting msw while another runs can leave the first unmocked.
import { readFile } from 'node:fs/promises';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { findChromium, CHROME_ARGS } from './scripts/find-chromium.js';

const { executablePath, source } = await findChromium();
console.log(`Chromium: ${executablePath} (${source})`);

/** msw's worker must be served from the root so that its scope covers the test pages. */
function serveMswWorker() {
  return async (context, next) => {
    if (context.path === '/mockServiceWorker.js') {
      context.type = 'application/javascript';
      context.body = await readFile(new URL('./demo/public/mockServiceWorker.js', import.meta.url));
      return;
    }
    return next();
  };
}

/**
 * The built files under /dist/ are served byte for byte, as a webmaster's server would: the
 * test server otherwise rewrites their import paths, and the Subresource Integrity hashes the
 * build records (dist/akimat-widgets/integrity.json) would no longer match.
 */
function serveDistAsBuilt() {
  const dist = new URL('./dist/', import.meta.url);
  return async (context, next) => {
    if (!context.path.startsWith('/dist/') || context.path.includes('..')) return next();
    try {
      context.body = await readFile(new URL(`.${context.path.slice('/dist'.length)}`, dist));
    } catch {
      return next();
    }
    context.type = context.path.endsWith('.js') ? 'application/javascript' : context.path.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    context.set('Cache-Control', 'no-cache');
  };
}

/**
 * The kk/ru texts are fetched on demand, and test/feed/catalogue-failure.test.ts makes that
 * fetch fail through msw. An earlier page in the same browser may have loaded them, and a
 * copy kept in the browser's memory can then be used without asking the service worker:
 * the failure would not happen, now and then. no-store keeps every page asking.
 */
function uncachedCatalogues() {
  return async (context, next) => {
    await next();
    if (context.path.startsWith('/src/generated/locales/')) context.set('Cache-Control', 'no-store');
  };
}

// --- Hardening suites (test/hardening/): the strict-CSP fixture page and forced colours ---

/** The policy a careful government site sets (docs/security.md), plus the one Lit needs. */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; "
  + "require-trusted-types-for 'script'; trusted-types lit-html";

/** Serves test/fixtures/csp-page.html with the strict Content-Security-Policy header. */
function strictCspFixture() {
  return async (context, next) => {
    await next();
    if (context.path === '/test/fixtures/csp-page.html') context.set('Content-Security-Policy', STRICT_CSP);
  };
}

/**
 * `executeServerCommand('akimat-forced-colors', { active })`: Windows high-contrast mode through
 * CDP. The stock emulateMedia command ignores forcedColors under puppeteer.
 */
function forcedColorsPlugin() {
  // One CDP session per page: emulation belongs to the session that set it.
  const sessions = new WeakMap();
  return {
    name: 'akimat-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'akimat-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const cdp = sessions.get(page);
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}

// --- end of the hardening additions ---

/** One closing line, "browser: N passed, N failed", that CI and people can read at a glance. */
function countReporter() {
  const count = (suite, totals) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) totals.skipped += 1;
      else if (test.passed) totals.passed += 1;
      else totals.failed += 1;
    }
    for (const child of suite?.suites ?? []) count(child, totals);
    return totals;
  };
  let line = '';
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load has no results but must not pass silently.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed += 1;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      line = `browser: ${totals.passed} passed, ${totals.failed} failed${skipped}`;
    },
    // Printed once the process is done with the terminal, so it is the run's last line.
    stop() {
      if (line) process.once('exit', () => process.stdout.write(`\n${line}\n`));
    },
  };
}

export default {
  reporters: [defaultReporter(), countReporter()],
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 240_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [serveMswWorker(), serveDistAsBuilt(), uncachedCatalogues(), strictCspFixture()],
  plugins: [esbuildPlugin({ ts: true, tsconfig: new URL('./tsconfig.json', import.meta.url).pathname, target: 'es2022' }), forcedColorsPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
    }),
  ],
};
