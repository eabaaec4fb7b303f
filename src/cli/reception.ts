/**
 * Reception hours as akimat lists write them: "Вт 15:00-18:00; Чт 10:00-12:00",
 * "Пн–Пт 9.00–13.00", "Сс, Бс 15:00-18:00", "Mon 15:00-18:00", "вторник с 15:00 до 18:00".
 * Days in Russian, Kazakh or English, abbreviated or in full; times with ":" or "."; ranges
 * with a hyphen, a dash, "до" or "to".
 */

/** ISO weekday (1 = Monday) → abbreviations and full names in ru, kk, en. */
const DAYS: readonly (readonly [abbreviations: readonly string[], names: readonly string[]])[] = [
  [['пн', 'дс', 'mon', 'mo'], ['понедельник', 'дүйсенбі', 'monday']],
  [['вт', 'сс', 'tue', 'tu', 'tues'], ['вторник', 'сейсенбі', 'tuesday']],
  [['ср', 'wed', 'we'], ['среда', 'сәрсенбі', 'wednesday']],
  [['чт', 'бс', 'thu', 'th', 'thur', 'thurs'], ['четверг', 'бейсенбі', 'thursday']],
  [['пт', 'жм', 'fri', 'fr'], ['пятница', 'жұма', 'friday']],
  [['сб', 'сн', 'sat', 'sa'], ['суббота', 'сенбі', 'saturday']],
  [['вс', 'жс', 'sun', 'su'], ['воскресенье', 'жексенбі', 'sunday']],
];

/** The ISO weekday a word names, or null. "вто", "четв", "жұм" work as well as "Вт". */
export function weekday(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  const hits = new Set<number>();
  DAYS.forEach(([abbreviations, names], index) => {
    if (abbreviations.includes(w) || (w.length >= 3 && names.some((name) => name.startsWith(w)))) hits.add(index + 1);
  });
  return hits.size === 1 ? [...hits][0]! : null;
}

export interface Slot {
  readonly day: number;
  readonly from: string;
  readonly to: string;
}

export interface ParsedReception {
  readonly slots: Slot[];
  readonly errors: string[];
}

const FILLER = new Set(['с', 'c', 'from']);
// Day words, then a time range. The day part is lazy so that it stops at the first time.
const SLOT = /[\s;,]*([\p{L}][\p{L}.,\s\-–—]*?)\s*(\d{1,2})[:.](\d{2})\s*(?:-|–|—|до|to)\s*(\d{1,2})[:.](\d{2})/uy;
const EXAMPLE = 'e.g. "Вт 15:00-18:00; Чт 10:00-12:00"';

function time(hours: string, minutes: string): string | null {
  const h = Number(hours);
  const m = Number(minutes);
  return h <= 23 && m <= 59 ? `${String(h).padStart(2, '0')}:${minutes}` : null;
}

/** "Пн-Пт", "Вт, Чт", "вторник": the days, or an error message. */
function days(text: string): number[] | string {
  const words = text.replace(/\s*[-–—]\s*/g, '-').split(/[\s,]+/).filter((w) => w && !FILLER.has(w.toLowerCase()));
  if (words.length === 0) return 'no day given';
  const out: number[] = [];
  for (const word of words) {
    const [first, last, extra] = word.split('-');
    const from = weekday(first ?? '');
    const to = last === undefined ? from : weekday(last);
    if (from === null || to === null || extra !== undefined) return `"${word}" is not a day of the week`;
    if (to < from) return `"${word}": a range of days must run from Monday towards Sunday`;
    for (let day = from; day <= to; day++) if (!out.includes(day)) out.push(day);
  }
  return out;
}

/** Reads one reception cell. Parts that cannot be read are reported, the rest is kept. */
export function parseReception(cell: string): ParsedReception {
  const slots: Slot[] = [];
  const errors: string[] = [];
  let at = 0;
  while (at < cell.length) {
    SLOT.lastIndex = at;
    const match = SLOT.exec(cell);
    if (!match) {
      const rest = cell.slice(at).replace(/^[\s;,]+/, '');
      if (rest) errors.push(`cannot read "${rest}" as reception hours (${EXAMPLE})`);
      break;
    }
    at = SLOT.lastIndex;
    const [, dayText, h1, m1, h2, m2] = match;
    const from = time(h1!, m1!);
    const to = time(h2!, m2!);
    const dayList = days(dayText!);
    const source = match[0].replace(/^[\s;,]+/, '');
    if (typeof dayList === 'string') errors.push(`${dayList} in "${source}" (${EXAMPLE})`);
    else if (!from || !to || from >= to) errors.push(`"${source}": the time must run from earlier to later, 00:00–23:59`);
    else for (const day of dayList) slots.push({ day, from, to });
  }
  return { slots, errors };
}
