/**
 * "Whom": region → body → officer from the feed, and the preferred dates an officer can offer.
 * Pure functions of the feed model, the form's values and the clock.
 */
import type { FeedModel } from '../../feed/model.js';
import type { Body, Officer, ReceptionSlot } from '../../feed/types.js';
import { kzWallClock } from '../../localization/format.js';
import type { FormValues } from './request.js';

/**
 * Bodies a person in `region` can turn to, among those with at least one officer: the
 * region's own akimat and those above it (a city dweller may meet the oblast akimat's
 * officer), nearest first; then the bodies inside it (an oblast's districts); then central
 * bodies, which serve everyone.
 */
export function bodiesServing(model: FeedModel, region: string): Body[] {
  if (!model.regions.has(region)) return [];
  const path = model.path(region).map((r) => r.id);
  const serving: Body[] = [];
  const inside: Body[] = [];
  const central: Body[] = [];
  for (const body of model.feed.bodies) {
    if (model.officersOfBody(body.id).length === 0) continue;
    if (body.region === null) central.push(body);
    else if (path.includes(body.region)) serving.push(body);
    else if (model.isWithin(body.region, region)) inside.push(body);
  }
  serving.sort((a, b) => path.indexOf(b.region!) - path.indexOf(a.region!));
  return [...serving, ...inside, ...central];
}

export type WhomStep = 'region' | 'body' | 'officer';

export interface Whom {
  /** 'summary': a chosen officer shown with "Change"; 'choose': the region → body → officer steps. */
  readonly mode: 'summary' | 'choose';
  readonly region: string;
  readonly bodies: readonly Body[];
  readonly body: Body | undefined;
  readonly officers: readonly Officer[];
  readonly officer: Officer | undefined;
  /** The first step still to take, or null when an officer is chosen. */
  readonly missing: WhomStep | null;
}

/**
 * Where the "whom" part stands. A single body or officer on offer counts as chosen: nobody
 * should have to pick from a list of one.
 */
export function resolveWhom(model: FeedModel, values: FormValues, choosing: boolean): Whom {
  const named = values.officer ? model.officers.get(values.officer) : undefined;
  if (named && !choosing) {
    const body = model.bodyOf(named);
    return {
      mode: 'summary', region: values.region || body?.region || '', bodies: body ? [body] : [], body,
      officers: [named], officer: named, missing: null,
    };
  }
  const region = model.regions.has(values.region) ? values.region : '';
  const bodies = region ? bodiesServing(model, region) : [];
  const body = bodies.find((b) => b.id === values.body) ?? (bodies.length === 1 ? bodies[0] : undefined);
  const officers = body ? model.officersOfBody(body.id) : [];
  const officer = officers.find((o) => o.id === values.officer) ?? (officers.length === 1 ? officers[0] : undefined);
  const missing: WhomStep | null = !region ? 'region' : !body ? 'body' : !officer ? 'officer' : null;
  return { mode: 'choose', region, bodies, body, officers, officer, missing };
}

const DAY_MS = 86_400_000;

/** Today's date in Kazakhstan, "YYYY-MM-DD". */
export function kzToday(now: Date | number): string {
  return kzWallClock(now).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday) of a "YYYY-MM-DD" date. */
export function isoWeekday(isoDate: string): number {
  return ((new Date(`${isoDate}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

export interface ReceptionDate {
  readonly date: string;
  readonly slots: readonly ReceptionSlot[];
}

/** How far ahead a preferred date may be: about two months of reception days, half a year of any. */
export const RECEPTION_WEEKS = 8;
export const FREE_DATE_DAYS = 183;

/** The officer's reception days from tomorrow on, for the preferred-date list. */
export function receptionDates(slots: readonly ReceptionSlot[], now: Date | number, weeks = RECEPTION_WEEKS): ReceptionDate[] {
  if (slots.length === 0) return [];
  const today = kzToday(now);
  const out: ReceptionDate[] = [];
  for (let i = 1; i <= weeks * 7; i++) {
    const date = addDays(today, i);
    const day = isoWeekday(date);
    const onDay = slots.filter((s) => s.day === day).sort((a, b) => a.from.localeCompare(b.from));
    if (onDay.length) out.push({ date, slots: onDay });
  }
  return out;
}

/** The range of a free preferred date (no reception days published): tomorrow to half a year. */
export function freeDateRange(now: Date | number): { min: string; max: string } {
  const today = kzToday(now);
  return { min: addDays(today, 1), max: addDays(today, FREE_DATE_DAYS) };
}
