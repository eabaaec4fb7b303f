/**
 * The seconds a `Retry-After` header asks to wait: a number of seconds, or an HTTP date.
 * Null when there is none or it makes no sense. Shared by the feed client (a feed under
 * maintenance) and the meeting form (a busy endpoint). A server on another origin must list
 * the header in Access-Control-Expose-Headers for the page to see it.
 */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | null {
  const value = header?.trim() ?? '';
  if (/^\d{1,9}$/.test(value)) return Number(value);
  const date = /[a-z]/i.test(value) ? Date.parse(value) : NaN;
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}
