/**
 * Which officers a directory shows, in what order and groups, and the search index over
 * them. The index is built once per feed and locale (names fold once, not per keystroke),
 * after the first render and in slices (warmOfficerIndex): the list itself needs none of it.
 */
import type { FeedModel } from '../../feed/model.js';
import { BODY_LEVELS, type BodyLevel, type Locale, type Officer } from '../../feed/types.js';
import { allTexts, textOf } from '../../localization/text.js';
import { buildEntry, memoFold, search, type SearchEntry } from '../../search/match.js';
import { runInSteps, runNow, type Steps } from '../../feed/steps.js';

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

type ByLocale<T> = Map<Locale, T>;
const indexes = new WeakMap<FeedModel, ByLocale<readonly SearchEntry<Officer>[]>>();
const orders = new WeakMap<FeedModel, ByLocale<readonly SearchEntry<Officer>[]>>();
/** Indexes being built in slices: a keystroke that cannot wait finishes the same work. */
const building = new WeakMap<FeedModel, ByLocale<Steps<SearchEntry<Officer>[]>>>();

function cached<T>(store: WeakMap<FeedModel, ByLocale<T>>, model: FeedModel): ByLocale<T> {
  let byLocale = store.get(model);
  if (!byLocale) {
    byLocale = new Map();
    store.set(model, byLocale);
  }
  return byLocale;
}

/** The officers' search entries built in steps: folding 50,000 texts of a national feed is long. */
function* entrySteps(model: FeedModel, locale: Locale): Steps<SearchEntry<Officer>[]> {
  const fold = memoFold();
  const entries: SearchEntry<Officer>[] = [];
  for (const [index, officer] of model.feed.officers.entries()) {
    if (index % 100 === 99) yield;
    const body = model.bodyOf(officer);
    const texts = [...allTexts(officer.name), ...allTexts(officer.position), ...allTexts(body?.name)];
    for (const region of model.pathOfBody(body)) texts.push(...allTexts(region.name), ...region.aliases);
    entries.push(buildEntry(officer, texts, levelRank(model, officer), textOf(officer.name, locale), fold));
  }
  return entries;
}

const levelRank = (model: FeedModel, officer: Officer): number => {
  const body = model.bodyOf(officer);
  return body ? LEVEL_ORDER[body.level] : 9;
};

/** Search entries for every officer of the feed: names, positions, bodies, region paths. */
export function officerEntries(model: FeedModel, locale: Locale): readonly SearchEntry<Officer>[] {
  const byLocale = cached(indexes, model);
  let entries = byLocale.get(locale);
  if (!entries) {
    // Finish the slices under way, if any, rather than fold everything a second time.
    entries = runNow(cached(building, model).get(locale) ?? entrySteps(model, locale));
    byLocale.set(locale, entries);
  }
  return entries;
}

/**
 * Builds the search index in slices while the reader looks at the list, so that neither the
 * first render nor the first keystroke pays for all of it. A keystroke that comes first
 * finishes the rest at once (officerEntries).
 */
export function warmOfficerIndex(model: FeedModel, locale: Locale): Promise<void> {
  const inProgress = cached(building, model);
  if (cached(indexes, model).has(locale) || inProgress.has(locale)) return Promise.resolve();
  const steps = entrySteps(model, locale);
  inProgress.set(locale, steps);
  return runInSteps(steps).then((entries) => {
    inProgress.delete(locale);
    // Undefined when a keystroke finished the steps first (and stored the entries itself).
    const byLocale = cached(indexes, model);
    if (entries && !byLocale.has(locale)) byLocale.set(locale, entries);
  });
}

/** The list without a query needs only each officer's level and name, not the folded texts. */
function orderEntries(model: FeedModel, locale: Locale): readonly SearchEntry<Officer>[] {
  const byLocale = cached(orders, model);
  let entries = byLocale.get(locale);
  if (!entries) {
    entries = model.feed.officers.map((officer) => buildEntry(officer, [], levelRank(model, officer), textOf(officer.name, locale)));
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
  const entries = query.trim() ? officerEntries(model, locale) : orderEntries(model, locale);
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
