import { expect } from '@open-wc/testing';
import { validateFeed } from './validate.js';
import { FeedError } from './errors.js';
import { FeedModel } from './model.js';

const BASE = 'https://akimat.example.kz/data/feed.json';
const region = (id: string, parent: string | null, extra: object = {}) => ({ id, parent, kind: 'district', name: { ru: id }, ...extra });
const feed = (parts: object) => ({ version: 1, regions: [], bodies: [], officers: [], councils: [], ...parts });

describe('validateFeed', () => {
  it('rejects what is not a v1 feed with a typed error', () => {
    expect(() => validateFeed([], BASE)).to.throw(FeedError).with.property('kind', 'format');
    expect(() => validateFeed({ version: 2, regions: [] }, BASE)).to.throw(FeedError).with.property('kind', 'version');
    expect(() => validateFeed({ version: 1 }, BASE)).to.throw(FeedError).with.property('kind', 'format');
  });

  it('drops a record missing a required field and keeps the others', () => {
    const { feed: out, problems } = validateFeed(feed({ regions: [region('a', null), { id: 'b', parent: null, kind: 'nowhere', name: 'B' }, 'junk'] }), BASE);
    expect(out.regions.map((r) => r.id)).to.deep.equal(['a']);
    expect(problems.filter((p) => p.effect === 'dropped').map((p) => [p.record, p.field])).to.deep.include.members([['b', 'kind'], [2, '']]);
  });

  it('keeps the first of duplicate ids', () => {
    const { feed: out, problems } = validateFeed(feed({ regions: [region('a', null, { name: 'First' }), region('a', null, { name: 'Second' })] }), BASE);
    expect(out.regions).to.have.length(1);
    expect(out.regions[0]!.name).to.equal('First');
    expect(problems[0]!.message).to.contain('duplicate');
  });

  it('cuts unknown parents and cycles so the tree is always a tree', () => {
    const { feed: out, problems } = validateFeed(feed({ regions: [region('a', 'c'), region('b', 'a'), region('c', 'b'), region('d', 'nope'), region('e', 'e')] }), BASE);
    const model = new FeedModel(out, BASE);
    for (const r of out.regions) expect(model.path(r.id).length).to.be.within(1, 3);
    expect(out.regions.find((r) => r.id === 'd')!.parent).to.equal(null);
    expect(out.regions.find((r) => r.id === 'e')!.parent).to.equal(null);
    expect(problems.filter((p) => p.field === 'parent').length).to.be.greaterThan(2);
  });

  it('keeps an officer whose body is unknown, with a warning', () => {
    const { feed: out, problems } = validateFeed(feed({ officers: [{ id: 'o', body: 'ghost', name: 'N', position: 'P' }] }), BASE);
    expect(out.officers).to.have.length(1);
    expect(problems).to.deep.include({ collection: 'officers', record: 'o', field: 'body', message: 'unknown body "ghost"', effect: 'kept' });
  });

  it('links only http(s) and relative URLs, resolved against the feed', () => {
    const bodies = ['https://gov.kz/x', '/abs', 'rel/page', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' java\tscript:x', 'data:text/html,<b>', 'vbscript:x', 'https://user:pw@evil.example/']
      .map((url, i) => ({ id: `b${i}`, region: null, level: 'central', name: 'B', url }));
    const { feed: out } = validateFeed(feed({ bodies }), BASE);
    expect(out.bodies.map((b) => b.url ?? null)).to.deep.equal([
      'https://gov.kz/x', 'https://akimat.example.kz/abs', 'https://akimat.example.kz/data/rel/page', null, null, null, null, null, null,
    ]);
  });

  it('normalises phones to E.164 and drops what is not a Kazakhstan number', () => {
    const { feed: out, problems } = validateFeed(feed({
      officers: [{ id: 'o', body: 'b', name: 'N', position: 'P', phones: ['8 (7232) 12-34-56', '+7 701 123 45 67', '87015554433', '8(71455) 2-16-84', '12345', '+1 202 555 0101'] }],
    }), BASE);
    expect(out.officers[0]!.phones).to.deep.equal([
      { value: '+77232123456', display: '+7 7232 12-34-56' },
      { value: '+77011234567', display: '+7 701 123-45-67' },
      { value: '+77015554433', display: '+7 701 555-44-33' },
      { value: '+77145521684', display: '+7 71455 2-16-84' },
    ]);
    expect(problems.filter((p) => p.field.startsWith('phones['))).to.have.length(2);
  });

  it('reads texts as strings or per-language records and cuts huge ones', () => {
    const huge = 'я'.repeat(1_000_000);
    const { feed: out } = validateFeed(feed({ regions: [region('a', null, { name: { kk: 'Аудан', xx: 'ignored' } }), region('b', null, { name: huge })] }), BASE);
    expect(out.regions[0]!.name).to.deep.equal({ kk: 'Аудан' });
    expect((out.regions[1]!.name as string).length).to.be.lessThan(5000);
  });

  it('checks reception slots and meeting dates', () => {
    const { feed: out } = validateFeed(feed({
      officers: [{ id: 'o', body: 'b', name: 'N', position: 'P', reception: [{ day: 2, from: '15:00', to: '18:00' }, { day: 8, from: '10:00', to: '11:00' }, { day: 1, from: '12:00', to: '09:00' }] }],
      councils: [{ id: 'c', body: 'b', name: 'C', meetings: [{ date: '2026-12-05T10:00:00+05:00' }, { date: '2026-12-06 10:00' }, { date: '2026-12-07T10:00' }], members: [{ name: 'M', civilSociety: true }, { organization: 'no name' }] }],
    }), BASE);
    expect(out.officers[0]!.reception).to.deep.equal([{ day: 2, from: '15:00', to: '18:00' }]);
    expect(out.councils[0]!.meetings.map((m) => m.date)).to.deep.equal(['2026-12-05T10:00:00+05:00', '2026-12-07T10:00+05:00']);
    expect(out.councils[0]!.members).to.deep.equal([{ name: 'M', civilSociety: true }]);
  });
});
