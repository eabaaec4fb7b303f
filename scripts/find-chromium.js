// Finds a Chromium for the tests and the bench, without downloading anything:
// CHROME_PATH, then a system Chrome/Chromium, then the one shipped inside the npm package
// @sparticuz/chromium (a devDependency, so a fresh `npm install` always has one).
import { existsSync } from 'node:fs';

const SYSTEM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags every launch needs here: root needs --no-sandbox; the network is closed. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** @returns {Promise<{ executablePath: string, source: string }>} */
export async function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return { executablePath: fromEnv, source: 'CHROME_PATH' };
  // AKIMAT_BROWSER=bundled skips the system browser: how CI on a fresh machine runs.
  if (process.env.AKIMAT_BROWSER !== 'bundled') {
    for (const path of SYSTEM) if (existsSync(path)) return { executablePath: path, source: 'system' };
  }
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    const executablePath = await chromium.executablePath();
    if (executablePath && existsSync(executablePath)) return { executablePath, source: '@sparticuz/chromium' };
  } catch {
    // fall through to the one-line message
  }
  console.error(
    'No Chromium found: install one (Debian: apt-get install chromium) or set CHROME_PATH, or run `npm install` to get @sparticuz/chromium.',
  );
  process.exit(1);
}
