/**
 * Which councils the list shows and in what order: the region/body scope, the level filter,
 * the search, the next meeting against a clock, and the two sort orders. Pure apart from
 * per-model caches, so tests can feed it a model and a fixed clock.
 *
 * Cost model (3,000 councils): folding every name is the expensive part and happens once per
 * FeedModel (the search index, cached in a WeakMap keyed by the model). Per keystroke only
 * the query is folded and the stored keys are scanned; the sorted order is computed once per
 * scope, sort, locale and clock minute by the element, not per keystroke.
 */
import type { FeedModel } from '../../feed/model.js';
import type { BodyLevel, Council, Meeting } from '../../feed/types.js';
import { BODY_LEVELS } from '../../feed/types.js';
import type { Locale } from '../../localization/locale.js';
import { intlTag } from '../../localization/locale.js';
import { allTexts, textOf } from '../../localization/text.js';
import { buildEntry, prepareQuery, rankEntry, type SearchEntry } from '../../search/match.js';

export const COUNCIL_SORTS = ['name', 'next-meeting'] as const;
export type CouncilSort = (typeof COUNCIL_SORTS)[number];

export const LEVEL_FILTERS = ['all', ...BODY_LEVELS] as const;
export type LevelFilter = 'all' | BodyLevel;

/** A meeting is "next" until it is over: feeds give no end time, so this long. */
export const DEFAULT_MEETING_MINUTES = 120;
const MINUTE = 60_000;

export interface CouncilScope {
  /** Region id: councils of bodies in it and in its sub-regions. Empty: no limit. */
  readonly region?: string;
  /** Body id: only that body's councils. Empty: no limit. */
  readonly body?: string;
}

/**
 * The councils in scope, in feed order. An unknown region or body gives none (the caller
 * shows the empty state); central bodies (no region) fall outside every region.
 */
export function councilsInScope(model: FeedModel, scope: CouncilScope): readonly Council[] {
  const region = scope.region?.trim() ?? '';
  const body = scope.body?.trim() ?? '';
  const candidates = body ? model.councilsOfBody(body) : model.feed.councils;
  if (!region) return candidates;
  const within = model.subtree(region);
  return candidates.filter((council) => {
    const home = model.bodyOf(council)?.region;
    return home != null && within.has(home);
  });
}

export function levelOf(model: FeedModel, council: Council): BodyLevel | undefined {
  return model.bodyOf(council)?.level;
}

export function isLevelFilter(value: unknown): value is LevelFilter {
  return typeof value === 'string' && (LEVEL_FILTERS as readonly string[]).includes(value);
}

export function isCouncilSort(value: unknown): value is CouncilSort {
  return typeof value === 'string' && (COUNCIL_SORTS as readonly string[]).includes(value);
}

// --- meetings --------------------------------------------------------------------------

/** The instant a meeting starts; feed dates carry their offset (validation adds +05:00). */
export function meetingStart(meeting: Meeting): number {
  return Date.parse(meeting.date);
}

export function meetingEnd(meeting: Meeting): number {
  return meetingStart(meeting) + DEFAULT_MEETING_MINUTES * MINUTE;
}

export interface CouncilMeetings {
  /** Not over yet (in progress or ahead), soonest first. The first is "the next meeting". */
  readonly upcoming: readonly Meeting[];
  /** Over, most recent first. */
  readonly past: readonly Meeting[];
}

export function splitMeetings(council: Council, now: Date | number): CouncilMeetings {
  const at = +now;
  const upcoming: Meeting[] = [];
  const past: Meeting[] = [];
  for (const meeting of council.meetings) {
    if (Number.isNaN(meetingStart(meeting))) continue;
    (meetingEnd(meeting) > at ? upcoming : past).push(meeting);
  }
  upcoming.sort((a, b) => meetingStart(a) - meetingStart(b));
  past.sort((a, b) => meetingStart(b) - meetingStart(a));
  return { upcoming, past };
}

