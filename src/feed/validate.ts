/**
 * The one place where a published feed enters: untrusted JSON in, typed `Feed` out.
 *
 * A document that is not a v1 feed throws a `FeedError`. Inside it, a record that breaks the
 * contract is dropped and a field that is merely unusable (an unsafe URL, a malformed phone)
 * is removed; each is described by a `FeedProblem` so the client can warn once and the
 * validator CLI can list them. Dangling references and region cycles are mended, never fatal.
 */
import { FeedError, FeedErrorKind } from './errors.js';
import {
  isObject, readDateTime, readEmail, readEnum, readId, readList, readPhones, readText, readTime,
  readUrl, type Raw, type Reporter,
} from './read.js';
import { wellFormed } from './unicode.js';
import { runNow, type Steps } from './steps.js';
import {
  BODY_LEVELS, REGION_KINDS,
  type Body, type Collection, type Council, type CouncilMember, type Feed, type FeedProblem,
  type Meeting, type Officer, type Person, type Publisher, type ReceptionSlot, type Region,
} from './types.js';

export interface ValidatedFeed {
  readonly feed: Feed;
  readonly problems: readonly FeedProblem[];
}

type RecordReader<T> = (raw: Raw, report: Reporter) => T | undefined;

/** Reports a missing or wrong required field and gives up on the record. */
class Rejected extends Error {}

function required<T>(value: T | undefined, field: string, report: Reporter): T {
  if (value === undefined) {
    report.field(field, 'missing or invalid (required)');
    throw new Rejected(field);
  }
  return value;
}

const readRegion: RecordReader<Region> = (raw, report) => {
  const parentRaw = raw['parent'];
  const parent = parentRaw === null || parentRaw === undefined ? null : readId(parentRaw);
  const aliases = readList(raw['aliases'], 'aliases', report, (item) =>
    typeof item === 'string' && item.trim() ? wellFormed(item.trim().slice(0, 200)) : undefined,
  );
  const iso = typeof raw['iso'] === 'string' && /^KZ-\d{2}$/.test(raw['iso']) ? raw['iso'] : undefined;
  return {
    id: required(readId(raw['id']), 'id', report),
    parent: required(parent, 'parent', report),
    kind: required(readEnum(raw['kind'], REGION_KINDS), 'kind', report),
    name: required(readText(raw['name'], 'name', report), 'name', report),
    aliases,
    ...(iso ? { iso } : {}),
  };
};

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

const readBody: RecordReader<Body> = (raw, report) => {
  const region = raw['region'] === null || raw['region'] === undefined ? null : readId(raw['region']);
  return {
    id: required(readId(raw['id']), 'id', report),
    region: required(region, 'region', report),
    level: required(readEnum(raw['level'], BODY_LEVELS), 'level', report),
    name: required(readText(raw['name'], 'name', report), 'name', report),
    phones: readPhones(raw['phones'], 'phones', report),
    ...optional('url', readUrl(raw['url'], 'url', report)),
    ...optional('address', readText(raw['address'], 'address', report)),
    ...optional('email', readEmail(raw['email'], 'email', report)),
  };
};

function readSlot(item: unknown, path: string, report: Reporter): ReceptionSlot | undefined {
  if (!isObject(item)) return void report.field(path, 'expected {day, from, to}');
  const day = typeof item['day'] === 'number' && Number.isInteger(item['day']) ? item['day'] : NaN;
  const from = readTime(item['from']);
  const to = readTime(item['to']);
  if (!(day >= 1 && day <= 7) || !from || !to || from >= to) {
    return void report.field(path, 'expected day 1–7 and from < to as HH:MM');
  }
  return {
    day, from, to,
    ...optional('place', readText(item['place'], `${path}.place`, report)),
    ...optional('note', readText(item['note'], `${path}.note`, report)),
  };
}

const readOfficer: RecordReader<Officer> = (raw, report) => ({
  id: required(readId(raw['id']), 'id', report),
  body: required(readId(raw['body']), 'body', report),
  name: required(readText(raw['name'], 'name', report), 'name', report),
  position: required(readText(raw['position'], 'position', report), 'position', report),
  phones: readPhones(raw['phones'], 'phones', report),
  reception: readList(raw['reception'], 'reception', report, (item, path) => readSlot(item, path, report)),
  ...optional('email', readEmail(raw['email'], 'email', report)),
  ...optional('photo', readUrl(raw['photo'], 'photo', report)),
  ...optional('address', readText(raw['address'], 'address', report)),
  ...optional('note', readText(raw['note'], 'note', report)),
});

function readPerson(item: unknown, path: string, report: Reporter): Person | undefined {
  if (!isObject(item)) return void report.field(path, 'expected {name, organization}');
  const name = readText(item['name'], `${path}.name`, report);
  if (name === undefined) return void report.field(`${path}.name`, 'missing (required)');
  return {
    name,
    ...optional('organization', readText(item['organization'], `${path}.organization`, report)),
    ...optional('role', readText(item['role'], `${path}.role`, report)),
  };
}

