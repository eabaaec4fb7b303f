/**
 * A deterministic feed fuzzer: from a valid feed and a seed, a mutated feed plus what the
 * generator knows about it (which records it left alone, whether the document as a whole is
 * broken). Each case applies one to four mutations drawn from the operators below; the
 * operator names are printed with a failing case so it can be understood and replayed.
 */
import { rng, type Rng } from './prng.js';
import { deepValue, expandDeep, hostileValue, hugeString, STRANGE_TEXTS, WRONG_TYPES } from './values.js';

export const COLLECTIONS = ['regions', 'bodies', 'officers', 'councils'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Fields of each record, as published (docs/feed.md). */
const FIELDS: Readonly<Record<Collection, readonly string[]>> = {
  regions: ['id', 'parent', 'kind', 'name', 'aliases', 'iso'],
  bodies: ['id', 'region', 'level', 'name', 'url', 'address', 'phones', 'email'],
  officers: ['id', 'body', 'name', 'position', 'phones', 'email', 'photo', 'address', 'reception', 'note'],
  councils: ['id', 'body', 'name', 'description', 'chair', 'members', 'meetings', 'email', 'phones', 'url'],
};
const TEXT_FIELDS: Readonly<Record<Collection, readonly string[]>> = {
  regions: ['name'],
  bodies: ['name', 'address'],
  officers: ['name', 'position', 'address', 'note'],
  councils: ['name', 'description'],
};
/** Lists of sub-records and their fields. */
const NESTED: Readonly<Partial<Record<Collection, Readonly<Record<string, readonly string[]>>>>> = {
  officers: { reception: ['day', 'from', 'to', 'place', 'note'] },
  councils: { members: ['name', 'organization', 'role', 'civilSociety'], meetings: ['date', 'agenda', 'place', 'protocol'] },
};
/** Fields that become links: e-mail, phones, web pages, photos. */
const CONTACT_FIELDS: Readonly<Partial<Record<Collection, readonly string[]>>> = {
  bodies: ['url', 'email', 'phones'],
  officers: ['email', 'photo', 'phones'],
  councils: ['url', 'email', 'phones'],
};
const STRANGE_EMAILS: readonly string[] = [
  'a\ud800@example.kz', 'x@\udfff\udfff.kz', 'имя@пример.қаз', 'a@b', ' a@example.kz ', 'a"b@example.kz', 'mailto:a@example.kz',
  'a@example.kz?subject=x', `${'a'.repeat(64)}@${'b'.repeat(63)}.kz`, 'a@example.kz\nBcc: b@example.kz',
];
const STRANGE_URLS: readonly string[] = [
  'https://example.kz/\ud800', 'https://пример.қаз/путь?q=ә#frag', '//cdn.example.kz/p.png', '../photos/x.svg', '?query', '#frag',
  `https://example.kz/${'a'.repeat(3000)}`, 'https://example.kz:99999/', 'http://[::1]/x', 'https://exa mple.kz/', 'HTTPS://EXAMPLE.KZ/',
];
const STRANGE_PHONES: readonly unknown[] = [
  ['8 (7232) 12-34-56', '+7 (701) 123-45-67', '87011234567', '+7 336 22 1 23 45'], ['12345', '+1 202 555 0100', '8-800-080-7777'],
  ['\ud800\ud800\ud800\ud800\ud800\ud800\ud800\ud800\ud800\ud800'], '+77232123456', [null, 7232123456, ['+77232123456']],
  Array.from({ length: 50 }, () => '+77232123456'),
];

/** The field through which a record points at another collection. */
const REFERENCE: Readonly<Record<Collection, string>> = { regions: 'parent', bodies: 'region', officers: 'body', councils: 'body' };

type Doc = Record<string, any>;

interface Context {
  doc: Doc;
  readonly r: Rng;
  /** Ids (as first published) of records a mutation changed. */
  readonly touched: Record<Collection, Set<string>>;
  /** Collections replaced as a whole: none of their records count as untouched. */
  readonly replaced: Set<Collection>;
  broken: boolean;
}

export interface FuzzCase {
  readonly index: number;
  readonly seed: number;
  readonly mutations: readonly string[];
  /** The response body: JSON text, or something that is not JSON at all. */
  readonly body: string;
  /** The generator broke the document itself: validation must refuse it as a whole. */
  readonly broken: boolean;
  /** Ids of records no mutation touched: validation must keep every one of them. */
  readonly untouched: Readonly<Record<Collection, readonly string[]>>;
}

const list = (ctx: Context, c: Collection): Doc[] => (Array.isArray(ctx.doc[c]) ? ctx.doc[c] : []);

/** A random record of a random collection that still is a list with records in it. */
function pickRecord(ctx: Context, only?: Collection): { c: Collection; index: number; record: Doc } | undefined {
  const isRecord = (item: unknown): item is Doc => typeof item === 'object' && item !== null && !Array.isArray(item);
  const candidates = (only ? [only] : COLLECTIONS).filter((c) => list(ctx, c).some(isRecord));
  if (candidates.length === 0) return undefined;
  const c = ctx.r.pick(candidates);
  const records = list(ctx, c);
  const indexes = records.flatMap((item, i) => (isRecord(item) ? [i] : []));
  const index = ctx.r.pick(indexes);
  return { c, index, record: records[index]! };
}

function touch(ctx: Context, c: Collection, record: unknown): void {
  if (record && typeof record === 'object' && 'id' in record) ctx.touched[c].add(String((record as Doc)['id']));
}

/** Sets a field, and defines `__proto__` as a real own key as JSON.parse would. */
function setField(target: Doc, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

type Operator = (ctx: Context) => string | undefined;

/** An operator that changes one field of one random record. */
function onField(change: (ctx: Context, record: Doc, field: string) => string | void): Operator {
  return (ctx) => {
    const at = pickRecord(ctx);
    if (!at) return undefined;
    const field = ctx.r.pick(FIELDS[at.c]);
    touch(ctx, at.c, at.record);
    const note = change(ctx, at.record, field);
    return `${at.c}[${at.index}].${field}${note ? ` ${note}` : ''}`;
  };
}

const OPERATORS: Readonly<Record<string, readonly [weight: number, Operator]>> = {
  'wrong-type': [6, onField((ctx, record, field) => { record[field] = ctx.r.pick(WRONG_TYPES); })],
  missing: [5, onField((_, record, field) => { delete record[field]; })],
  null: [4, onField((_, record, field) => { record[field] = null; })],
  'huge-string': [2, onField((ctx, record, field) => {
    record[field] = ctx.r.chance(0.3) ? { kk: hugeString(ctx.r), en: 'short' } : hugeString(ctx.r);
  })],
  'deep-nesting': [3, onField((ctx, record, field) => {
    const depth = ctx.r.pick([50, 500, 5000, 100_000]);
    record[field] = deepValue(depth, ctx.r.chance(0.5));
    return `depth ${depth}`;
  })],
  'strange-text': [7, (ctx) => {
    const at = pickRecord(ctx);
    if (!at) return undefined;
    const field = ctx.r.chance(0.25) ? 'id' : at.c === 'regions' && ctx.r.chance(0.3) ? 'aliases' : ctx.r.pick(TEXT_FIELDS[at.c]);
    const text = ctx.r.pick(STRANGE_TEXTS);
    touch(ctx, at.c, at.record);
    const old = at.record[field];
    // Sometimes only one language of a per-language text is strange.
    if (field === 'aliases') at.record[field] = [text, ...STRANGE_TEXTS.slice(0, 3)];
    else at.record[field] = old && typeof old === 'object' && !Array.isArray(old) && ctx.r.chance(0.5) ? { ...old, [ctx.r.pick(['kk', 'ru', 'en'])]: text } : text;
    return `${at.c}[${at.index}].${field}`;
  }],
  'strange-contact': [5, (ctx) => {
    const at = pickRecord(ctx, ctx.r.pick(['bodies', 'officers', 'councils'] as const));
    if (!at) return undefined;
    const field = ctx.r.pick(CONTACT_FIELDS[at.c]!);
    touch(ctx, at.c, at.record);
    at.record[field] = field === 'phones' ? ctx.r.pick(STRANGE_PHONES) : field === 'email' ? ctx.r.pick(STRANGE_EMAILS) : ctx.r.pick(STRANGE_URLS);
    return `${at.c}[${at.index}].${field}`;
  }],
  'text-languages': [3, (ctx) => {
    const at = pickRecord(ctx);
    if (!at) return undefined;
    const field = ctx.r.pick(TEXT_FIELDS[at.c]);
    touch(ctx, at.c, at.record);
    at.record[field] = ctx.r.pick<unknown>([{ de: 'Rat' }, { kk: '', ru: '  ' }, { en: 'Only English' }, { ru: 'Только русский', xx: 1 }, { kk: null, ru: 'ru' }, {}]);
    return `${at.c}[${at.index}].${field}`;
  }],
  'duplicate-id': [5, (ctx) => {
    const at = pickRecord(ctx);
    if (!at) return undefined;
    const records = list(ctx, at.c);
    const copy = { ...structuredClone(at.record), name: 'Duplicate' };
    if (ctx.r.chance(0.6)) {
      // A copy after the original: the copy is dropped, the original kept.
      records.splice(at.index + 1 + ctx.r.int(records.length - at.index), 0, copy);
      return `${at.c}[${at.index}] copied after`;
    }
    // A copy before it: the copy wins, the original is dropped.
    touch(ctx, at.c, at.record);
    records.splice(ctx.r.int(at.index + 1), 0, copy);
    return `${at.c}[${at.index}] copied before`;
  }],
  'parent-cycle': [4, (ctx) => {
    const size = 1 + ctx.r.int(4);
    const chosen = Array.from({ length: size }, () => pickRecord(ctx, 'regions')?.record).filter((r): r is Doc => !!r);
    if (chosen.length < size) return undefined;
    chosen.forEach((region, i) => {
      touch(ctx, 'regions', region);
      region['parent'] = chosen[(i + 1) % size]!['id'];
    });
    return `cycle of ${size}`;
  }],
  dangling: [5, (ctx) => {
    const at = pickRecord(ctx);
    if (!at) return undefined;
    const field = REFERENCE[at.c];
    touch(ctx, at.c, at.record);
    at.record[field] = ctx.r.pick(['no-such-id', '999999999', 'vko-akimat ', 0]);
    return `${at.c}[${at.index}].${field}`;
  }],
  'empty-collection': [2, (ctx) => {
    const c = ctx.r.pick(COLLECTIONS);
    ctx.replaced.add(c);
    ctx.doc[c] = [];
    return c;
  }],
  'wrong-collection': [2, (ctx) => {
    const c = ctx.r.pick(COLLECTIONS);
    ctx.replaced.add(c);
    if (ctx.r.chance(0.3)) delete ctx.doc[c];
    else ctx.doc[c] = ctx.r.pick<unknown>([{}, 'officers', 5, null, true, { 0: {} }]);
    return c;
  }],
  'odd-items': [3, (ctx) => {
    const c = ctx.r.pick(COLLECTIONS);
    const records = list(ctx, c);
    // Items that are not records at all, anywhere in the list.
    for (let i = 0; i < 1 + ctx.r.int(3); i++) records.splice(ctx.r.int(records.length + 1), 0, ctx.r.pick(WRONG_TYPES) as Doc);
    return c;
  }],
  'extra-fields': [4, (ctx) => {
    const targets: Doc[] = [ctx.doc];
    for (let i = 0; i < 3; i++) {
      const at = pickRecord(ctx);
      if (at) targets.push(at.record);
    }
    for (const target of targets) {
      setField(target, ctx.r.pick(['__proto__', 'constructor', 'toString', 'x-extension', 'hasOwnProperty', 'prototype']), hostileValue(ctx.r));
      setField(target, `unknown-${ctx.r.int(1000)}`, hostileValue(ctx.r));
    }
    return `${targets.length} objects`;
  }],
  'nested-item': [6, (ctx) => {
    const c = ctx.r.pick(['officers', 'councils'] as const);
    const at = pickRecord(ctx, c);
    if (!at) return undefined;
    const nested = NESTED[c]!;
    const key = ctx.r.pick(Object.keys(nested));
    touch(ctx, c, at.record);
    const items = at.record[key];
    if (!Array.isArray(items) || items.length === 0 || ctx.r.chance(0.2)) {
      at.record[key] = ctx.r.chance(0.5) ? hostileValue(ctx.r) : [hostileValue(ctx.r), ...(Array.isArray(items) ? items : [])];
      return `${c}[${at.index}].${key}`;
    }
    const item = items[ctx.r.int(items.length)];
    if (!item || typeof item !== 'object') return undefined;
    const field = ctx.r.pick(nested[key]!);
    if (ctx.r.chance(0.3)) delete item[field];
    else item[field] = ctx.r.chance(0.3) ? ctx.r.pick<unknown>(['25:00', '9:5', '10:00', 0, 8, 2.5, '2026-02-30T10:00', '2026-12-05', 'tomorrow']) : hostileValue(ctx.r);
    return `${c}[${at.index}].${key}.${field}`;
  }],
  'many-items': [2, (ctx) => {
    const c = ctx.r.pick(['regions', 'officers', 'councils'] as const);
    const at = pickRecord(ctx, c);
    if (!at) return undefined;
    touch(ctx, c, at.record);
    const n = ctx.r.pick([100, 400]);
    if (c === 'regions') at.record['aliases'] = Array.from({ length: n * 3 }, (_, i) => `Alias ${i}`);
    else if (c === 'officers') at.record[ctx.r.chance(0.5) ? 'phones' : 'reception'] = Array.from({ length: n }, (_, i) => (i % 2 ? `+7701${String(i).padStart(7, '0')}` : { day: 1 + (i % 7), from: '09:00', to: '10:00', place: `Room ${i}` }));
    else at.record[ctx.r.chance(0.5) ? 'members' : 'meetings'] = Array.from({ length: n }, (_, i) => ({ name: `Member ${i}`, date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-10T10:00:00+05:00`, agenda: `Item ${i}` }));
    return `${c}[${at.index}] ×${n}`;
  }],
  'deep-region-chain': [1, (ctx) => {
    const regions = list(ctx, 'regions');
    const bodies = list(ctx, 'bodies');
    const officers = list(ctx, 'officers');
    const depth = ctx.r.pick([200, 1500]);
    for (let i = 0; i < depth; i++) regions.push({ id: `chain-${i}`, parent: i ? `chain-${i - 1}` : null, kind: 'rural', name: `Level ${i}`, aliases: [] });
    bodies.push({ id: 'chain-body', region: `chain-${depth - 1}`, level: 'district', name: 'Body at the bottom' });
    officers.push({ id: 'chain-officer', body: 'chain-body', name: 'Officer at the bottom', position: 'Deep', reception: [] });
    return `${depth} levels`;
  }],
  'numeric-id': [2, (ctx) => {
    const at = pickRecord(ctx);
    if (!at) return undefined;
    touch(ctx, at.c, at.record);
    at.record['id'] = ctx.r.pick([1234567, 0, -5, 1.5, 1e21]);
    return `${at.c}[${at.index}]`;
  }],
  publisher: [2, (ctx) => {
    ctx.doc['publisher'] = ctx.r.chance(0.5) ? hostileValue(ctx.r) : { ...ctx.doc['publisher'], [ctx.r.pick(['name', 'url', 'email', 'phones'])]: hostileValue(ctx.r) };
    if (ctx.r.chance(0.3)) ctx.doc['updated'] = hostileValue(ctx.r);
    return 'publisher';
  }],
  'broken-document': [1, (ctx) => {
    ctx.broken = true;
    const kind = ctx.r.int(7);
    for (const c of COLLECTIONS) ctx.replaced.add(c);
    switch (kind) {
      case 0: ctx.doc = { ...ctx.doc, version: 2 }; return 'version 2';
      case 1: ctx.doc = { ...ctx.doc, version: '1' }; return 'version "1"';
      case 2: ctx.doc = [ctx.doc] as unknown as Doc; return 'an array';
      case 3: ctx.doc = { version: 1, regions: {}, bodies: 'x', officers: null }; return 'no collections';
      case 4: return 'not JSON';
      case 5: return 'truncated JSON';
      default: ctx.doc = null as unknown as Doc; return 'null';
    }
  }],
};

const TABLE = Object.entries(OPERATORS);
const TOTAL = TABLE.reduce((sum, [, [weight]]) => sum + weight, 0);

function pickOperator(r: Rng): [string, Operator] {
  let roll = r.int(TOTAL);
  for (const [name, [weight, operator]] of TABLE) {
    if (roll < weight) return [name, operator];
    roll -= weight;
  }
  throw new Error('unreachable');
}

/** Case `index` of the run seeded with `seed`, mutating a copy of `valid`. */
export function fuzzCase(valid: Doc, seed: number, index: number): FuzzCase {
  const r = rng(seed * 100_003 + index);
  const ctx: Context = {
    doc: structuredClone(valid),
    r,
    touched: { regions: new Set(), bodies: new Set(), officers: new Set(), councils: new Set() },
    replaced: new Set(),
    broken: false,
  };
  const mutations: string[] = [];
  const count = 1 + r.int(4);
  for (let i = 0; i < count && !ctx.broken; i++) {
    const [name, operator] = pickOperator(r);
    const what = operator(ctx);
    if (what !== undefined) mutations.push(`${name}: ${what}`);
  }
  let body = expandDeep(JSON.stringify(ctx.doc));
  const last = mutations.at(-1) ?? '';
  if (last.endsWith('not JSON')) body = r.pick(['<!doctype html><title>Login</title><h1>Sign in</h1>', '', 'null,', '{"version":1,', '\u0000\u0001', 'undefined']);
  if (last.endsWith('truncated JSON')) body = body.slice(0, 1 + r.int(body.length - 2));
  const untouched = {} as Record<Collection, string[]>;
  for (const c of COLLECTIONS) {
    untouched[c] = ctx.replaced.has(c) ? [] : (valid[c] as Doc[]).map((record) => String(record['id'])).filter((id) => !ctx.touched[c].has(id));
  }
  return { index, seed, mutations, body, broken: ctx.broken, untouched };
}
