import { expect } from '@open-wc/testing';
import { BinProblem, binProblem, checkDigit, isValidBin, normalizeBin } from './bin.js';

describe('BIN/IIN check digit', () => {
  it('accepts published sample IINs and BINs (first pass)', () => {
    for (const number of ['980109050588', '991223050176', '000101051361', '940140000385', '990140004654']) {
      expect(isValidBin(number), number).to.equal(true);
    }
  });

  it('uses the second weights when the first sum gives 10', () => {
    // 07014000060: first pass gives 10, the second gives 2.
    expect(checkDigit('07014000060')).to.equal(2);
    expect(isValidBin('070140000602')).to.equal(true);
    expect(isValidBin('070140000600')).to.equal(false);
  });

  it('knows prefixes that no check digit can save', () => {
    expect(checkDigit('07014000064')).to.equal(null);
    for (let d = 0; d <= 9; d++) expect(isValidBin(`07014000064${d}`)).to.equal(false);
  });

  it('rejects a wrong check digit, with the reason', () => {
    expect(binProblem('940140000386')).to.equal(BinProblem.Checksum);
    expect(binProblem('000000000000')).to.equal(BinProblem.Checksum);
  });

  it('tells length, non-digits and empty apart', () => {
    expect(binProblem('')).to.equal(BinProblem.Empty);
    expect(binProblem('   ')).to.equal(BinProblem.Empty);
    expect(binProblem('94014000038')).to.equal(BinProblem.Length);
    expect(binProblem('9401400003855')).to.equal(BinProblem.Length);
    expect(binProblem('94014000038O')).to.equal(BinProblem.NotDigits);
    expect(binProblem('+940140000385')).to.equal(BinProblem.NotDigits);
  });

  it('accepts the spaces and dashes people type, and strips them', () => {
    expect(isValidBin('940140 000385')).to.equal(true);
    expect(isValidBin('9401-4000-0385')).to.equal(true);
    expect(isValidBin(' 940140000385\u00a0')).to.equal(true);
    expect(normalizeBin('9401 4000-0385')).to.equal('940140000385');
  });

  it('gives no check digit for anything but 11 digits', () => {
    expect(checkDigit('9401400003')).to.equal(null);
    expect(checkDigit('94014000038x')).to.equal(null);
  });
});
