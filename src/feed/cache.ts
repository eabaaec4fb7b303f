/**
 * The last good copy of each feed, kept in the Cache API so that the next visit shows it at
 * once and a failed network still shows something. The Cache API rather than localStorage:
 * a national feed runs to megabytes, and localStorage is the host site's small, synchronous,
 * shared quota. Every failure here (no Cache API on plain http, quota full, storage disabled
 * by privacy settings) is swallowed: caching is a bonus, never a requirement.
 */

export const FEED_CACHE_NAME = 'akimat-widgets-feeds-v1';
const SAVED_AT = 'x-akimat-saved-at';

export interface CachedFeed {
  readonly text: string;
  /** ISO time the copy was saved. */
  readonly savedAt: string;
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
    return { text: await response.text(), savedAt: response.headers.get(SAVED_AT) ?? '' };
  } catch {
    return undefined;
  }
}

export async function writeCachedFeed(url: string, text: string, savedAt = new Date().toISOString()): Promise<void> {
  try {
    const storage = cacheStorage();
    if (!storage) return;
    const response = new Response(text, { headers: { 'content-type': 'application/json', [SAVED_AT]: savedAt } });
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