export function nextMeeting(council: Council, now: Date | number): Meeting | undefined {
  const at = +now;
  let best: Meeting | undefined;
  for (const meeting of council.meetings) {
    const start = meetingStart(meeting);
    if (meetingEnd(meeting) > at && (best === undefined || start < meetingStart(best))) best = meeting;
  }
  return best;
}

// --- sorting ---------------------------------------------------------------------------

const collators = new Map<string, Intl.Collator>();

function collator(locale: Locale): Intl.Collator {
  let found = collators.get(locale);
  if (!found) {
    found = new Intl.Collator(intlTag(locale), { numeric: true, sensitivity: 'base' });
    collators.set(locale, found);
  }
  return found;
}

/**
 * A sorted copy. By name: the name in `locale` (its fallback when missing), collated for
 * that locale. By next meeting: soonest first, councils with nothing scheduled last (by
 * name among themselves), so "when do they meet next" reads from the top.
 */
export function sortCouncils(
  councils: readonly Council[],
  sort: CouncilSort,
  locale: Locale,
  now: Date | number,
): Council[] {
  const compare = collator(locale).compare;
  // Keys computed once per council, not once per comparison.
  const keyed = councils.map((council, index) => {
    const next = sort === 'next-meeting' ? nextMeeting(council, now) : undefined;
    return {
      council,
      index,
      name: textOf(council.name, locale),
      next: sort === 'name' ? 0 : next ? meetingStart(next) : Infinity,
    };
  });
  keyed.sort((a, b) => {
    if (a.next !== b.next) return a.next < b.next ? -1 : 1;
    return compare(a.name, b.name) || a.index - b.index;
  });
  return keyed.map((k) => k.council);
}

// --- search ----------------------------------------------------------------------------

/** Everything a person might type to find a council: its names, its body, its people. */
export function searchTexts(model: FeedModel, council: Council): string[] {
  const texts = [...allTexts(council.name), ...allTexts(model.bodyOf(council)?.name)];
  for (const person of [...(council.chair ? [council.chair] : []), ...council.members]) {
    texts.push(...allTexts(person.name), ...allTexts(person.organization));
  }
  return texts;
}

const indexes = new WeakMap<FeedModel, readonly SearchEntry<Council>[]>();

/** The folded search index of every council in the feed; built once per model. */
export function councilIndex(model: FeedModel): readonly SearchEntry<Council>[] {
  let index = indexes.get(model);
  if (!index) {
    // sortName is unused (the list has its own sort orders) but kept meaningful.
    index = model.feed.councils.map((council) => buildEntry(council, searchTexts(model, council), 0, textOf(council.name, 'ru')));
    indexes.set(model, index);
  }
  return index;
}

/** Councils matching `query` (any script, any spelling the matcher folds); null for an empty query. */
export function matchingCouncils(model: FeedModel, query: string): ReadonlySet<Council> | null {
  const prepared = prepareQuery(query);
  if (prepared.key === '') return null;
  const hits = new Set<Council>();
  for (const entry of councilIndex(model)) {
    if (rankEntry(entry, prepared) !== null) hits.add(entry.item);
  }
  return hits;
}

export interface CouncilFilter {
  readonly level: LevelFilter;
  readonly query: string;
}

/** Narrows an already sorted list by level and search; the order is kept. */
export function filterCouncils(model: FeedModel, ordered: readonly Council[], filter: CouncilFilter): Council[] {
  const hits = matchingCouncils(model, filter.query);
  return ordered.filter(
    (council) => (filter.level === 'all' || levelOf(model, council) === filter.level) && (hits === null || hits.has(council)),
  );
}

/** Members, and how many of them come from civil society. */
export function composition(council: Council): { members: number; civilSociety: number } {
  return { members: council.members.length, civilSociety: council.members.filter((m) => m.civilSociety).length };
}
