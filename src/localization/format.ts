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

// 2024-01-01 was a Monday: day n of the ISO week is 2024-01-0n.
export function weekdayName(isoDay: number, width: 'long' | 'short' = 'long'): string {
  return formatter({ weekday: width }).format(Date.UTC(2024, 0, isoDay));
}

/** "15:00" stays "15:00": every locale we serve reads the 24-hour clock. */
export function formatClock(hhmm: string): string {
  return hhmm;
}

export function formatDateTime(iso: string, style: 'long' | 'medium' = 'long'): string {
  return formatter({ dateStyle: style, timeStyle: 'short', hourCycle: 'h23' }).format(kzWallClock(Date.parse(iso)));
}

export function formatDate(iso: string | number | Date, style: 'long' | 'medium' = 'long'): string {
  const instant = typeof iso === 'string' ? Date.parse(iso) : +iso;
  return formatter({ dateStyle: style }).format(kzWallClock(instant));
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

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(intlTag()).format(value);
}
