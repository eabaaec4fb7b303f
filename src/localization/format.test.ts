import { expect } from '@open-wc/testing';
import { setLocale } from './locale.js';
import { formatDate, formatDateTime, formatNumber, kzWeekTime, plural, weekdayName } from './format.js';

describe('format (Kazakhstan time, page locale)', () => {
  after(() => setLocale('en'));

  it('reads wall-clock time in UTC+5 whatever the browser zone data says', () => {
    // 2026-11-24T19:30Z is 00:30 on Wednesday in Kazakhstan.
    expect(kzWeekTime(new Date('2026-11-24T19:30:00Z'))).to.deep.equal({ day: 3, minutes: 30 });
    expect(kzWeekTime(new Date('2026-11-29T18:59:00Z'))).to.deep.equal({ day: 7, minutes: 23 * 60 + 59 });
  });

  it('writes Kazakh dates and weekdays with Kazakh words, not the browser fallback', async () => {
    await setLocale('kk');
    expect(weekdayName(1)).to.equal('дүйсенбі');
    expect(weekdayName(7)).to.equal('жексенбі');
    expect(formatDateTime('2026-12-05T10:00:00+05:00')).to.equal('2026 ж. 5 желтоқсан, 10:00');
    expect(formatDate('2027-01-15T23:30:00+05:00', 'medium')).to.equal('15.01.2027');
    expect(formatNumber(3002)).to.equal('3\u00a0002');
  });

  it('writes Russian and English dates through Intl, in Kazakhstan time', async () => {
    await setLocale('ru');
    expect(weekdayName(2)).to.equal('вторник');
    expect(formatDateTime('2026-12-05T05:00:00Z')).to.equal('5 декабря 2026 г. в 10:00');
    await setLocale('en');
    expect(formatDateTime('2026-12-05T10:00:00+05:00')).to.equal('5 December 2026 at 10:00');
    expect(formatNumber(3002)).to.equal('3,002');
  });

  it('picks plural sentences by the locale’s rules', async () => {
    const forms = { one: 'one', few: 'few', many: 'many', other: 'other' };
    await setLocale('ru');
    expect([1, 3, 5, 21, 1.5].map((n) => plural(n, forms))).to.deep.equal(['one', 'few', 'many', 'one', 'other']);
    await setLocale('kk');
    expect([1, 3, 5].map((n) => plural(n, forms))).to.deep.equal(['one', 'other', 'other']);
  });
});
