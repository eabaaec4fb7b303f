/**
 * Drafts of what people type into our forms, in localStorage, so that a reload, a crashed
 * tab or a phone that killed the browser in the background loses nothing.
 *
 * Storage is a bonus, never a requirement: localStorage may be missing, may throw on access
 * (cookies blocked, sandboxed iframes), may be full, or may hold garbage from an older
 * version. Every such failure makes a read return undefined and a write return false.
 *
 * Drafts hold personal data on what may be a shared computer, so they expire (a week by
 * default) and are swept when any draft is read.
 */

import { wellFormed } from '../feed/unicode.js';

export const DRAFT_PREFIX = 'akimat-widgets:draft:';
const FORMAT = 1;
export const DRAFT_TTL_MS = 7 * 24 * 60 * 60 * 1000;

interface StoredDraft<T> {
  readonly v: typeof FORMAT;
  /** Epoch ms of the last save. */
  readonly savedAt: number;
  readonly data: T;
}

export interface DraftOptions {
  /** The storage to use; window.localStorage by default (tests pass a broken one). */
  readonly storage?: Storage | null;
  readonly ttlMs?: number;
  readonly now?: number;
}

function defaultStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function storageOf(options: DraftOptions): Storage | null {
  return options.storage === undefined ? defaultStorage() : options.storage;
}

function isStored(value: unknown): value is StoredDraft<unknown> {
  return typeof value === 'object' && value !== null && (value as StoredDraft<unknown>).v === FORMAT
    && typeof (value as StoredDraft<unknown>).savedAt === 'number' && 'data' in value;
}

function parse(raw: string | null): StoredDraft<unknown> | undefined {
  if (raw === null) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return isStored(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The key of one form's draft: our prefix plus whatever identifies the form. */
export function draftKey(...parts: readonly string[]): string {
  // Well-formed first: encodeURIComponent throws on a lone surrogate (an odd `officer` value).
  return DRAFT_PREFIX + parts.map((p) => encodeURIComponent(wellFormed(p))).join('|');
}

/** Removes expired and unreadable drafts of ours; other keys are not touched. */
export function sweepDrafts(options: DraftOptions = {}): void {
  const storage = storageOf(options);
  if (!storage) return;
  const now = options.now ?? Date.now();
  const ttl = options.ttlMs ?? DRAFT_TTL_MS;
  try {
    const stale: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(DRAFT_PREFIX)) continue;
      const draft = parse(storage.getItem(key));
      if (!draft || now - draft.savedAt > ttl) stale.push(key);
    }
    for (const key of stale) storage.removeItem(key);
  } catch {
    // Nothing to do: the storage cannot be read.
  }
}

/** The saved data under `key`, or undefined (none, expired, unreadable or no storage). */
export function readDraft<T>(key: string, options: DraftOptions = {}): { data: T; savedAt: number } | undefined {
  const storage = storageOf(options);
  if (!storage) return undefined;
  sweepDrafts(options);
  try {
    const draft = parse(storage.getItem(key));
    return draft ? { data: draft.data as T, savedAt: draft.savedAt } : undefined;
  } catch {
    return undefined;
  }
}

/** Saves `data` under `key`; false when the storage refused (full, blocked, missing). */
export function writeDraft<T>(key: string, data: T, options: DraftOptions = {}): boolean {
  const storage = storageOf(options);
  if (!storage) return false;
  const draft: StoredDraft<T> = { v: FORMAT, savedAt: options.now ?? Date.now(), data };
  try {
    storage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(key: string, options: DraftOptions = {}): void {
  try {
    storageOf(options)?.removeItem(key);
  } catch {
    // A draft we cannot remove is one we could not have written either.
  }
}
