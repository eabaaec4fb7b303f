/**
 * Warnings about a feed that is valid but incomplete: texts without Kazakh or Russian,
 * officers nobody can contact, bodies without officers, past meetings without a protocol.
 * The widgets show such a feed; these gaps are what citizens would notice. Pure functions over
 * the raw document (so list positions match the file) and the validated feed.
 */
import { isObject, readDateTime, readId, type Raw } from '../feed/read.js';
import type { Collection, Feed } from '../feed/types.js';

export interface Finding {
  readonly level: 'error' | 'warning';
  readonly collection: Collection | 'feed';
  readonly record: string | number | null;
  readonly field: string;
  readonly message: string;
  /** For errors the widgets found: what they do about it. */
  readonly effect?: 'dropped' | 'mended' | 'kept';
  /** Errors only feed.schema.json finds: the widgets accept or ignore the value. */
  readonly schema?: true;
}

/** Text fields of each record, with the nested lists that hold Texts too. */
const TEXT_FIELDS: Readonly<Record<Collection, readonly string[]>> = {
  regions: ['name'],
  bodies: ['name', 'address'],
  officers: ['name', 'position', 'address', 'note', 'reception[].place', 'reception[].note'],
  councils: [
    'name', 'description', 'chair.name', 'chair.organization', 'chair.role',
    'members[].name', 'members[].organization', 'members[].role', 'meetings[].agenda', 'meetings[].place',
  ],
};

/** The values at a path like "members[].name", with their concrete paths ("members[2].name"). */
function valuesAt(record: Raw, path: string): [string, unknown][] {
  const [head, ...rest] = path.split('.');
  const tail = rest.join('.');
  if (head!.endsWith('[]')) {
    const key = head!.slice(0, -2);
    const list = record[key];
    if (!Array.isArray(list)) return [];
    return list.flatMap((item, index) => (isObject(item) ? valuesAt(item, tail).map(([p, v]) => [`${key}[${index}].${p}`, v] as [string, unknown]) : []));
  }
  if (!tail) return [[head!, record[head!]]];
  const inner = record[head!];
  return isObject(inner) ? valuesAt(inner, tail).map(([p, v]) => [`${head}.${p}`, v] as [string, unknown]) : [];
}

/** The id the widgets know a raw record by: its id, or its position when it has none. */
export function recordKey(raw: unknown, index: number): string | number {
  return (isObject(raw) && readId(raw['id'])) || index;
}

function rawRecords(doc: Raw, collection: Collection): [Raw, string | number][] {
  const list = doc[collection];
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw, index) => (isObject(raw) ? [[raw, recordKey(raw, index)] as [Raw, string | number]] : []));
}

const LANGUAGE_NAMES = { kk: 'Kazakh (kk)', ru: 'Russian (ru)' } as const;

/**
 * Texts given per language that lack kk or ru: Kazakh is the state language, Russian the other
 * language of the country. A plain string states no language and is shown as is everywhere,
 * so it is not counted as missing one.
 */
export function missingLanguages(doc: Raw, skip: (collection: Collection, record: string | number) => boolean): Finding[] {
  const findings: Finding[] = [];
  const check = (collection: Collection | 'feed', record: string | number | null, field: string, value: unknown) => {
    if (!isObject(value)) return;
    const missing = (['kk', 'ru'] as const).filter((lang) => typeof value[lang] !== 'string' || !value[lang].trim());
    // No language at all is not a valid Text: validation reports that already.
    if (missing.length === 0 || (missing.length === 2 && typeof value['en'] !== 'string')) return;
    findings.push({ level: 'warning', collection, record, field, message: `no ${missing.map((l) => LANGUAGE_NAMES[l]).join(' or ')} text` });
  };
  if (isObject(doc['publisher'])) check('feed', null, 'publisher.name', doc['publisher']['name']);
  for (const collection of Object.keys(TEXT_FIELDS) as Collection[]) {
    for (const [raw, record] of rawRecords(doc, collection)) {
      if (skip(collection, record)) continue;
      for (const path of TEXT_FIELDS[collection]) {
        for (const [field, value] of valuesAt(raw, path)) check(collection, record, field, value);
      }
    }
  }
  return findings;
}

export function officersWithoutContact(feed: Feed): Finding[] {
  return feed.officers
    .filter((officer) => officer.phones.length === 0 && !officer.email)
    .map((officer) => ({
      level: 'warning', collection: 'officers', record: officer.id, field: 'phones',
      message: 'no phone and no e-mail: people have no way to contact this officer',
    }));
}

export function bodiesWithoutOfficers(feed: Feed): Finding[] {
  const staffed = new Set(feed.officers.map((officer) => officer.body));
  return feed.bodies
    .filter((body) => !staffed.has(body.id))
    .map((body) => ({ level: 'warning', collection: 'bodies', record: body.id, field: '', message: 'no officer works in this body' }));
}

/** Past meetings (by the clock `now`) that have no protocol link. */
export function meetingsWithoutProtocol(doc: Raw, now: Date, skip: (collection: Collection, record: string | number) => boolean): Finding[] {
  const findings: Finding[] = [];
  for (const [raw, record] of rawRecords(doc, 'councils')) {
    if (skip('councils', record) || !Array.isArray(raw['meetings'])) continue;
    raw['meetings'].forEach((meeting, index) => {
      if (!isObject(meeting)) return;
      const date = readDateTime(meeting['date']);
      const protocol = meeting['protocol'];
      if (!date || Date.parse(date) >= now.getTime() || (typeof protocol === 'string' && protocol.trim())) return;
      findings.push({
        level: 'warning', collection: 'councils', record, field: `meetings[${index}].protocol`,
        message: `the meeting of ${date.slice(0, 10)} is over but has no protocol link`,
      });
    });
  }
  return findings;
}

export function lintFeed(doc: Raw, feed: Feed, now: Date, skip: (collection: Collection, record: string | number) => boolean): Finding[] {
  return [
    ...missingLanguages(doc, skip),
    ...bodiesWithoutOfficers(feed),
    ...officersWithoutContact(feed),
    ...meetingsWithoutProtocol(doc, now, skip),
  ];
}
