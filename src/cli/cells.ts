/**
 * Reading single cells into feed values: ids, kinds and levels written in any of our three
 * languages, phones, e-mail, links, yes/no and meeting dates. Each reader reports through the
 * row and returns undefined for a cell it refuses.
 */
import { parsePhone } from '../feed/phone.js';
import { isEmail, safeUrl } from '../feed/urls.js';
import { BODY_LEVELS, REGION_KINDS, type BodyLevel, type RegionKind } from '../feed/types.js';
import { normalizeHeader, type Field } from './columns.js';
import type { RowReader } from './sheet.js';

/** Relative links in a CSV stay relative in the feed; they are checked against a stand-in base. */
export const STAND_IN_BASE = 'https://feed.invalid/feed.json';

/** The record's id, or undefined (reported) when the row has to be skipped. */
export function readIdCell(row: RowReader, field: Field): string | undefined {
  const cell = row.value(field);
  if (!cell) return row.missing(field);
  // Excel shows long numbers as 6,3E+08 and saves them so unless the column is formatted as Text.
  if (/^\d+([.,]\d+)?e\+?\d+$/i.test(cell.value)) {
    row.error(cell.header, `"${cell.value}" is a number Excel wrote in scientific notation; format the column as Text, retype the ids and export again; the row was skipped`);
    return undefined;
  }
  if (cell.value.length > 200) {
    row.error(cell.header, 'longer than 200 characters; the row was skipped');
    return undefined;
  }
  return cell.value;
}

const KIND_WORDS: Readonly<Record<RegionKind, readonly string[]>> = {
  region: ['область', 'обл', 'облыс', 'облысы'],
  city: ['город', 'г', 'қала', 'қаласы'],
  district: ['район', 'р н', 'аудан', 'ауданы'],
  rural: ['rural district', 'сельский округ', 'с о', 'ауылдық округ', 'ауылдық округі', 'а о', 'село', 'поселок', 'ауыл', 'кент'],
};

const LEVEL_WORDS: Readonly<Record<BodyLevel, readonly string[]>> = {
  central: ['центральный', 'центральный орган', 'министерство', 'республиканский', 'орталық', 'орталық орган', 'министрлік'],
  regional: ['областной', 'областной акимат', 'акимат области', 'региональный', 'облыстық', 'облыс әкімдігі', 'облыстық әкімдік'],
  'regional-department': ['regional department', 'department', 'управление', 'областное управление', 'управление акимата области', 'басқарма', 'облыстық басқарма'],
  district: ['районный', 'городской', 'акимат района', 'акимат города', 'аудандық', 'қалалық', 'аудан әкімдігі', 'қала әкімдігі'],
};

function vocabulary<T extends string>(values: readonly T[], words: Readonly<Record<T, readonly string[]>>): Map<string, T> {
  const map = new Map<string, T>();
  for (const value of values) {
    map.set(normalizeHeader(value), value);
    for (const word of words[value]) map.set(normalizeHeader(word), value);
  }
  return map;
}
const KINDS = vocabulary(REGION_KINDS, KIND_WORDS);
const LEVELS = vocabulary(BODY_LEVELS, LEVEL_WORDS);

export function readKind(row: RowReader): RegionKind | undefined {
  const cell = row.value('kind');
  if (!cell) return row.missing('kind');
  const kind = KINDS.get(normalizeHeader(cell.value));
  if (!kind) row.error(cell.header, `"${cell.value}" is not a kind of unit: use region, city, district or rural (область, город, район, сельский округ); the row was skipped`);
  return kind;
}

export function readLevel(row: RowReader): BodyLevel | undefined {
  const cell = row.value('level');
  if (!cell) return row.missing('level');
  const level = LEVELS.get(normalizeHeader(cell.value));
  if (!level) row.error(cell.header, `"${cell.value}" is not a level: use central, regional, regional-department or district; the row was skipped`);
  return level;
}

/** Phones in the display form the widgets use, which keeps the area code as written. */
export function readPhonesCell(row: RowReader): string[] {
  const phones: string[] = [];
  const seen = new Set<string>();
  for (const item of row.items('phones')) {
    const phone = parsePhone(item.value);
    if (!phone) row.error(item.header, `"${item.value}" is not a Kazakhstan phone number; left out`);
    else if (!seen.has(phone.value)) {
      seen.add(phone.value);
      phones.push(phone.display);
    }
  }
  return phones;
}

