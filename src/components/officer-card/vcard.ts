/**
 * A vCard 3.0 of an officer, built in the browser for "Save contact". 3.0 rather than 4.0:
 * it is the version phone address books import without complaint. Pure string building;
 * everything from the feed is escaped per RFC 2426 §4 and lines are folded at 75 octets.
 */

export interface VCardData {
  readonly name: string;
  readonly position?: string;
  readonly organization?: string;
  readonly phones: readonly string[];
  readonly email?: string;
  readonly address?: string;
  readonly url?: string;
  readonly note?: string;
  /** ISO time of the feed, as REV. */
  readonly revision?: string;
}

export function escapeValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\r\n|\r|\n/g, '\\n').replace(/([,;])/g, '\\$1');
}

const encoder = new TextEncoder();

/** Folds a content line so no physical line exceeds 75 octets, never splitting a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function buildVCard(data: VCardData): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `FN:${escapeValue(data.name)}`, `N:${escapeValue(data.name)};;;;`];
  if (data.organization) lines.push(`ORG:${escapeValue(data.organization)}`);
  if (data.position) lines.push(`TITLE:${escapeValue(data.position)}`);
  for (const phone of data.phones) lines.push(`TEL;TYPE=WORK,VOICE:${phone.replace(/[^+\d]/g, '')}`);
  if (data.email) lines.push(`EMAIL;TYPE=INTERNET,WORK:${escapeValue(data.email)}`);
  if (data.address) lines.push(`ADR;TYPE=WORK:;;${escapeValue(data.address)};;;;`);
  if (data.url) lines.push(`URL:${data.url}`);
  if (data.note) lines.push(`NOTE:${escapeValue(data.note)}`);
  if (data.revision) lines.push(`REV:${data.revision}`);
  lines.push('END:VCARD');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** A file name people recognise, safe on every OS. */
export function vcardFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `${cleaned || 'contact'}.vcf`;
}
