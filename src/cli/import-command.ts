/// <reference types="node" />
/**
 * `akimat-widgets import --regions r.csv --bodies b.csv --officers o.csv --councils c.csv
 * [--members m.csv] [--meetings mt.csv]`: spreadsheets in, a feed v1 out. Rows that cannot be
 * imported are reported by file, row and column and left out; the feed is written with the
 * rest. The result goes through the widgets' own validation, so a broken reference (an officer
 * of a body that bodies.csv lacks, a cycle of parents) is reported against its row as well.
 * Exit code 0: every row imported; 1: some rows or cells had errors; 2: a file is unreadable.
 */
import { writeFile } from 'node:fs/promises';
import { validateFeed } from '../feed/validate.js';
import type { Collection, FeedProblem } from '../feed/types.js';
import { STAND_IN_BASE } from './cells.js';
import type { Field } from './columns.js';
import { CsvError, lostLetters, readCsv, type ReadCsvOptions } from './csv.js';
import {
  buildBody, buildCouncil, buildMeeting, buildMember, buildOfficer, buildRegion, SPECS, type CouncilItem, type Json, type SheetKind,
} from './import-records.js';
import { describeImportProblem, Sheet, UnusableSheet, type ImportProblem, type RowReader } from './sheet.js';
import { prettyJson } from './pretty-json.js';
import { readLocalFile, UnusableInput } from './source.js';
import { plural } from './report.js';
import type { Output } from './validate-command.js';

export interface ImportOptions extends ReadCsvOptions {
  readonly files: Partial<Record<SheetKind, string>>;
  /** The feed's `updated`, ISO 8601 with offset; now when absent. */
  readonly updated: string;
  readonly out?: string;
}

export interface Imported {
  readonly feed: Json;
  readonly problems: readonly ImportProblem[];
}

/** Where each imported record came from, to report later findings against its row. */
interface Origin {
  readonly sheet: Sheet;
  readonly row: number;
}

async function openSheet(kind: SheetKind, path: string, options: ReadCsvOptions, problems: ImportProblem[]): Promise<Sheet> {
  const bytes = await readLocalFile(path);
  let table;
  try {
    table = readCsv(bytes, options);
  } catch (error) {
    if (error instanceof CsvError) throw new UnusableSheet(`${path}: ${error.message}`);
    throw error;
  }
  const sheet = new Sheet(path, table, SPECS[kind], problems);
  const lost = lostLetters(table);
  if (lost) {
    sheet.error(lost.row, table.header[lost.column]?.trim(), `"${lost.cell}": Kazakh letters look lost (Windows-1251 has no ә, ғ, қ, ң, ө, ұ, ү, һ, і); save the sheet as "CSV UTF-8"`);
  }
  return sheet;
}

/** Builds one collection, skipping rows whose id an earlier row already used. */
function collect(sheet: Sheet | undefined, build: (row: RowReader) => Json | undefined, origins: Map<string, Origin>): Json[] {
  if (!sheet) return [];
  const records: Json[] = [];
  for (const row of sheet.rows()) {
    const record = build(row);
    if (!record) continue;
    const id = String(record['id']);
    const first = origins.get(id);
    if (first) {
      row.error(sheet.headerOf('id'), `duplicate id "${id}" (first used in row ${first.row}); the row was skipped`);
      continue;
    }
    origins.set(id, { sheet, row: row.row });
    records.push(record);
  }
  return records;
}

/** Members and meetings go into their council's lists; rows naming no known council are skipped. */
function attach(
  sheet: Sheet | undefined, list: 'members' | 'meetings', councils: Map<string, Json>, councilFile: string, nested: Map<string, Origin[]>,
  build: (row: RowReader) => CouncilItem | undefined,
): void {
  if (!sheet) return;
  for (const row of sheet.rows()) {
    const built = build(row);
    if (!built) continue;
    const council = councils.get(built.council);
    if (!council) {
      row.error(sheet.headerOf('council'), `unknown council "${built.council}" (not in ${councilFile}); the row was skipped`);
      continue;
    }
    ((council[list] ??= []) as Json[]).push(built.item);
    const key = `${built.council}\u0000${list}`;
    nested.set(key, [...(nested.get(key) ?? []), { sheet, row: row.row }]);
  }
}

/** The row a validation problem is about: the record's own row, or a member's or meeting's row. */
function originOf(problem: FeedProblem, origins: Readonly<Record<Collection, Map<string, Origin>>>, nested: Map<string, Origin[]>): Origin | undefined {
  if (problem.collection === 'feed') return undefined;
  const id = String(problem.record);
  const inList = /^(members|meetings)\[(\d+)\]/.exec(problem.field);
  if (inList) return nested.get(`${id}\u0000${inList[1]}`)?.[Number(inList[2])];
  return origins[problem.collection].get(id);
}

