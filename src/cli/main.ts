/// <reference types="node" />
/**
 * The akimat-widgets command line: `validate` checks a feed, `import` turns spreadsheets into
 * one. bin/akimat-widgets.js calls `main`; the Node tests (test/node/cli-*.test.mjs) run that
 * bin, and import the pure helpers re-exported below.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readDateTime } from '../feed/read.js';
import type { CsvEncoding, CsvSeparator } from './csv.js';
import { runImport } from './import-command.js';
import type { SheetKind } from './import-records.js';
import { runValidate, type Output } from './validate-command.js';

export { decodeCsv, parseCsv, readCsv, sniffSeparator } from './csv.js';
export { parseHeader } from './columns.js';
export { parseReception } from './reception.js';

const USAGE = `Usage:
  akimat-widgets validate <feed.json | https://…/feed.json> [--json] [--strict] [--base <url>] [--timeout <seconds>]
  akimat-widgets import [--regions r.csv] [--bodies b.csv] [--officers o.csv] [--councils c.csv]
                        [--members m.csv] [--meetings mt.csv] [--out feed.json] [--updated <date-time>]
                        [--encoding utf-8|windows-1251] [--separator ";"|","|tab]

validate  Checks a feed: the schema, references (unknown ids, duplicates, cycles of parents),
          and warns about missing kk or ru texts, officers without contacts, bodies without
          officers, past meetings without a protocol.
          --json      machine-readable report on stdout
          --strict    warnings fail too (exit code 1)
          --base      the URL the file will be published at (relative links resolve against it)
          --timeout   seconds to wait for a URL (default 20)
          Exit code: 0 valid (warnings allowed), 1 problems, 2 no usable feed.

import    Turns CSV files exported from Excel (UTF-8 or Windows-1251, comma or semicolon) into a
          feed on stdout, or into --out (use --out in Windows PowerShell, whose ">" would save
          the file as UTF-16). Column names: docs/csv-import.md.
          Exit code: 0 all rows imported, 1 some rows or cells left out, 2 a file is unusable.

Guides: docs/webmaster-guide.md, docs/feed.md, docs/csv-import.md
`;

const SHEETS: readonly SheetKind[] = ['regions', 'bodies', 'officers', 'councils', 'members', 'meetings'];

class UsageError extends Error {}

/** The current time in Kazakhstan (UTC+5), as the feed writes date-times. */
export function nowInKazakhstan(now = new Date()): string {
  return `${new Date(now.getTime() + 5 * 3600_000).toISOString().slice(0, 19)}+05:00`;
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        json: { type: 'boolean' },
        strict: { type: 'boolean' },
        base: { type: 'string' },
        timeout: { type: 'string' },
        out: { type: 'string', short: 'o' },
        updated: { type: 'string' },
        encoding: { type: 'string' },
        separator: { type: 'string' },
        regions: { type: 'string' },
        bodies: { type: 'string' },
        officers: { type: 'string' },
        councils: { type: 'string' },
        members: { type: 'string' },
        meetings: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

type Parsed = ReturnType<typeof parse>;

async function validate(parsed: Parsed, out: Output): Promise<number> {
  const [target, ...extra] = parsed.positionals.slice(1);
  if (!target || extra.length) throw new UsageError('validate takes one file or URL');
  const timeout = parsed.values.timeout === undefined ? 20 : Number(parsed.values.timeout);
  if (!(timeout > 0)) throw new UsageError('--timeout must be a number of seconds');
  const base = parsed.values.base;
  if (base !== undefined && !/^https?:\/\/[^/]/i.test(base)) throw new UsageError('--base must be an http(s) URL');
  return runValidate(target, {
    json: parsed.values.json ?? false,
    strict: parsed.values.strict ?? false,
    timeoutSeconds: timeout,
    now: new Date(),
    ...(base ? { base } : {}),
  }, out);
}

const SEPARATORS: Readonly<Record<string, CsvSeparator>> = { ';': ';', ',': ',', tab: '\t', '\t': '\t' };

async function importSheets(parsed: Parsed, out: Output): Promise<number> {
  if (parsed.positionals.length > 1) throw new UsageError(`unexpected "${parsed.positionals[1]}": name each file with its option, e.g. --officers ${parsed.positionals[1]}`);
  const files: Partial<Record<SheetKind, string>> = {};
  for (const sheet of SHEETS) {
    const path = parsed.values[sheet];
    if (typeof path === 'string') files[sheet] = path;
  }
  if (Object.keys(files).length === 0) throw new UsageError('import needs at least one of --regions, --bodies, --officers, --councils');
  if ((files.members || files.meetings) && !files.councils) throw new UsageError('--members and --meetings need --councils');
  const { encoding, separator, updated } = parsed.values;
  if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'windows-1251') throw new UsageError('--encoding must be utf-8 or windows-1251');
  if (separator !== undefined && !SEPARATORS[separator]) throw new UsageError('--separator must be ";", "," or tab');
  // The schema wants the offset with a colon (+05:00); readDateTime also accepts +0500.
  const stamp = updated === undefined ? nowInKazakhstan() : readDateTime(updated)?.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  if (!stamp) throw new UsageError('--updated must be a date-time such as 2026-11-01T09:00:00+05:00');
  return runImport({
    files,
    updated: stamp,
    ...(parsed.values.out ? { out: parsed.values.out } : {}),
    ...(encoding ? { encoding: encoding as CsvEncoding } : {}),
    ...(separator ? { separator: SEPARATORS[separator]! } : {}),
  }, out);
}

/** Runs one command; resolves to the process exit code. */
export async function main(argv: readonly string[], out: Output): Promise<number> {
  try {
    const parsed = parse(argv);
    const command = parsed.positionals[0];
    if (parsed.values.version) {
      out.stdout(`${await version()}\n`);
      return 0;
    }
    if (parsed.values.help || command === 'help') {
      out.stdout(USAGE);
      return 0;
    }
    if (command === 'validate') return await validate(parsed, out);
    if (command === 'import') return await importSheets(parsed, out);
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    out.stderr(`akimat-widgets: ${error.message}\n\n${USAGE}`);
    return 2;
  }
}