function readMeeting(item: unknown, path: string, report: Reporter): Meeting | undefined {
  if (!isObject(item)) return void report.field(path, 'expected {date, agenda, protocol}');
  const date = readDateTime(item['date']);
  if (!date) return void report.field(`${path}.date`, 'expected an ISO date-time');
  return {
    date,
    ...optional('agenda', readText(item['agenda'], `${path}.agenda`, report)),
    ...optional('place', readText(item['place'], `${path}.place`, report)),
    ...optional('protocol', readUrl(item['protocol'], `${path}.protocol`, report)),
  };
}

const readCouncil: RecordReader<Council> = (raw, report) => ({
  id: required(readId(raw['id']), 'id', report),
  body: required(readId(raw['body']), 'body', report),
  name: required(readText(raw['name'], 'name', report), 'name', report),
  members: readList(raw['members'], 'members', report, (item, path): CouncilMember | undefined => {
    const person = readPerson(item, path, report);
    return person && { ...person, civilSociety: isObject(item) && item['civilSociety'] === true };
  }),
  meetings: readList(raw['meetings'], 'meetings', report, (item, path) => readMeeting(item, path, report)),
  phones: readPhones(raw['phones'], 'phones', report),
  ...optional('description', readText(raw['description'], 'description', report)),
  ...optional('chair', raw['chair'] == null ? undefined : readPerson(raw['chair'], 'chair', report)),
  ...optional('email', readEmail(raw['email'], 'email', report)),
  ...optional('url', readUrl(raw['url'], 'url', report)),
});

/** Records read between two points where the page may get its turn (see steps.ts). */
const STEP = 100;

function* readCollection<T extends { id: string }>(
  doc: Raw, collection: Collection, base: string, problems: FeedProblem[], reader: RecordReader<T>,
): Steps<T[]> {
  const list = doc[collection];
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    problems.push({ collection, record: null, field: collection, message: 'expected a list', effect: 'dropped' });
    return [];
  }
  const seen = new Set<string>();
  const out: T[] = [];
  for (let index = 0; index < list.length; index++) {
    if (index % STEP === STEP - 1) yield;
    const raw: unknown = list[index];
    const record = isObject(raw) ? (readId(raw['id']) ?? index) : index;
    const report: Reporter = {
      base,
      field: (field, message) => problems.push({ collection, record, field, message, effect: 'mended' }),
    };
    const mark = problems.length;
    let item: T | undefined;
    try {
      item = isObject(raw) ? reader(raw, report) : void report.field('', 'expected an object');
    } catch (error) {
      if (!(error instanceof Rejected)) throw error;
    }
    if (item && seen.has(item.id)) {
      report.field('id', `duplicate id "${item.id}"; the first record with it is kept`);
      item = undefined;
    }
    if (item) {
      seen.add(item.id);
      out.push(item);
    } else {
      // Whatever was reported about a record we drop is the reason it was dropped.
      for (let i = mark; i < problems.length; i++) problems[i] = { ...problems[i]!, effect: 'dropped' };
    }
  }
  return out;
}

/** Cuts parents that do not exist or that lead round in a circle: those regions become top-level. */
function mendRegionTree(regions: Region[], problems: FeedProblem[]): Region[] {
  const byId = new Map(regions.map((region) => [region.id, region]));
  const cut = new Set<string>();
  for (const region of regions) {
    if (region.parent === null) continue;
    if (!byId.has(region.parent)) {
      cut.add(region.id);
      problems.push({ collection: 'regions', record: region.id, field: 'parent', message: `unknown parent "${region.parent}"; shown as top-level`, effect: 'mended' });
      continue;
    }
    // Only a region whose chain comes back to itself is cut. A chain that runs into a cycle
    // above it stops there: that cycle is cut when its own first member comes up, and this
    // region keeps its (then valid) parent.
    const visited = new Set<string>([region.id]);
    for (let at = byId.get(region.parent); at && at.parent !== null && !cut.has(at.id); at = byId.get(at.parent)) {
      if (at.parent === region.id) {
        cut.add(region.id);
        problems.push({ collection: 'regions', record: region.id, field: 'parent', message: 'parent chain forms a cycle; shown as top-level', effect: 'mended' });
        break;
      }
      if (visited.has(at.id)) break;
      visited.add(at.id);
    }
  }
  return capDepth(cut.size ? regions.map((region) => (cut.has(region.id) ? { ...region, parent: null } : region)) : regions, problems);
}

/**
 * Deeper than any real administrative tree (oblast › district › rural district › village is
 * four levels). A feed that nests regions deeper (a generated chain, a parent typo repeated)
 * would make every region path, and every picker option that shows one, grow with it.
 */
export const MAX_REGION_DEPTH = 10;

