/**
 * Dates, times and plurals in the page locale, in Kazakhstan time.
 *
 * The whole country is on UTC+5 since 2024-03-01. Browsers with tzdata older than 2024a still
 * put Asia/Almaty at UTC+6, so instead of trusting the browser's zone database we shift the
 * instant by five hours and format it as UTC: right on every browser.
 */
import { getLocale, intlTag } from './locale.js';

export const KZ_OFFSET_MINUTES = 5 * 60;
const MINUTE = 60_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const tag = intlTag();
  const key = `${tag}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/** The wall clock in Kazakhstan at `instant`, as a Date whose UTC fields read that clock. */
export function kzWallClock(instant: Date | number): Date {
  return new Date(+instant + KZ_OFFSET_MINUTES * MINUTE);
}

/** ISO weekday (1 = Monday) and minutes since midnight, Kazakhstan time. */
export function kzWeekTime(instant: Date | number): { day: number; minutes: number } {
  const clock = kzWallClock(instant);
  return { day: ((clock.getUTCDay() + 6) % 7) + 1, minutes: clock.getUTCHours() * 60 + clock.getUTCMinutes() };
}

/*
 * Kazakh calendar words. Chromium's ICU data has no Kazakh date names (it prints "Sat" and
 * "2026 M12 5" for kk), so Kazakh dates are put together here in the CLDR pattern
 * "y 'ж'. d MMMM"; Russian and English come from Intl, which has them everywhere.
 */
const KK_WEEKDAYS = ['дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі'] as const;
const KK_WEEKDAYS_SHORT = ['дс', 'сс', 'ср', 'бс', 'жм', 'сб', 'жс'] as const;
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'] as const;

const pad = (n: number) => String(n).padStart(2, '0');

function kkDate(clock: Date, style: 'long' | 'medium'): string {
  const day = clock.getUTCDate();
  const year = clock.getUTCFullYear();
  return style === 'long'
    ? `${year} ж. ${day} ${KK_MONTHS[clock.getUTCMonth()]}`
    : `${pad(day)}.${pad(clock.getUTCMonth() + 1)}.${year}`;
}

// 2024-01-01 was a Monday: day n of the ISO week is 2024-01-0n.
export function weekdayName(isoDay: number, width: 'long' | 'short' = 'long'): string {
  if (getLocale() === 'kk') return (width === 'long' ? KK_WEEKDAYS : KK_WEEKDAYS_SHORT)[(isoDay - 1 + 7) % 7]!;
  return formatter({ weekday: width }).format(Date.UTC(2024, 0, isoDay));
}

/** "15:00" stays "15:00": every locale we serve reads the 24-hour clock. */
export function formatClock(hhmm: string): string {
  return hhmm;
}

export function formatDateTime(iso: string, style: 'long' | 'medium' = 'long'): string {
  const clock = kzWallClock(Date.parse(iso));
  if (getLocale() === 'kk') return `${kkDate(clock, style)}, ${pad(clock.getUTCHours())}:${pad(clock.getUTCMinutes())}`;
  return formatter({ dateStyle: style, timeStyle: 'short', hourCycle: 'h23' }).format(clock);
}

export function formatDate(iso: string | number | Date, style: 'long' | 'medium' = 'long'): string {
  const clock = kzWallClock(typeof iso === 'string' ? Date.parse(iso) : +iso);
  if (getLocale() === 'kk') return kkDate(clock, style);
  return formatter({ dateStyle: style }).format(clock);
}

export type PluralForms = { readonly other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * Chooses the sentence for `count` by the locale's plural rules. Callers pass whole
 * sentences made with msg(), one per category the locales need (en: one/other, ru:
 * one/few/many, kk: one/other): @lit/localize has no plural support of its own.
 */
export function plural(count: number, forms: PluralForms): string {
  const locale = getLocale();
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(intlTag(locale));
    pluralRules.set(locale, rules);
  }
  return forms[rules.select(count)] ?? forms.other;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Kazakh groups digits like Russian (3 002, 1,5); Chromium lacks kk number data, so use ru's. */
export function formatNumber(value: number): string {
  const locale = getLocale();
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'kk' ? 'ru-KZ' : intlTag(locale));
    numberFormats.set(locale, format);
  }
  return format.format(value);
}
