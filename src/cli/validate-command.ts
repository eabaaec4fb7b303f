/// <reference types="node" />
/**
 * `akimat-widgets validate <file-or-url>`: the widgets' own validation (validate.ts, so the
 * CLI and the browser never disagree), the published schema, and the completeness warnings.
 * Exit code 0: no errors (warnings alone do not fail, unless --strict); 1: errors;
 * 2: no feed to check (missing file, network failure, not JSON, not a v1 feed).
 */
import { readFile } from 'node:fs/promises';
import { FeedError } from '../feed/errors.js';
import { isObject } from '../feed/read.js';
import { COLLECTIONS, type Collection, type FeedProblem } from '../feed/types.js';
import { validateFeed } from '../feed/validate.js';
import { lintFeed, type Finding } from './lint.js';
import { errorCount, humanReport, jsonReport, type Counts } from './report.js';
import { compileSchema, schemaFindings } from './schema-check.js';
import { loadSource, UnusableInput, type Served } from './source.js';

export interface ValidateOptions {
  readonly json: boolean;
  readonly strict: boolean;
  readonly base?: string;
  readonly timeoutSeconds: number;
  readonly now: Date;
}

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The schema shipped beside dist/ in the package. */
const SCHEMA_URL = new URL('../feed.schema.json', import.meta.url);

function fromProblem(problem: FeedProblem): Finding {
  return { level: 'error', collection: problem.collection, record: problem.record, field: problem.field, message: problem.message, effect: problem.effect };
}

/** How the server delivers the feed matters to widgets on other sites. */
function servingFindings(served: Served | undefined): Finding[] {
  if (!served) return [];
  const findings: Finding[] = [];
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(served.contentType ?? '')) {
    findings.push({ level: 'warning', collection: 'feed', record: null, field: 'Content-Type', message: `served as ${served.contentType ?? 'no content type'}; send application/json; charset=utf-8` });
  }
  if (!served.allowOrigin) {
    findings.push({ level: 'warning', collection: 'feed', record: null, field: 'Access-Control-Allow-Origin', message: 'not sent: widgets on pages of other sites cannot load this feed (see docs/feed.md, Serving the feed)' });
  }
  return findings;
}

export function countRecords(doc: unknown): Counts {
  const counts = {} as Record<Collection, number>;
  for (const collection of COLLECTIONS) {
    const list = isObject(doc) ? doc[collection] : undefined;
    counts[collection] = Array.isArray(list) ? list.length : 0;
  }
  return counts;
}

/** Every finding about one document: validation errors, schema errors, warnings. */
export function checkDocument(doc: unknown, base: string, schema: object, now: Date): Finding[] {
  const { feed, problems } = validateFeed(doc, base);
  const reported = problems.map(fromProblem);
  const dropped = new Set(problems.filter((p) => p.effect === 'dropped').map((p) => `${p.collection}\u0000${String(p.record)}`));
  const skip = (collection: Collection, record: string | number) => dropped.has(`${collection}\u0000${String(record)}`);
  const schemaErrors = compileSchema(schema)(doc);
  return [
    ...reported,
    ...schemaFindings(doc, schemaErrors, reported),
    ...lintFeed(doc as Record<string, unknown>, feed, now, skip),
  ];
}

export async function runValidate(target: string, options: ValidateOptions, out: Output): Promise<number> {
  let findings: Finding[];
  let source: Awaited<ReturnType<typeof loadSource>>;
  try {
    source = await loadSource(target, { timeoutSeconds: options.timeoutSeconds, ...(options.base ? { base: options.base } : {}) });
    const schema = JSON.parse(await readFile(SCHEMA_URL, 'utf8')) as object;
    findings = [...servingFindings(source.served), ...checkDocument(source.doc, source.base, schema, options.now)];
  } catch (error) {
    if (!(error instanceof UnusableInput || error instanceof FeedError)) throw error;
    const message = error instanceof FeedError ? `${target}: ${error.message}` : error.message;
    if (options.json) out.stdout(`${JSON.stringify({ valid: false, source: target, error: message }, null, 2)}\n`);
    out.stderr(`${message}\n`);
    return 2;
  }
  const errors = errorCount(findings);
  const failed = errors > 0 || (options.strict && findings.length > 0);
  const verdict = { source: source.label, counts: countRecords(source.doc), findings };
  out.stdout(options.json ? jsonReport(verdict, errors === 0) : humanReport(verdict));
  return failed ? 1 : 0;
}
