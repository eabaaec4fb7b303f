/**
 * "Receiving now" / "next reception" from an officer's weekly slots, in Kazakhstan time.
 * Pure: the clock is an argument, so tests and the demo can fix it.
 */
import type { ReceptionSlot } from '../../feed/types.js';
import { kzWeekTime } from '../../localization/format.js';

export type ReceptionStatus =
  | { readonly kind: 'now'; readonly slot: ReceptionSlot }
  /** `daysAhead`: 0 today (later), 1 tomorrow, … 7 the same weekday next week. */
  | { readonly kind: 'next'; readonly slot: ReceptionSlot; readonly daysAhead: number }
  | { readonly kind: 'none' };

export function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

export function receptionStatus(slots: readonly ReceptionSlot[], now: Date | number): ReceptionStatus {
  if (slots.length === 0) return { kind: 'none' };
  const { day, minutes } = kzWeekTime(now);
  const current = slots.find((s) => s.day === day && toMinutes(s.from) <= minutes && minutes < toMinutes(s.to));
  if (current) return { kind: 'now', slot: current };
  let best: { slot: ReceptionSlot; daysAhead: number; from: number } | undefined;
  for (const slot of slots) {
    let daysAhead = (slot.day - day + 7) % 7;
    if (daysAhead === 0 && toMinutes(slot.from) <= minutes) daysAhead = 7;
    const from = toMinutes(slot.from);
    if (!best || daysAhead < best.daysAhead || (daysAhead === best.daysAhead && from < best.from)) {
      best = { slot, daysAhead, from };
    }
  }
  return { kind: 'next', slot: best!.slot, daysAhead: best!.daysAhead };
}

/** Slots ordered by weekday and time, for the weekly table. */
export function sortSlots(slots: readonly ReceptionSlot[]): ReceptionSlot[] {
  return [...slots].sort((a, b) => a.day - b.day || toMinutes(a.from) - toMinutes(b.from));
}