export function readEmailCell(row: RowReader): string | undefined {
  const items = row.items('email', /[;,\s]+/);
  const [first, ...more] = items;
  if (!first) return undefined;
  const address = first.value.replace(/^mailto:/i, '');
  if (!isEmail(address)) {
    row.error(first.header, `"${first.value}" is not an e-mail address; left out`);
    return undefined;
  }
  if (more.length) row.error(first.header, `one address per cell: ${address} is used, ${more.map((m) => m.value).join(', ')} left out`);
  return address;
}

export function readUrlCell(row: RowReader, field: Field): string | undefined {
  const cell = row.value(field);
  if (!cell) return undefined;
  if (safeUrl(cell.value, STAND_IN_BASE) === null) {
    row.error(cell.header, `"${cell.value}" is not an http(s) or relative link; left out`);
    return undefined;
  }
  return cell.value;
}

const YES = new Set(['yes', 'y', 'true', '1', '+', 'x', 'да', 'д', 'иә', 'ия', 'и']);
const NO = new Set(['no', 'n', 'false', '0', '-', 'нет', 'н', 'жоқ', 'ж']);

export function readYesNo(row: RowReader, field: Field): boolean {
  const cell = row.value(field);
  if (!cell) return false;
  const word = cell.value.toLowerCase().replace(/[.!]$/, '');
  if (YES.has(word)) return true;
  if (!NO.has(word)) row.error(cell.header, `"${cell.value}" is neither yes nor no (да/нет, иә/жоқ); read as no`);
  return false;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{1,2})[:.](\d{2})(?::(\d{2}))?)?(Z|[+-]\d{2}:?\d{2})?$/;
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2})[:.](\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2})[:.](\d{2})(?::\d{2})?$/;

/**
 * A meeting's start as an ISO date-time in Kazakhstan time: 2026-12-05 10:00, 05.12.2026 10:00,
 * or the date with the time in a column of its own. US-style 12/5/2026 is refused as ambiguous.
 */
export function readMeetingDate(row: RowReader): string | undefined {
  const cell = row.value('date');
  if (!cell) return row.missing('date');
  const iso = ISO_DATE.exec(cell.value);
  const dotted = iso ? null : DOTTED_DATE.exec(cell.value);
  const parts = iso ? [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]] : dotted ? [dotted[3], dotted[2], dotted[1], dotted[4], dotted[5], dotted[6]] : null;
  if (!parts) {
    row.error(cell.header, `"${cell.value}" is not a date: write 2026-12-05 10:00 or 05.12.2026 10:00; the row was skipped`);
    return undefined;
  }
  const [year, month, day] = parts.map((p) => (p === undefined ? undefined : Number(p)));
  let hours = parts[3];
  let minutes = parts[4];
  const timeCell = row.value('time');
  if (hours === undefined && timeCell) {
    const time = TIME.exec(timeCell.value);
    if (!time) {
      row.error(timeCell.header, `"${timeCell.value}" is not a time: write 10:00; the row was skipped`);
      return undefined;
    }
    [hours, minutes] = [time[1], time[2]];
  }
  if (hours === undefined) row.warn(cell.header, 'no time given; 00:00 assumed (add the time, e.g. 2026-12-05 10:00)');
  const h = Number(hours ?? 0);
  const m = Number(minutes ?? 0);
  const probe = new Date(Date.UTC(year!, month! - 1, day!));
  if (probe.getUTCMonth() !== month! - 1 || probe.getUTCDate() !== day || h > 23 || m > 59) {
    row.error(cell.header, `"${cell.value}" is not a real date and time; the row was skipped`);
    return undefined;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const offset = iso?.[7] ? (iso[7] === 'Z' ? 'Z' : iso[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '+05:00';
  return `${year}-${pad(month!)}-${pad(day!)}T${pad(h)}:${pad(m)}:${pad(Number(parts[5] ?? 0))}${offset}`;
}
