/**
 * A vCard 3.0 of an officer, built in the browser for "Save contact". 3.0 rather than 4.0:
 * it is the version phone address books import without complaint. Pure string building;
 * everything from the feed is escaped per RFC 2426 §4 and lines are folded at 75 octets.
 */
import { escapeValue, fileBaseName, foldLine } from '../../files/content-lines.js';

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
  return `${fileBaseName(name, 'contact')}.vcf`;
}
