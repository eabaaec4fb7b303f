/**
 * Region search over one feed, shared by the region picker and by the region filters of the
 * officer directory and the council list.
 *
 * Folding every name and alias of ~2,500 regions is the expensive part of search, so it is
 * done once per FeedModel (the client builds one model per feed load and every widget on the
 * page shares it) and cached in a WeakMap that lets the model go when the feed is reloaded.
 * Per locale only the display name used for ordering changes: those entries are cheap copies
 * that share the folded keys. Per scope (root, depth) the entries are filtered once and cached
 * too, because `search` caches its tie-break order per entries array identity.
 */
import type { FeedModel } from '../../feed/model.js';
import type { Locale, Region } from '../../feed/types.js';
import { getLocale, intlTag } from '../../localization/locale.js';
import { allTexts, textOf } from '../../localization/text.js';
import { foldKey } from '../../search/fold.js';
import { buildEntry, search, type SearchEntry } from '../../search/match.js';

/** Which part of the tree is offered. */
export interface RegionScope {
  /** Only regions below this one (the root itself is not offered); the whole tree when empty. */
  readonly root?: string | null;
  /**
   * How many levels below the root (below the country when there is no root): 1 = the
   * root's children only. All levels when omitted, 0, negative or NaN.
   */
  readonly depth?: number | null;
}

/** A region as a picker or filter shows and submits it. */
export interface RegionChoice {
  readonly id: string;
  /** Name in the page locale (or its fallback language). */
  readonly name: string;
  /** Names from the top-level unit down to this region, in the page locale. */
  readonly path: readonly string[];
}

interface ModelIndex {
  /** Folded once; sortName is filled per locale. */
  readonly folded: readonly SearchEntry<Region>[];
  readonly byId: ReadonlyMap<string, SearchEntry<Region>>;
  /** Key: locale|root|depth. */
  readonly scoped: Map<string, readonly SearchEntry<Region>[]>;
}

const indexes = new WeakMap<FeedModel, ModelIndex>();

function modelIndex(model: FeedModel): ModelIndex {
  let index = indexes.get(model);
  if (!index) {
    const folded = model.feed.regions.map((region) =>
      buildEntry(region, [...allTexts(region.name), ...region.aliases], model.depth(region.id), ''),
    );
    index = { folded, byId: new Map(folded.map((entry) => [entry.item.id, entry])), scoped: new Map() };
    indexes.set(model, index);
  }
  return index;
}

function normaliseDepth(depth: number | null | undefined): number {
  return depth && depth > 0 ? Math.floor(depth) : Infinity;
}

/** True when `region` lies in the scope (the root itself does not). */
export function inScope(model: FeedModel, region: Region, scope: RegionScope = {}): boolean {
  const root = scope.root?.trim() || null;
  const maxDepth = normaliseDepth(scope.depth);
  const base = root ? model.depth(root) : 0;
  if (root && (region.id === root || !model.isWithin(region.id, root))) return false;
  return model.depth(region.id) - base <= maxDepth;
}

/** The search entries of the regions in scope, named in `locale`; cached per model. */
export function regionEntries(
  model: FeedModel,
  scope: RegionScope = {},
  locale: Locale = getLocale(),
): readonly SearchEntry<Region>[] {
  const index = modelIndex(model);
  const root = scope.root?.trim() || null;
  const key = `${locale}|${root ?? ''}|${normaliseDepth(scope.depth)}`;
  let entries = index.scoped.get(key);
  if (!entries) {
    entries = index.folded
      .filter((entry) => inScope(model, entry.item, { root, depth: scope.depth ?? null }))
      .map((entry) => ({ ...entry, sortName: textOf(entry.item.name, locale) }));
    index.scoped.set(key, entries);
  }
  return entries;
}

/**
 * Sorts the scope's regions into their tie-break order (level, then collated name) ahead of
 * time, so the first keystroke does not pay for an Intl.Collator sort of every region.
 */
export function warmRegionOrder(model: FeedModel, scope: RegionScope = {}, locale: Locale = getLocale()): void {
  search(regionEntries(model, scope, locale), '', { locale: intlTag(locale), limit: 1 });
}

export interface RegionResults {
  /** The best matches, at most `limit`. */
  readonly items: readonly Region[];
  /** How many regions matched in all. */
  readonly total: number;
}

/**
 * Regions in scope matching `query`, best first (see `search`); an empty query lists them
 * all in tree order: top level first, then by name.
 */
export function searchRegions(
  model: FeedModel,
  query: string,
  options: RegionScope & { readonly limit?: number; readonly locale?: Locale } = {},
): RegionResults {
  const locale = options.locale ?? getLocale();
  const all = search(regionEntries(model, options, locale), query, { locale: intlTag(locale) });
  const limit = options.limit ?? Infinity;
  return { items: all.length > limit ? all.slice(0, limit) : all, total: all.length };
}

/**
 * The one region in scope that some name or alias of spells `text` exactly (up to folding),
 * for a typed name that was never picked from the list; null when none or several do.
 */
export function findExact(model: FeedModel, text: string, scope: RegionScope = {}): Region | null {
  const key = foldKey(text);
  if (key === '') return null;
  let found: Region | null = null;
  for (const entry of regionEntries(model, scope)) {
    if (!entry.keys.includes(key)) continue;
    if (found) return null;
    found = entry.item;
  }
  return found;
}

/** True when some name or alias of `region` spells `text` exactly (up to folding). */
export function spellsRegion(model: FeedModel, region: Region, text: string): boolean {
  const key = foldKey(text);
  return key !== '' && !!modelIndex(model).byId.get(region.id)?.keys.includes(key);
}

/** `{id, name, path}` of a region in `locale`, for events and `selectedRegion`. */
export function regionChoice(model: FeedModel, region: Region, locale: Locale = getLocale()): RegionChoice {
  return {
    id: region.id,
    name: textOf(region.name, locale),
    path: model.path(region.id).map((r) => textOf(r.name, locale)),
  };
}
