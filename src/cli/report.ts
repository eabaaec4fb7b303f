/**
 * The validator's two outputs: lines for people, grouped by collection with a summary, and a
 * JSON document for scripts and CI.
 */
import type { Collection } from '../feed/types.js';
import type { Finding } from './lint.js';

export type Counts = Readonly<Record<Collection, number>>;

export interface Verdict {
  readonly source: string;
  readonly counts: Counts;
  readonly findings: readonly Finding[];
}

const ORDER: readonly (Collection | 'feed')[] = ['feed', 'regions', 'bodies', 'officers', 'councils'];

/** Grouped by collection, errors first; the order within a group stays the document's. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding) => ORDER.indexOf(f.collection) * 2 + (f.level === 'error' ? 0 : 1);
  return findings.map((f, i) => [f, i] as const).sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j).map(([f]) => f);
}

export function errorCount(findings: readonly Finding[]): number {
  return findings.filter((f) => f.level === 'error').length;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "3 errors, 5 warnings in 20 officers, 17 bodies, 49 regions, 8 councils" */
export function summaryLine(verdict: Verdict): string {
  const errors = errorCount(verdict.findings);
  const warnings = verdict.findings.length - errors;
  const { officers, bodies, regions, councils } = verdict.counts;
  return `${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')} in ${plural(officers, 'officer', 'officers')}, `
    + `${plural(bodies, 'body', 'bodies')}, ${plural(regions, 'region', 'regions')}, ${plural(councils, 'council', 'councils')}`;
}

const EFFECT: Readonly<Record<NonNullable<Finding['effect']>, string>> = {
  dropped: 'the widgets skip this record',
  mended: 'the widgets ignore this value',
  kept: 'the widgets show the record without the link',
};

function recordLabel(record: Finding['record']): string {
  return record === null ? '' : typeof record === 'number' ? `#${record + 1}` : `"${record}"`;
}

export function findingLine(finding: Finding): string {
  const consequence = finding.effect ? ` (${EFFECT[finding.effect]})` : finding.schema ? ' (feed.schema.json)' : '';
  const where = [recordLabel(finding.record), finding.field].filter(Boolean).join(' ');
  return `  ${finding.level.padEnd(9)}${where ? `${where}: ` : ''}${finding.message}${consequence}`;
}

export function humanReport(verdict: Verdict): string {
  const lines: string[] = [`${verdict.source}`];
  let group: string | undefined;
  for (const finding of sortFindings(verdict.findings)) {
    if (finding.collection !== group) {
      group = finding.collection;
      lines.push('', group);
    }
    lines.push(findingLine(finding));
  }
  const errors = errorCount(verdict.findings);
  lines.push('', summaryLine(verdict));
  lines.push(
    errors > 0
      ? 'Not valid: fix the errors and check again. Records with errors are skipped or shown incomplete.'
      : verdict.findings.length > 0
        ? 'Valid. The warnings point to gaps worth filling.'
        : 'Valid.',
  );
  return `${lines.join('\n')}\n`;
}

export function jsonReport(verdict: Verdict, valid: boolean): string {
  const errors = errorCount(verdict.findings);
  return `${JSON.stringify({
    valid,
    source: verdict.source,
    counts: { errors, warnings: verdict.findings.length - errors, ...verdict.counts },
    problems: sortFindings(verdict.findings).map((f) => ({
      level: f.level,
      collection: f.collection,
      record: f.record,
      field: f.field,
      message: f.message,
      ...(f.effect ? { effect: f.effect } : {}),
      ...(f.schema ? { schema: true } : {}),
    })),
  }, null, 2)}\n`;
}
