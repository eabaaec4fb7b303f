// Running the built command line (bin/akimat-widgets.js → dist/cli.js) from the Node tests, as
// webmasters run it. Asynchronous on purpose: a test may serve a feed over HTTP from this
// same process while the command fetches it.
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/akimat-widgets.js');

/** Path of a file under test/fixtures/cli/. */
export const fixture = (name) => join(ROOT, 'test/fixtures/cli', name);

/** Runs `akimat-widgets …args` in the repository root; resolves to { code, stdout, stderr }. */
export function run(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `validate --json` on a file or URL; the parsed report plus the exit code. */
export async function validateJson(target, ...extra) {
  const result = await run(['validate', target, '--json', ...extra]);
  return { ...result, report: JSON.parse(result.stdout) };
}

export const tempDir = () => mkdtemp(join(tmpdir(), 'akimat-cli-'));

/** Writes `files` ({name: string | Uint8Array}) into a fresh temporary directory; returns paths by name. */
export async function writeFiles(files) {
  const dir = await tempDir();
  const paths = {};
  for (const [name, content] of Object.entries(files)) {
    paths[name] = join(dir, name);
    await writeFile(paths[name], content);
  }
  return paths;
}

/**
 * Windows-1251 bytes for `text`, as an older Excel saves "CSV". The table is the inverse of
 * Node's own decoder; characters the code page lacks (Kazakh ә, қ, ө …) become "?", as in Excel.
 */
export function encode1251(text) {
  const table = new Map();
  const decoder = new TextDecoder('windows-1251');
  for (let byte = 0x80; byte <= 0xff; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return Uint8Array.from([...text].map((char) => (char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : (table.get(char) ?? 0x3f))));
}

/** UTF-8 with the byte order mark Excel's "CSV UTF-8" writes. */
export const utf8WithBom = (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
