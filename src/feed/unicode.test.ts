import { expect } from '@open-wc/testing';
import { byPattern, isWellFormed, wellFormed } from './unicode.js';

// Names as feeds spell them, and the broken strings a careless export produces: a pair cut in
// half by a 255-character limit, a stray low half, a pair in the wrong order.
const SAMPLES = [
  'Әсел Жүнісова', 'Айгуль Нурланова', '', '👩‍💼 Ғалия', 'a\ud83d', '\ude00b', '\ude00\ud83d', 'x\ud83d\ude00y',
  '\ud800\ud800\udc00', '\udbff', 'ok\udc00\ud800ok',
];

describe('lone surrogates', () => {
  it('are replaced by U+FFFD, and whole characters are kept', () => {
    expect(wellFormed('a\ud83d')).to.equal('a\ufffd');
    expect(wellFormed('\ud800\ud800\udc00')).to.equal('\ufffd\ud800\udc00');
    expect(wellFormed('👩‍💼 Ғалия')).to.equal('👩‍💼 Ғалия');
    expect(isWellFormed('x\ud83d\ude00y')).to.equal(true);
    expect(isWellFormed('\ude00\ud83d')).to.equal(false);
    // What the widgets need it for: these would throw on a broken string.
    expect(() => encodeURIComponent(wellFormed('ok\udc00\ud800ok'))).not.to.throw();
  });

  it('are found and mended by the older engines\' pattern exactly as by the native methods', () => {
    type Native = string & { toWellFormed(): string; isWellFormed(): boolean };
    for (const sample of SAMPLES as Native[]) {
      expect(byPattern.wellFormed(sample), JSON.stringify(sample)).to.equal(sample.toWellFormed());
      expect(byPattern.isWellFormed(sample), JSON.stringify(sample)).to.equal(sample.isWellFormed());
    }
  });
});
