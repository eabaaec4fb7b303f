/**
 * An iCalendar (RFC 5545) file for one council meeting, built in the browser for
 * "Add to calendar".
 *
 * Times are written in UTC ("…Z"), computed from the feed's date-time with its offset
 * (+05:00). Floating local times would land at the wrong hour for anyone whose device is
 * not on Kazakhstan time, and a TZID would need a VTIMEZONE block that calendar apps with
 * pre-2024 tzdata (Asia/Almaty at UTC+6) read differently: UTC is right in every app.
 *
 * TEXT values are escaped and lines folded exactly as for vCard (same rules): src/files/.
 */
import { kzWallClock } from '../../localization/format.js';
import { escapeValue, fileBaseName, foldLine } from '../../files/content-lines.js';

export interface CalendarEvent {
  /** Stable id of the event's owner (the council id): with the start it makes the UID. */
  readonly owner: string;
  /** ISO 8601 date-time with offset, as in the feed. */
  readonly start: string;
  /** Default 120: feeds give no end time. */
  readonly durationMinutes?: number;
  readonly summary: string;
  readonly description?: string;
  readonly location?: string;
  /** An http(s) URL (already validated by the feed reader). */
  readonly url?: string;
}

export const ICS_DEFAULT_MINUTES = 120;
const PRODID = '-//akimat-widgets//Public councils//EN';

/** 20261205T050000Z */
export function icsUtc(instant: number | Date): string {
  return new Date(+instant).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/**
 * The same meeting always gets the same UID, so importing it twice updates the event
 * instead of duplicating it. encodeURIComponent keeps distinct ids distinct and the UID free
 * of characters that would need escaping.
 */
export function icsUid(owner: string, start: string): string {
  return `council-${encodeURIComponent(owner)}-${icsUtc(Date.parse(start))}@akimat-widgets`;
}

// Control characters are not allowed in TEXT (RFC 5545 §3.3.11); line breaks are escaped.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function icsText(value: string): string {
  return escapeValue(value.replace(CONTROL, ''));
}

/** The .ics file: CRLF line ends, lines folded at 75 octets; `now` gives DTSTAMP. */
export function buildIcs(event: CalendarEvent, now: Date | number): string {
  const start = Date.parse(event.start);
  if (Number.isNaN(start)) throw new RangeError(`Not a date-time: ${event.start}`);
  const minutes = event.durationMinutes ?? ICS_DEFAULT_MINUTES;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${icsUid(event.owner, event.start)}`,
    `DTSTAMP:${icsUtc(now)}`,
    `DTSTART:${icsUtc(start)}`,
    `DTEND:${icsUtc(start + minutes * 60_000)}`,
    `SUMMARY:${icsText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${icsText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${icsText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** "Council name 2026-12-05.ics": recognisable and safe on every OS (the vCard file-name rules). */
export function icsFileName(summary: string, start: string): string {
  const instant = Date.parse(start);
  // The day as Kazakhstan's calendar reads it, whatever offset the feed wrote.
  const day = Number.isNaN(instant) ? '' : ` ${kzWallClock(instant).toISOString().slice(0, 10)}`;
  return `${fileBaseName(summary, 'contact')}${day}.ics`;
}
