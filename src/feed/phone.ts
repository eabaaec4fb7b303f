/**
 * Kazakhstan phone numbers (+7, ten-digit national numbers starting with 7; see
 * ../shared/domain.md §3.3). People and feeds write them as 8 7232 12-34-56, 8(71455)2-16-84,
 * 7701…, +7 701 …; we keep E.164 for `tel:` and for requests, and a display form that keeps
 * the area-code length the publisher used (3 to 5 digits cannot be derived from the digits).
 */
import type { Phone } from './types.js';

// Mobile operator codes (libphonenumber's KZ metadata): 700–702, 705–708, 747, 760–764,
// 771, 775–778, 785.
const MOBILE = /^7(?:0[0-25-8]|47|6[0-4]|7[15-8]|85)/;

/** The ten-digit national number, or null when `raw` is not a Kazakhstan number. */
export function nationalNumber(raw: string): string | null {
  if (!/^[\d\s()+\-.]{10,24}$/.test(raw.trim())) return null;
  const plus = raw.trim().startsWith('+');
  let digits = raw.replace(/\D/g, '');
  if (plus) {
    if (!digits.startsWith('7') || digits.length !== 11) return null;
    digits = digits.slice(1);
  } else if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7'))) {
    digits = digits.slice(1);
  }
  if (digits.length !== 10) return null;
  // National numbers in Kazakhstan start with 7 (Baikonur's 336 22 is served from Russia's plan).
  if (!digits.startsWith('7') && !digits.startsWith('33622')) return null;
  return digits;
}

/** E.164 (+7XXXXXXXXXX) or null. */
export function toE164(raw: string): string | null {
  const national = nationalNumber(raw);
  return national ? `+7${national}` : null;
}

function groupSubscriber(rest: string): string {
  // 7 digits: 123-45-67; 6: 12-34-56; 5: 2-16-84 (how akimat pages print them).
  const tail = rest.slice(-4);
  const head = rest.slice(0, -4);
  return `${head}-${tail.slice(0, 2)}-${tail.slice(2)}`;
}

/** Area code length as the publisher wrote it, when the grouping says so. */
function publishedAreaLength(raw: string): number | null {
  const rest = raw.trim().replace(/^(\+7|8|7)(?=[\s(\-])/, '');
  const match = /^[\s\-]*\(?\s*(\d{3,5})\s*[)\s\-]/.exec(rest);
  return match ? match[1]!.length : null;
}

/** The display form, e.g. "+7 701 123-45-67", "+7 7232 12-34-56", "+7 71455 2-16-84". */
export function formatPhone(national: string, areaLength?: number | null): string {
  let area = areaLength ?? null;
  if (area === null || area < 3 || area > 5) {
    area = MOBILE.test(national) || national.startsWith('727') ? 3 : 4;
  }
  return `+7 ${national.slice(0, area)} ${groupSubscriber(national.slice(area))}`;
}

/** Parse a published phone into value + display, or null when it is not a Kazakhstan number. */
export function parsePhone(raw: string): Phone | null {
  const national = nationalNumber(raw);
  if (!national) return null;
  return { value: `+7${national}`, display: formatPhone(national, publishedAreaLength(raw)) };
}
