/**
 * The last good copy of each feed, kept in the Cache API so that the next visit shows it at
 * once and a failed network still shows something. The Cache API rather than localStorage:
 * a national feed runs to megabytes, and localStorage is the host site's small, synchronous,
 * shared quota. Every failure here (no Cache API on plain http, quota full, storage disabled
 * by privacy settings) is swallowed: caching is a bonus, never a requirement.
 */

export const FEED_CACHE_NAME = 'akimat-widgets-feeds-v1';
const SAVED_AT = 'x-akimat-saved-at';
/** Where the feed was finally served from, when a redirect moved it (see `CachedFeed.base`). */
const BASE = 'x-akimat-base';

export interface CachedFeed {
  readonly text: string;
  /** ISO time the copy was saved. */
  readonly savedAt: string;
  /** The address relative URLs in the feed resolve against: where a redirect took it, else its URL. */
  readonly base: string;
}

function cacheStorage(): CacheStorage | undefined {
  try {
    return typeof caches === 'undefined' ? undefined : caches;
  } catch {
    return undefined;
  }
}

export async function readCachedFeed(url: string): Promise<CachedFeed | undefined> {
  try {
    const storage = cacheStorage();
    const response = storage && (await (await storage.open(FEED_CACHE_NAME)).match(url));
    if (!response) return undefined;
    return { text: await response.text(), savedAt: response.headers.get(SAVED_AT) ?? '', base: response.headers.get(BASE) ?? url };
  } catch {
    return undefined;
  }
}

/**
 * Saves `body`: the feed's text, or better a copy of the network response (`response.clone()`),
 * whose bytes go to the cache as they came. A national feed is megabytes: turning its text back
 * into bytes blocks the page for a long task (35–130 ms for the national-scale feed of bench/),
 * a stream does not.
 */
export async function writeCachedFeed(url: string, body: string | Response, savedAt = new Date().toISOString(), base = url): Promise<void> {
  try {
    const storage = cacheStorage();
    if (!storage) {
      if (typeof body !== 'string') body.body?.cancel().catch(() => undefined);
      return;
    }
    const content = typeof body === 'string' ? body : body.body;
    const headers: Record<string, string> = { 'content-type': 'application/json', [SAVED_AT]: savedAt };
    if (base !== url) headers[BASE] = base;
    const response = new Response(content, { headers });
    await (await storage.open(FEED_CACHE_NAME)).put(url, response);
  } catch {
    // Full or disabled storage: the widgets work without a saved copy.
  }
}

/** Forget every saved feed (documented in docs/security.md for privacy-minded hosts). */
export async function clearFeedCache(): Promise<void> {
  try {
    await cacheStorage()?.delete(FEED_CACHE_NAME);
  } catch {
    // Nothing to clear.
  }
}
