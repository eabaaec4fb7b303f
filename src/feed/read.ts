/**
 * Field readers for untrusted feed records. Each returns the typed value or `undefined`,
 * reporting what it refused through the `Reporter`, so the record readers in validate.ts
 * stay a flat list of fields.
 */
import { isEmail, safeUrl } from './urls.js';
import { wellFormed } from './unicode.js';
import { parsePhone } from './phone.js';
import { LOCALES, type Locale, type Phone, type Text } from './types.js';

/** Texts longer than this are cut: a name or agenda never needs more, and a 1 MB string
 * would only slow every render and search. */
export const MAX_TEXT = 4000;

export interface Reporter {
  /** The field was refused; the record may still be dropped by the caller. */
  field(field: string, message: string): void;
  readonly base: string;
}

export type Raw = Record<string, unknown>;

export function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cleanString(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  // Well-formed after cutting: the cut may fall inside a surrogate pair.
  return wellFormed(trimmed.length > MAX_TEXT ? `${trimmed.slice(0, MAX_TEXT)}…` : trimmed);
}

export function readId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  const text = cleanString(value);
  return text && text.length <= 200 ? text : undefined;
}

/** A Text: a non-empty string, or {kk?, ru?, en?} with at least one non-empty string. */
export function readText(value: unknown, field: string, report: Reporter): Text | undefined {
  if (value === undefined || value === null) return undefined;
  const plain = cleanString(value);
  if (plain !== undefined) return plain;
  if (isObject(value)) {
    const out: Partial<Record<Locale, string>> = {};
    for (const locale of LOCALES) {
      const text = cleanString(value[locale]);
      if (text !== undefined) out[locale] = text;
    }
    if (Object.keys(out).length > 0) return out;
  }
  report.field(field, 'expected a non-empty text or {kk, ru, en}');
  return undefined;
}

export function readUrl(value: unknown, field: string, report: Reporter): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const url = safeUrl(value, report.base);
  if (url === null) report.field(field, 'not an http(s) or relative URL; not linked');
  return url ?? undefined;
}

export function readEmail(value: unknown, field: string, report: Reporter): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const email = typeof value === 'string' ? value.trim() : value;
  if (isEmail(email)) return email;
  report.field(field, 'not an e-mail address');
  return undefined;
}

export function readPhones(value: unknown, field: string, report: Reporter): Phone[] {
  if (value === undefined || value === null) return [];
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list)) {
    report.field(field, 'expected a list of phone numbers');
    return [];
  }
  const phones: Phone[] = [];
  list.forEach((item, index) => {
    const phone = typeof item === 'string' ? parsePhone(item) : null;
    if (phone) {
      if (!phones.some((known) => known.value === phone.value)) phones.push(phone);
    } else {
      report.field(`${field}[${index}]`, 'not a Kazakhstan phone number');
    }
  });
  return phones;
}

export function readEnum<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

/** Reads each element of an optional array, dropping (and reporting) the ones that fail. */
export function readList<T>(
  value: unknown,
  field: string,
  report: Reporter,
  readItem: (item: unknown, path: string) => T | undefined,
): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    report.field(field, 'expected a list');
    return [];
  }
  const out: T[] = [];
  value.forEach((item, index) => {
    const read = readItem(item, `${field}[${index}]`);
    if (read !== undefined) out.push(read);
  });
  return out;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function readTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = TIME.exec(value.trim()) ?? /^(\d):([0-5]\d)$/.exec(value.trim());
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : undefined;
}

/** An ISO 8601 date-time; one without an offset is read as Asia/Almaty time (UTC+5). */
export function readDateTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return undefined;
  let normalised = text.length === 10 ? `${text}T00:00:00+05:00` : text;
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(normalised)) normalised += '+05:00';
  return Number.isNaN(Date.parse(normalised)) ? undefined : normalised;
}
