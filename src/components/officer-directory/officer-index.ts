/**
 * Which officers a directory shows, in what order and groups, and the search index over
 * them. The index is built once per feed and locale (names fold once, not per keystroke).
 */
import type { FeedModel } from '../../feed/model.js';
import { BODY_LEVELS, type BodyLevel, type Locale, type Officer } from '../../feed/types.js';
import { allTexts, textOf } from '../../localization/text.js';
import { buildEntry, memoFold, search, type SearchEntry } from '../../search/match.js';

export interface DirectoryScope {
  /** Region id: officers of bodies in it and below it; empty for the whole feed. */
  readonly region: string;
  /** Also list central-level officers (their bodies serve the whole country). */
  readonly withCentral: boolean;
}

const LEVEL_ORDER: Readonly<Record<BodyLevel, number>> = {
  central: 0,
  regional: 1,
  'regional-department': 2,
  district: 3,
};

const indexes = new WeakMap<FeedModel, Map<Locale, readonly SearchEntry<Officer>[]>>();

/** Search entries for every officer of the feed: names, positions, bodies, region paths. */
export function officerEntries(model: FeedModel, locale: Locale): readonly SearchEntry<Officer>[] {
  let byLocale = indexes.get(model);
  if (!byLocale) {
    byLocale = new Map();
    indexes.set(model, byLocale);
  }
  let entries = byLocale.get(locale);
  if (!entries) {
    const fold = memoFold();
    entries = model.feed.officers.map((officer) => {
      const body = model.bodyOf(officer);
      const texts = [...allTexts(officer.name), ...allTexts(officer.position), ...allTexts(body?.name)];
      for (const region of model.pathOfBody(body)) texts.push(...allTexts(region.name), ...region.aliases);
      return buildEntry(officer, texts, body ? LEVEL_ORDER[body.level] : 9, textOf(officer.name, locale), fold);
    });
    byLocale.set(locale, entries);
  }
  return entries;
}

export function levelOf(model: FeedModel, officer: Officer): BodyLevel | undefined {
  return model.bodyOf(officer)?.level;
}

export function inScope(model: FeedModel, officer: Officer, scope: DirectoryScope): boolean {
  const body = model.bodyOf(officer);
  if (!body) return false;
  if (body.level === 'central') return scope.withCentral;
  return !scope.region || model.isWithin(body.region, scope.region);
}

/** Officers in scope matching the query, best first (search rank, then level, then name). */
export function findOfficers(model: FeedModel, scope: DirectoryScope, query: string, locale: Locale): Officer[] {
  const entries = officerEntries(model, locale);
  return search(entries, query, { locale }).filter((officer) => inScope(model, officer, scope));
}

export interface OfficerGroup {
  readonly level: BodyLevel;
  readonly officers: readonly Officer[];
}

/** Groups by level in the order central, regional, regional departments, districts. */
export function groupByLevel(model: FeedModel, officers: readonly Officer[]): OfficerGroup[] {
  return BODY_LEVELS.map((level) => ({ level, officers: officers.filter((o) => levelOf(model, o) === level) }))
    .filter((group) => group.officers.length > 0);
}