/** What each reference points into, so a reference into a file not given is reported once. */
const REFERENCES: Readonly<Record<string, { kind: SheetKind; field: Field }>> = {
  'regions.parent': { kind: 'regions', field: 'parent' },
  'bodies.region': { kind: 'regions', field: 'region' },
  'officers.body': { kind: 'bodies', field: 'body' },
  'councils.body': { kind: 'bodies', field: 'body' },
};

export async function importFeed(options: ImportOptions): Promise<Imported> {
  const problems: ImportProblem[] = [];
  const sheets: Partial<Record<SheetKind, Sheet>> = {};
  for (const [kind, path] of Object.entries(options.files) as [SheetKind, string][]) {
    sheets[kind] = await openSheet(kind, path, options, problems);
  }
  const origins = { regions: new Map<string, Origin>(), bodies: new Map<string, Origin>(), officers: new Map<string, Origin>(), councils: new Map<string, Origin>() };
  const nested = new Map<string, Origin[]>();
  const regions = collect(sheets.regions, buildRegion, origins.regions);
  const bodies = collect(sheets.bodies, buildBody, origins.bodies);
  const officers = collect(sheets.officers, buildOfficer, origins.officers);
  const councils = collect(sheets.councils, buildCouncil, origins.councils);
  const councilById = new Map(councils.map((c) => [String(c['id']), c]));
  const councilFile = sheets.councils?.file ?? 'the councils file';
  attach(sheets.members, 'members', councilById, councilFile, nested, buildMember);
  attach(sheets.meetings, 'meetings', councilById, councilFile, nested, buildMeeting);
  const feed: Json = { version: 1, updated: options.updated, regions, bodies, officers, councils };

  const warnedMissing = new Set<string>();
  for (const problem of validateFeed(feed, STAND_IN_BASE).problems) {
    const reference = REFERENCES[`${problem.collection}.${problem.field}`];
    if (reference && !sheets[reference.kind] && problem.collection !== 'feed') {
      if (!warnedMissing.has(reference.kind)) {
        warnedMissing.add(reference.kind);
        const file = sheets[problem.collection as SheetKind]!.file;
        problems.push({ level: 'warning', file, message: `refers to ${reference.kind}, but no --${reference.kind} file was given: the feed has dangling references` });
      }
      continue;
    }
    const origin = originOf(problem, origins, nested);
    const target = reference && sheets[reference.kind];
    problems.push({
      level: 'error',
      file: origin?.sheet.file ?? problem.collection,
      ...(origin ? { row: origin.row, column: reference ? origin.sheet.headerOf(reference.field) : problem.field } : {}),
      message: target && problem.message.startsWith('unknown') ? problem.message.replace(/^([^;]+)/, `$1, not in ${target.file}`) : problem.message,
    });
  }
  // In file order, then by row, as the webmaster will go through them.
  const files = Object.values(sheets).map((sheet) => sheet.file);
  const rank = (p: ImportProblem) => files.indexOf(p.file) * 1e9 + (p.row ?? 0);
  return { feed, problems: problems.map((p, i) => [p, i] as const).sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j).map(([p]) => p) };
}

/** "49 regions, 17 bodies, 20 officers, 8 councils (31 members, 12 meetings)" */
function importedSummary(feed: Json): string {
  const councils = feed['councils'] as Json[];
  const count = (list: 'members' | 'meetings') => councils.reduce((n, c) => n + ((c[list] as unknown[] | undefined)?.length ?? 0), 0);
  const size = (key: string) => (feed[key] as unknown[]).length;
  return `${plural(size('regions'), 'region', 'regions')}, ${plural(size('bodies'), 'body', 'bodies')}, ${plural(size('officers'), 'officer', 'officers')}, `
    + `${plural(size('councils'), 'council', 'councils')} (${plural(count('members'), 'member', 'members')}, ${plural(count('meetings'), 'meeting', 'meetings')})`;
}

export async function runImport(options: ImportOptions, out: Output): Promise<number> {
  let result: Imported;
  try {
    result = await importFeed(options);
  } catch (error) {
    if (!(error instanceof UnusableSheet || error instanceof UnusableInput)) throw error;
    out.stderr(`${error.message}\n`);
    return 2;
  }
  const json = `${prettyJson(result.feed)}\n`;
  if (options.out) {
    try {
      await writeFile(options.out, json, 'utf8');
    } catch (error) {
      out.stderr(`${options.out}: cannot write it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
      return 2;
    }
  } else {
    out.stdout(json);
  }
  const errors = result.problems.filter((p) => p.level === 'error').length;
  const warnings = result.problems.length - errors;
  for (const problem of result.problems) out.stderr(`${problem.level}: ${describeImportProblem(problem)}\n`);
  out.stderr(`Imported ${importedSummary(result.feed)}${options.out ? ` into ${options.out}` : ''}; ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}.\n`);
  if (errors) out.stderr('Rows and cells with errors were left out of the feed: fix them in the spreadsheet and import again.\n');
  return errors ? 1 : 0;
}
