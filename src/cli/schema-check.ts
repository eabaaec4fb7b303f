/**
 * Checking the document against the published feed.schema.json, the contract a feed is held
 * to. The widgets are more forgiving than the schema (a number as an id, a date without an
 * offset) and silently ignore a few values (a Text key "kz"); the schema catches both. Ajv's
 * errors are grouped per value and put in words a webmaster can act on; those the widgets'
 * own validation already reported at the same place are left to it.
 */
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import { isObject, type Raw } from '../feed/read.js';
import { COLLECTIONS, type Collection } from '../feed/types.js';
import { recordKey, type Finding } from './lint.js';

export type SchemaValidator = (doc: unknown) => readonly ErrorObject[];

export function compileSchema(schema: object): SchemaValidator {
  const validate = new Ajv2020({ allErrors: true, strict: false, verbose: true }).compile(schema);
  return (doc) => (validate(doc) ? [] : (validate.errors ?? []));
}

interface Place {
  readonly collection: Collection | 'feed';
  readonly record: string | number | null;
  readonly field: string;
}

/** "/officers/3/phones/0" → officers, the record's id, "phones[0]". */
function placeOf(doc: Raw, pointer: string): Place {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const [head, index, ...rest] = parts;
  const field = (segments: string[]) =>
    segments.reduce((out, segment) => (/^\d+$/.test(segment) ? `${out}[${segment}]` : out ? `${out}.${segment}` : segment), '');
  if (head && (COLLECTIONS as readonly string[]).includes(head)) {
    const list = doc[head];
    if (index === undefined) return { collection: 'feed', record: null, field: head };
    const position = Number(index);
    const record = Array.isArray(list) ? recordKey(list[position], position) : position;
    return { collection: head as Collection, record, field: field(rest) };
  }
  return { collection: 'feed', record: null, field: field(parts) };
}

const DEFINITIONS: Readonly<Record<string, string>> = {
  email: 'not an e-mail address',
  phone: 'not a Kazakhstan phone number such as +7 7232 12-34-56',
  url: 'not an http(s) or relative link',
  dateTime: 'not a date-time with offset such as 2026-12-05T10:00:00+05:00',
  time: 'not a time of day as HH:MM',
  id: 'not an id: a string of 1 to 200 characters without spaces at either end',
};

/** One message for all of Ajv's errors about one value. */
function describe(errors: readonly ErrorObject[], atRoot: boolean): string {
  const by = (keyword: string) => errors.filter((e) => e.keyword === keyword);
  const required = by('required')[0];
  if (required) return atRoot ? 'missing (required; an empty list [] is fine)' : 'missing (required)';
  const extra = by('additionalProperties')[0];
  if (extra) return `"${String(extra.params['additionalProperty'])}" is not a language: use kk, ru or en`;
  const definitions = errors.map((e) => /\$defs\/(\w+)/.exec(e.schemaPath)?.[1]).filter((d): d is string => !!d);
  const number = errors.find((e) => typeof e.data === 'number' && e.keyword === 'type' && e.params['type'] === 'string');
  if (number) return `a number; write it as a string in quotes: "${String(number.data)}"`;
  if (definitions.includes('nonEmptyString') && by('anyOf').length) return 'expected a non-empty text or {"kk": …, "ru": …, "en": …}';
  const known = definitions.find((d) => DEFINITIONS[d]);
  if (known) return DEFINITIONS[known]!;
  if (definitions.includes('nonEmptyString')) return 'expected a non-empty string of at most 4000 characters';
  const types = [...new Set(by('type').map((e) => String(e.params['type'])))];
  if (types.length) return `expected ${types.map((t) => (t === 'array' ? 'a list' : t === 'null' ? 'null' : `a ${t}`)).join(' or ')}`;
  const allowed = by('enum')[0]?.params['allowedValues'] as unknown[] | undefined;
  if (allowed) return `expected one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
  const constant = by('const')[0];
  if (constant) return `expected ${JSON.stringify(constant.params['allowedValue'])}`;
  const limit = errors.find((e) => e.keyword === 'minimum' || e.keyword === 'maximum');
  if (limit) return `expected ${String(limit.params['comparison'])} ${String(limit.params['limit'])}`;
  return errors[0]?.message ?? 'breaks the schema';
}

/** Does a problem the widgets reported cover this place (same field, or one inside the other)? */
function covers(reported: readonly Finding[], place: Place): boolean {
  const nested = (a: string, b: string) => a === b || a === '' || b.startsWith(`${a}.`) || b.startsWith(`${a}[`);
  return reported.some((p) => p.collection === place.collection && p.record === place.record && (nested(p.field, place.field) || nested(place.field, p.field)));
}

/** Schema errors as findings, one per value, except where `reported` already names the place. */
export function schemaFindings(doc: unknown, errors: readonly ErrorObject[], reported: readonly Finding[]): Finding[] {
  const raw = isObject(doc) ? doc : {};
  const groups = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    const missing = error.keyword === 'required' ? `/${String(error.params['missingProperty'])}` : '';
    const pointer = error.instancePath + missing;
    groups.set(pointer, [...(groups.get(pointer) ?? []), error]);
  }
  const findings: Finding[] = [];
  for (const [pointer, group] of groups) {
    const place = placeOf(raw, pointer);
    if (covers(reported, place)) continue;
    const atRoot = place.collection === 'feed' && (COLLECTIONS as readonly string[]).includes(place.field);
    findings.push({ level: 'error', ...place, message: describe(group, atRoot), schema: true });
  }
  return findings;
}
