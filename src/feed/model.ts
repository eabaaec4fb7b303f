/**
 * Indexes over one validated feed, built once per feed and shared by every widget that
 * reads it: lookups by id, the region tree (children, ancestors, descendants) and the
 * officers and councils of a region.
 */
import type { Body, BodyLevel, Council, Feed, Officer, Region } from './types.js';

function indexBy<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): ReadonlyMap<string | null, readonly T[]> {
  const groups = new Map<string | null, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const NONE: readonly never[] = Object.freeze([]);

export class FeedModel {
  readonly regions: ReadonlyMap<string, Region>;
  readonly bodies: ReadonlyMap<string, Body>;
  readonly officers: ReadonlyMap<string, Officer>;
  readonly councils: ReadonlyMap<string, Council>;
  private readonly childrenOf: ReadonlyMap<string | null, readonly Region[]>;
  private readonly bodiesOf: ReadonlyMap<string | null, readonly Body[]>;
  private readonly officersOf: ReadonlyMap<string | null, readonly Officer[]>;
  private readonly councilsOf: ReadonlyMap<string | null, readonly Council[]>;
  private readonly subtreeCache = new Map<string, ReadonlySet<string>>();
  private readonly pathCache = new Map<string, readonly Region[]>();

  constructor(
    readonly feed: Feed,
    /** Absolute URL the feed came from. */
    readonly url: string,
  ) {
    this.regions = indexBy(feed.regions);
    this.bodies = indexBy(feed.bodies);
    this.officers = indexBy(feed.officers);
    this.councils = indexBy(feed.councils);
    this.childrenOf = groupBy(feed.regions, (r) => r.parent);
    this.bodiesOf = groupBy(feed.bodies, (b) => b.region);
    this.officersOf = groupBy(feed.officers, (o) => o.body);
    this.councilsOf = groupBy(feed.councils, (c) => c.body);
  }

  /** Direct sub-regions; `null` gives the top-level units. */
  children(id: string | null): readonly Region[] {
    return this.childrenOf.get(id) ?? NONE;
  }

  /** The region and its ancestors, top-level first: the "Облыс › Аудан" path. */
  path(id: string | null | undefined): readonly Region[] {
    if (!id) return NONE;
    let path = this.pathCache.get(id);
    if (!path) {
      const out: Region[] = [];
      // The tree was made acyclic by validation; the bound is a second guard.
      for (let at = this.regions.get(id); at && out.length <= this.regions.size; at = at.parent ? this.regions.get(at.parent) : undefined) {
        out.unshift(at);
      }
      path = out;
      this.pathCache.set(id, path);
    }
    return path;
  }

  /** Depth in the tree: 1 for a top-level unit. */
  depth(id: string): number {
    return this.path(id).length;
  }

  /** Ids of the region and everything below it. */
  subtree(id: string): ReadonlySet<string> {
    let set = this.subtreeCache.get(id);
    if (!set) {
      const ids = new Set<string>();
      const stack = this.regions.has(id) ? [id] : [];
      while (stack.length) {
        const at = stack.pop()!;
        if (ids.has(at)) continue;
        ids.add(at);
        for (const child of this.children(at)) stack.push(child.id);
      }
      set = ids;
      this.subtreeCache.set(id, set);
    }
    return set;
  }

  /** True when `id` is `ancestor` or lies below it. */
  isWithin(id: string | null, ancestor: string): boolean {
    return id !== null && this.subtree(ancestor).has(id);
  }

  bodiesInRegion(region: string | null, deep = true): readonly Body[] {
    if (region === null) return this.feed.bodies;
    if (!deep) return this.bodiesOf.get(region) ?? NONE;
    return this.feed.bodies.filter((b) => this.isWithin(b.region, region));
  }

  bodiesAtLevel(level: BodyLevel): readonly Body[] {
    return this.feed.bodies.filter((b) => b.level === level);
  }

  officersOfBody(body: string): readonly Officer[] {
    return this.officersOf.get(body) ?? NONE;
  }

  councilsOfBody(body: string): readonly Council[] {
    return this.councilsOf.get(body) ?? NONE;
  }

  bodyOf(item: { body: string } | undefined): Body | undefined {
    return item ? this.bodies.get(item.body) : undefined;
  }

  /** Region path of whatever belongs to a body (an officer, a council). */
  pathOfBody(body: Body | undefined): readonly Region[] {
    return this.path(body?.region);
  }

  /** The region's own akimat (its regional- or district-level body), for "who else to ask". */
  akimatOf(region: string): Body | undefined {
    const own = this.bodiesOf.get(region) ?? NONE;
    return own.find((b) => b.level === 'regional' || b.level === 'district') ?? own[0];
  }
}
