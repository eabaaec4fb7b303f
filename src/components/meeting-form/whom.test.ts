import { expect } from '@open-wc/testing';
import { FeedModel } from '../../feed/model.js';
import { validateFeed } from '../../feed/validate.js';
import { tinyFeed } from '../../../test/support/feeds.js';
import { EMPTY_VALUES } from './request.js';
import { addDays, bodiesServing, freeDateRange, isIsoDate, kzToday, receptionDates, resolveWhom } from './whom.js';

function model(edit: (feed: Record<string, any>) => void = () => {}): FeedModel {
  const feed = tinyFeed();
  edit(feed);
  return new FeedModel(validateFeed(feed, 'https://example.kz/feed.json').feed, 'https://example.kz/feed.json');
}

describe('meeting form: whom and when', () => {
  it('offers the region\u2019s own akimat first, then those above it', () => {
    expect(bodiesServing(model(), '631000000').map((b) => b.id)).to.deep.equal(['oskemen-akimat', 'vko-akimat']);
  });

  it('offers bodies inside a region, and central bodies last, but only those with officers', () => {
    const m = model((feed) => {
      feed.bodies.push({ id: 'ministry', region: null, level: 'central', name: 'Ministry' }, { id: 'empty', region: '630000000', level: 'regional-department', name: 'Nobody' });
      feed.officers.push({ id: 'o-3', body: 'ministry', name: 'Officer', position: 'Adviser', phones: [], reception: [] });
    });
    expect(bodiesServing(m, '630000000').map((b) => b.id)).to.deep.equal(['vko-akimat', 'oskemen-akimat', 'ministry']);
    expect(bodiesServing(m, 'nowhere')).to.deep.equal([]);
  });

  it('shows a named officer as a summary, and the steps when choosing', () => {
    const m = model();
    const named = resolveWhom(m, { ...EMPTY_VALUES, officer: 'o-1' }, false);
    expect(named).to.include({ mode: 'summary', missing: null, region: '630000000' });
    expect(named.body!.id).to.equal('vko-akimat');
    const choosing = resolveWhom(m, { ...EMPTY_VALUES, officer: 'o-1' }, true);
    expect(choosing).to.include({ mode: 'choose', missing: 'region' });
  });

  it('counts a single body or officer on offer as chosen', () => {
    const m = model();
    const whom = resolveWhom(m, { ...EMPTY_VALUES, region: '631000000', body: 'oskemen-akimat' }, true);
    expect(whom.officer!.id).to.equal('o-2');
    expect(whom.missing).to.equal(null);
    expect(resolveWhom(m, { ...EMPTY_VALUES, region: '631000000' }, true).missing).to.equal('body');
  });

  it('lists reception days from tomorrow, in Kazakhstan time', () => {
    // 2026-11-23 19:30 UTC is already Tuesday 24 November, 00:30 in Kazakhstan.
    const now = new Date('2026-11-23T19:30:00Z');
    expect(kzToday(now)).to.equal('2026-11-24');
    const dates = receptionDates([{ day: 2, from: '15:00', to: '18:00' }, { day: 4, from: '10:00', to: '12:00' }], now, 2);
    expect(dates.map((d) => d.date)).to.deep.equal(['2026-11-26', '2026-12-01', '2026-12-03', '2026-12-08']);
    expect(receptionDates([], now)).to.deep.equal([]);
  });

  it('knows real dates and the free range', () => {
    expect(isIsoDate('2028-02-29')).to.equal(true);
    expect(isIsoDate('2027-02-29')).to.equal(false);
    expect(isIsoDate('1.12.2026')).to.equal(false);
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(freeDateRange(new Date('2026-11-21T10:00:00Z'))).to.deep.equal({ min: '2026-11-22', max: '2027-05-23' });
  });
});
