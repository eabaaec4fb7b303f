import { expect } from '@open-wc/testing';
import { buildIcs, icsFileName, icsText, icsUid, icsUtc } from './ics.js';

const NOW = new Date('2026-11-22T09:00:00+05:00');
const unfold = (ics: string) => ics.replace(/\r\n /g, '');
const line = (ics: string, name: string) => unfold(ics).split('\r\n').find((l) => l.startsWith(`${name}:`));

describe('buildIcs', () => {
  const event = {
    owner: 'c-vko',
    start: '2026-12-05T10:00:00+05:00',
    summary: 'Public Council of East Kazakhstan Region',
    description: 'Report; budget, 2027\nOther \\ business',
    location: 'Oskemen, hall 2',
    url: 'https://example.kz/council',
  };

  it('is one VCALENDAR with one VEVENT, CRLF line ends and a final CRLF', () => {
    const ics = buildIcs(event, NOW);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).to.be.true;
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).to.be.true;
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(1);
  });

  it('writes 10:00 Kazakhstan time (+05:00) as 05:00 UTC, two hours long, stamped with the clock', () => {
    const ics = buildIcs(event, NOW);
    expect(line(ics, 'DTSTART')).to.equal('DTSTART:20261205T050000Z');
    expect(line(ics, 'DTEND')).to.equal('DTEND:20261205T070000Z');
    expect(line(ics, 'DTSTAMP')).to.equal('DTSTAMP:20261122T040000Z');
  });

  it('converts other offsets and a custom duration correctly', () => {
    const ics = buildIcs({ ...event, start: '2026-12-31T23:30:00+06:00', durationMinutes: 90 }, NOW);
    expect(line(ics, 'DTSTART')).to.equal('DTSTART:20261231T173000Z');
    expect(line(ics, 'DTEND')).to.equal('DTEND:20261231T190000Z');
  });

  it('escapes backslash, semicolon, comma and newlines in TEXT and drops control characters', () => {
    const ics = buildIcs({ ...event, location: 'Hall\u0007 2' }, NOW);
    expect(line(ics, 'DESCRIPTION')).to.equal('DESCRIPTION:Report\\; budget\\, 2027\\nOther \\\\ business');
    expect(line(ics, 'LOCATION')).to.equal('LOCATION:Hall 2');
    expect(icsText('a\r\nb\rc')).to.equal('a\\nb\\nc');
  });

  it('folds long lines at 75 octets without splitting a Cyrillic letter', () => {
    const summary = 'Шығыс Қазақстан облысының қоғамдық кеңесі — отырыс '.repeat(3);
    const ics = buildIcs({ ...event, summary }, NOW);
    const encoder = new TextEncoder();
    for (const physical of ics.split('\r\n')) expect(encoder.encode(physical).length).to.be.at.most(75);
    expect(line(ics, 'SUMMARY')).to.equal(`SUMMARY:${summary}`);
    expect(ics).not.to.contain('\uFFFD');
  });

  it('leaves out DESCRIPTION, LOCATION and URL when the feed has none', () => {
    const ics = buildIcs({ owner: 'x', start: event.start, summary: 'Council' }, NOW);
    expect(ics).not.to.match(/^(DESCRIPTION|LOCATION|URL):/m);
    expect(line(ics, 'URL')).to.equal(undefined);
    expect(line(buildIcs(event, NOW), 'URL')).to.equal('URL:https://example.kz/council');
  });

  it('gives the same meeting the same UID, and different meetings different ones', () => {
    const a = line(buildIcs(event, NOW), 'UID');
    const b = line(buildIcs(event, new Date('2027-01-01T00:00:00Z')), 'UID');
    expect(a).to.equal(b);
    expect(a).to.equal(`UID:${icsUid('c-vko', event.start)}`);
    expect(icsUid('c-vko', '2026-12-06T10:00:00+05:00')).not.to.equal(icsUid('c-vko', event.start));
    expect(icsUid('a b;c', event.start)).to.match(/^council-a%20b%3Bc-20261205T050000Z@/);
  });

  it('refuses a date it cannot read instead of writing a wrong time', () => {
    expect(() => buildIcs({ ...event, start: 'soon' }, NOW)).to.throw(RangeError);
  });
});

describe('icsUtc and icsFileName', () => {
  it('formats instants as basic UTC', () => {
    expect(icsUtc(Date.UTC(2026, 0, 2, 3, 4, 5))).to.equal('20260102T030405Z');
  });

  it('names the file after the council and the Kazakhstan date, safe for every OS', () => {
    expect(icsFileName('Council: "North/South"', '2026-12-05T10:00:00+05:00')).to.equal('Council North South 2026-12-05.ics');
    // 23:30 UTC on 4 December is 04:30 on 5 December in Kazakhstan.
    expect(icsFileName('Кеңес', '2026-12-04T23:30:00Z')).to.equal('Кеңес 2026-12-05.ics');
  });
});
