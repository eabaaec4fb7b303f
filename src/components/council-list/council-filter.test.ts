import { expect } from '@open-wc/testing';
import { FeedModel } from '../../feed/model.js';
import { validateFeed } from '../../feed/validate.js';
import type { Council } from '../../feed/types.js';
import { NOW, councilFeed } from '../../../test/council-list/council-feed.js';
import {
  composition, councilIndex, councilsInScope, filterCouncils, matchingCouncils, nextMeeting, sortCouncils,
  splitMeetings,
} from './council-filter.js';

const BASE = 'https://akimat.example.kz/feed.json';
const modelOf = (doc: object) => new FeedModel(validateFeed(doc, BASE).feed, BASE);
const ids = (councils: Iterable<Council>) => [...councils].map((c) => c.id);

describe('councilsInScope', () => {
  const model = modelOf(councilFeed());

  it('takes a region with its sub-regions, and leaves out central bodies and other regions', () => {
    expect(ids(councilsInScope(model, { region: '630000000' }))).to.deep.equal(['c-vko', 'c-oskemen', 'c-health', 'c-glubokoe']);
    expect(ids(councilsInScope(model, { region: '631000000' }))).to.deep.equal(['c-oskemen']);
  });

  it('narrows to one body, within the region when both are given', () => {
    expect(ids(councilsInScope(model, { body: 'vko-health' }))).to.deep.equal(['c-health']);
    expect(ids(councilsInScope(model, { region: '630000000', body: 'vko-health' }))).to.deep.equal(['c-health']);
    expect(ids(councilsInScope(model, { region: '100000000', body: 'vko-health' }))).to.deep.equal([]);
  });

  it('gives every council without a scope, and none for an unknown region', () => {
    expect(councilsInScope(model, {})).to.have.length(6);
    expect(councilsInScope(model, { region: 'nowhere' })).to.have.length(0);
  });
});

describe('meetings against a clock', () => {
  const model = modelOf(councilFeed());
  const vko = model.councils.get('c-vko')!;

  it('finds the soonest meeting that is not over, whatever the feed order', () => {
    expect(nextMeeting(vko, NOW)?.date).to.equal('2026-12-05T10:00:00+05:00');
    expect(nextMeeting(vko, new Date('2026-12-06T00:00:00+05:00'))?.date).to.equal('2027-02-01T10:00:00+05:00');
    expect(nextMeeting(vko, new Date('2027-03-01T00:00:00+05:00'))).to.equal(undefined);
  });

  it('keeps a meeting in progress as the next one until its two hours are over', () => {
    expect(nextMeeting(vko, new Date('2026-12-05T11:30:00+05:00'))?.date).to.equal('2026-12-05T10:00:00+05:00');
    expect(nextMeeting(vko, new Date('2026-12-05T12:00:00+05:00'))?.date).to.equal('2027-02-01T10:00:00+05:00');
  });

  it('splits meetings into upcoming (soonest first) and past (latest first)', () => {
    const { upcoming, past } = splitMeetings(vko, NOW);
    expect(upcoming.map((m) => m.date.slice(0, 10))).to.deep.equal(['2026-12-05', '2027-02-01']);
    expect(past.map((m) => m.date.slice(0, 10))).to.deep.equal(['2026-09-10', '2026-06-15']);
  });

  it('counts members and the civil-society share', () => {
    expect(composition(vko)).to.deep.equal({ members: 12, civilSociety: 9 });
  });
});

describe('sortCouncils', () => {
  const model = modelOf(councilFeed());
  const all = councilsInScope(model, {});

  it('sorts by name in the chosen language', () => {
    expect(ids(sortCouncils(all, 'name', 'en', NOW))).to.deep.equal(['c-abai', 'c-vko', 'c-glubokoe', 'c-oskemen', 'c-health', 'c-ministry']);
    // Russian collation: Восточно… < Глубоковского < города < министерства < области < управления.
    expect(ids(sortCouncils(all, 'name', 'ru', NOW))).to.deep.equal(['c-vko', 'c-glubokoe', 'c-oskemen', 'c-ministry', 'c-abai', 'c-health']);
  });

  it('sorts by next meeting, soonest first, councils with none last by name', () => {
    expect(ids(sortCouncils(all, 'next-meeting', 'en', NOW))).to.deep.equal(['c-abai', 'c-oskemen', 'c-glubokoe', 'c-vko', 'c-health', 'c-ministry']);
  });

  it('moves with the clock', () => {
    const later = new Date('2026-11-24T09:00:00+05:00');
    expect(ids(sortCouncils(all, 'next-meeting', 'en', later)).slice(0, 3)).to.deep.equal(['c-oskemen', 'c-glubokoe', 'c-vko']);
  });
});

describe('council search', () => {
  const model = modelOf(councilFeed());

  it('builds the index once per feed model', () => {
    expect(councilIndex(model)).to.equal(councilIndex(model));
    expect(councilIndex(modelOf(councilFeed()))).not.to.equal(councilIndex(model));
  });

  it('finds councils by name in kk, ru, en and Kazakh Latin', () => {
    expect(ids(matchingCouncils(model, 'Өскемен')!)).to.include('c-oskemen');
    expect(ids(matchingCouncils(model, 'Усть-Каменогорск')!)).to.include('c-oskemen');
    expect(ids(matchingCouncils(model, 'oskemen')!)).to.include('c-oskemen');
    expect(ids(matchingCouncils(model, 'Öskemen')!)).to.include('c-oskemen');
    expect(ids(matchingCouncils(model, 'Şyğys Qazaqstan')!)).to.deep.equal(['c-vko']);
  });

  it('finds councils by body, chair, member and organization', () => {
    expect(ids(matchingCouncils(model, 'здравоохранения')!)).to.deep.equal(['c-health']);
    expect(ids(matchingCouncils(model, 'Омаров')!)).to.deep.equal(['c-vko']);
    expect(ids(matchingCouncils(model, 'Särsenova')!)).to.deep.equal(['c-vko']);
    expect(ids(matchingCouncils(model, 'Жаксыбеков')!)).to.deep.equal(['c-glubokoe']);
    expect(ids(matchingCouncils(model, 'Urban Initiatives')!)).to.deep.equal(['c-oskemen']);
  });

  it('treats an empty query as no search', () => {
    expect(matchingCouncils(model, '  ')).to.equal(null);
  });

  it('filters by level and query while keeping the given order', () => {
    const ordered = sortCouncils(councilsInScope(model, {}), 'name', 'en', NOW);
    expect(ids(filterCouncils(model, ordered, { level: 'district', query: '' }))).to.deep.equal(['c-glubokoe', 'c-oskemen']);
    expect(ids(filterCouncils(model, ordered, { level: 'regional', query: 'abai' }))).to.deep.equal(['c-abai']);
    expect(ids(filterCouncils(model, ordered, { level: 'central', query: 'abai' }))).to.deep.equal([]);
  });
});
