/**
 * Puts one payload into every text and URL field of a feed (and into the ids of the first
 * officer and council), to see what each widget does with it. Returns the feed and how many
 * fields now carry the payload.
 */
type Doc = Record<string, any>;

export interface Poisoned {
  readonly feed: Doc;
  readonly placements: number;
  /** The id the first officer now has (the payload itself when it fits an id). */
  readonly officerId: string;
}

export function poisonFeed(valid: Doc, payload: string): Poisoned {
  const feed = structuredClone(valid);
  let placements = 0;
  // Half the records get a plain string, half a per-language text: both paths render.
  let flip = false;
  const text = (): unknown => {
    placements += 1;
    flip = !flip;
    return flip ? payload : { kk: payload, ru: payload, en: payload };
  };
  const url = (): string => {
    placements += 1;
    return payload;
  };
  const contacts = (record: Doc): void => {
    record['email'] = url();
    record['phones'] = [url()];
  };
  const person = (p: Doc): void => {
    p['name'] = text();
    p['organization'] = text();
    p['role'] = text();
  };

  feed.publisher = { name: text(), url: url() };
  contacts(feed.publisher);
  for (const region of feed.regions) {
    region.name = text();
    region.aliases = [url()];
  }
  for (const body of feed.bodies) {
    body.name = text();
    body.address = text();
    body.url = url();
    contacts(body);
  }
  for (const officer of feed.officers) {
    officer.name = text();
    officer.position = text();
    officer.address = text();
    officer.note = text();
    officer.photo = url();
    contacts(officer);
    for (const slot of officer.reception ?? []) {
      slot.place = text();
      slot.note = text();
    }
  }
  for (const council of feed.councils) {
    council.name = text();
    council.description = text();
    council.url = url();
    contacts(council);
    if (council.chair) person(council.chair);
    for (const member of council.members ?? []) person(member);
    for (const meeting of council.meetings ?? []) {
      meeting.agenda = text();
      meeting.place = text();
      meeting.protocol = url();
    }
  }
  // Ids end up in DOM ids, aria references and calendar UIDs.
  const fitsId = payload.trim().length > 0 && payload.trim().length <= 200;
  if (fitsId) {
    feed.officers[0].id = payload;
    feed.councils[0].id = payload;
    placements += 2;
  }
  return { feed, placements, officerId: fitsId ? payload.trim() : feed.officers[0].id };
}
