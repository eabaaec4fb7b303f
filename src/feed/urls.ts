/**
 * Untrusted strings that become links. Only http(s) URLs (relative ones resolved against
 * the feed's own URL) may become `href` or `src`; `tel:` and `mailto:` are built here from
 * values we validated, never taken from the feed as they are.
 */

import { isWellFormed, wellFormed } from './unicode.js';

const SAFE_PROTOCOLS = new Set(['http:', 'https:']);
// C0 controls, DEL and whitespace inside a URL are how `java\tscript:` tricks slip past
// naive checks; a feed URL has no business containing them, so we refuse such strings whole.
// eslint-disable-next-line no-control-regex
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/;

/** The absolute http(s) URL for `raw`, or null when it is anything else. */
export function safeUrl(raw: unknown, base: string): string | null {
  if (typeof raw !== 'string') return null;
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.length > 2048 || CONTROL_OR_SPACE.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return null;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return null;
  // Credentials in a link are a phishing device ("https://gov.kz@evil.example").
  if (url.username || url.password) return null;
  return url.href;
}

// Deliberately plain: one "@", no spaces, no characters that could break out of a mailto
// URL or a vCard line, a dot in the domain.
const EMAIL = /^[^\s@<>()[\]"',;:\\]{1,64}@[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]{0,62}\.)+[a-z\u00a1-\uffff]{2,63}$/i;

// EMAIL works on UTF-16 code units, so a lone surrogate would pass it; such an address
// cannot be encoded into a mailto: link (encodeURIComponent throws).
export function isEmail(raw: unknown): raw is string {
  return typeof raw === 'string' && raw.length <= 254 && EMAIL.test(raw) && isWellFormed(raw);
}

export interface MailOptions {
  readonly subject?: string;
  readonly body?: string;
}

/** A mailto: link for an address that passed `isEmail`. */
export function mailtoHref(email: string, options: MailOptions = {}): string {
  const params: string[] = [];
  // Subject and body may hold what a person typed: well-formed, or encodeURIComponent throws.
  if (options.subject) params.push(`subject=${encodeURIComponent(wellFormed(options.subject))}`);
  if (options.body) params.push(`body=${encodeURIComponent(wellFormed(options.body))}`);
  return `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}${params.length ? `?${params.join('&')}` : ''}`;
}

/** A tel: link for an E.164 number. */
export function telHref(e164: string): string {
  return `tel:${e164.replace(/[^+\d]/g, '')}`;
}
