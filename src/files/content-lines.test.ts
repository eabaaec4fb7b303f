import { expect } from '@open-wc/testing';
import { escapeValue, fileBaseName, foldLine } from './content-lines.js';

describe('content lines (vCard and iCalendar)', () => {
  it('escapes backslashes, commas, semicolons and line breaks', () => {
    expect(escapeValue('a\\b, c; d\r\ne\nf')).to.equal('a\\\\b\\, c\\; d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a Cyrillic character', () => {
    const line = `NOTE:${'Өскемен '.repeat(20)}`;
    const folded = foldLine(line);
    const encoder = new TextEncoder();
    for (const physical of folded.split('\r\n')) expect(encoder.encode(physical).length).to.be.at.most(75);
    expect(folded.split('\r\n').slice(1).every((l) => l.startsWith(' '))).to.equal(true);
    expect(folded.replace(/\r\n /g, '')).to.equal(line);
  });

  it('makes file names safe on every system, with a fallback', () => {
    expect(fileBaseName('Ермеков Д. М. / ВКО: "совет"?', 'contact')).to.equal('Ермеков Д. М. ВКО совет');
    expect(fileBaseName('  <>  ', 'contact')).to.equal('contact');
  });
});