/** Cuts the tree below MAX_REGION_DEPTH: a region that would sit deeper starts a new top level. */
function capDepth(regions: Region[], problems: FeedProblem[]): Region[] {
  const children = new Map<string, Region[]>();
  for (const region of regions) {
    if (region.parent === null) continue;
    const siblings = children.get(region.parent);
    if (siblings) siblings.push(region);
    else children.set(region.parent, [region]);
  }
  const cut = new Set<string>();
  // Breadth first from the top-level regions; the tree is acyclic and complete by now.
  const queue: [Region, number][] = regions.filter((r) => r.parent === null).map((r) => [r, 1]);
  for (let i = 0; i < queue.length; i++) {
    const [region, depth] = queue[i]!;
    for (const child of children.get(region.id) ?? []) {
      if (depth + 1 > MAX_REGION_DEPTH) {
        cut.add(child.id);
        problems.push({ collection: 'regions', record: child.id, field: 'parent', message: `more than ${MAX_REGION_DEPTH} levels deep; shown as top-level`, effect: 'mended' });
        queue.push([child, 1]);
      } else {
        queue.push([child, depth + 1]);
      }
    }
  }
  return cut.size ? regions.map((region) => (cut.has(region.id) ? { ...region, parent: null } : region)) : regions;
}

/** A record that points at an id the feed does not have is kept, with a warning. */
function warnDangling<T extends { id: string }>(
  items: readonly T[], collection: Collection, field: string, ref: (item: T) => string | null,
  known: ReadonlySet<string>, problems: FeedProblem[],
): void {
  for (const item of items) {
    const id = ref(item);
    if (id === null || known.has(id)) continue;
    problems.push({ collection, record: item.id, field, message: `unknown ${field} "${id}"`, effect: 'kept' });
  }
}

function readPublisher(value: unknown, base: string, problems: FeedProblem[]): Publisher | undefined {
  if (!isObject(value)) return undefined;
  const report: Reporter = { base, field: (field, message) => problems.push({ collection: 'feed', record: null, field: `publisher.${field}`, message, effect: 'mended' }) };
  const name = readText(value['name'], 'name', report);
  if (!name) return undefined;
  return {
    name,
    phones: readPhones(value['phones'], 'phones', report),
    ...optional('url', readUrl(value['url'], 'url', report)),
    ...optional('email', readEmail(value['email'], 'email', report)),
  };
}

/**
 * Validates a parsed feed document. `base` is the feed's absolute URL: relative URLs in
 * the feed resolve against it. Throws `FeedError` when the document is not a v1 feed.
 */
export function validateFeed(doc: unknown, base: string): ValidatedFeed {
  return runNow(validateFeedSteps(doc, base));
}

/** The same, in steps: the feed client runs them with `runInSteps`, giving the page its turns. */
export function* validateFeedSteps(doc: unknown, base: string): Steps<ValidatedFeed> {
  if (!isObject(doc)) throw new FeedError(FeedErrorKind.Format, 'The feed is not a JSON object.');
  if (doc['version'] !== 1) {
    throw new FeedError(FeedErrorKind.Version, `Unsupported feed version ${JSON.stringify(doc['version'] ?? null)}; expected 1.`);
  }
  if (!['regions', 'bodies', 'officers', 'councils'].some((key) => Array.isArray(doc[key]))) {
    throw new FeedError(FeedErrorKind.Format, 'The feed has none of regions, bodies, officers, councils.');
  }
  const problems: FeedProblem[] = [];
  const regions = mendRegionTree(yield* readCollection(doc, 'regions', base, problems, readRegion), problems);
  const regionIds = new Set(regions.map((r) => r.id));
  const bodies = yield* readCollection(doc, 'bodies', base, problems, readBody);
  const bodyIds = new Set(bodies.map((b) => b.id));
  const officers = yield* readCollection(doc, 'officers', base, problems, readOfficer);
  const councils = yield* readCollection(doc, 'councils', base, problems, readCouncil);
  yield;
  warnDangling(bodies, 'bodies', 'region', (b) => b.region, regionIds, problems);
  warnDangling(officers, 'officers', 'body', (o) => o.body, bodyIds, problems);
  warnDangling(councils, 'councils', 'body', (c) => c.body, bodyIds, problems);
  const updated = readDateTime(doc['updated']);
  const publisher = readPublisher(doc['publisher'], base, problems);
  return {
    feed: { version: 1, ...optional('updated', updated), ...optional('publisher', publisher), regions, bodies, officers, councils },
    problems,
  };
}

/** One console line per problem, naming collection, record and field. */
export function describeProblem(problem: FeedProblem): string {
  const where = problem.record === null ? problem.collection
    : typeof problem.record === 'number' ? `${problem.collection}[${problem.record}]`
    : `${problem.collection} "${problem.record}"`;
  const effect = problem.effect === 'dropped' ? 'record skipped' : problem.effect === 'mended' ? 'field ignored' : 'kept';
  return `${where}: ${problem.field ? `${problem.field}: ` : ''}${problem.message} (${effect})`;
}
