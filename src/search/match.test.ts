import { expect } from '@open-wc/testing';
import { MatchRank, buildEntry, prepareQuery, rankEntry, search } from './match.js';
import type { SearchEntry } from './match.js';

interface Place {
  readonly id: string;
}

const place = (id: string): Place => ({ id });
const ids = (items: readonly Place[]): string[] => items.map((item) => item.id);

/** A slice of East Kazakhstan, as the region picker would index it. */
const REGIONS: readonly SearchEntry<Place>[] = [
  buildEntry(
    place('oskemen'),
    ['Өскемен қаласы', 'г. Усть-Каменогорск', 'Oskemen', 'Ust-Kamenogorsk'],
    1,
    'Oskemen',
  ),
  buildEntry(
    place('kz-63'),
    [
      'Шығыс Қазақстан облысы',
      'Восточно-Казахстанская область',
      'East Kazakhstan Region',
      'ВКО',
      'Şyğys Qazaqstan',
    ],
    0,
    'East Kazakhstan Region',
  ),
  buildEntry(
    place('borodulikha'),
    ['Бородулиха ауданы', 'Бородулихинский район', 'Borodulikha District'],
    1,
    'Borodulikha',
  ),
  buildEntry(place('ridder'), ['Риддер қаласы', 'г. Риддер', 'Ridder'], 1, 'Ridder'),
  buildEntry(place('ulan'), ['Ұлан ауданы', 'Уланский район', 'Ulan District'], 1, 'Ulan'),
  buildEntry(
    place('ulken-naryn'),
    ['Үлкен Нарын ауданы', 'район Үлкен Нарын', 'Ulken Naryn District'],
    1,
    'Ulken Naryn',
  ),
  buildEntry(place('kz-10'), ['Абай облысы', 'область Абай', 'Abai Region', 'Abay'], 0, 'Abai Region'),
];

describe('buildEntry', () => {
  it('folds every text once into whole-name keys and word keys', () => {
    const entry = buildEntry(place('x'), ['Өскемен қаласы', 'г. Усть-Каменогорск'], 1, 'Oskemen');
    expect(entry.keys).to.deep.equal(['oskemenkalasi', 'gustkamenogorsk']);
    expect(entry.words).to.deep.equal(['oskemen', 'kalasi', 'g', 'ust', 'kamenogorsk']);
    expect(entry.level).to.equal(1);
    expect(entry.sortName).to.equal('Oskemen');
  });

  it('stores a spelling shared by two scripts once and skips empty texts', () => {
    const entry = buildEntry(place('x'), ['Өскемен', 'Oskemen', '', '  ', '-'], 0, 'Oskemen');
    expect(entry.keys).to.deep.equal(['oskemen']);
    expect(entry.words).to.deep.equal(['oskemen']);
  });
});

describe('rankEntry', () => {
  const entry = buildEntry(place('x'), ['Ust-Kamenogorsk', 'Өскемен қаласы'], 0, 'x');
  const rank = (query: string) => rankEntry(entry, prepareQuery(query));

  it('ranks a whole-name prefix first', () => {
    expect(rank('ust')).to.equal(MatchRank.Prefix);
    expect(rank('Өскемен қ')).to.equal(MatchRank.Prefix);
  });

  it('ranks a word prefix, or all query words as word prefixes, second', () => {
    expect(rank('kalasy')).to.equal(MatchRank.WordPrefix);
    expect(rank('kamen')).to.equal(MatchRank.WordPrefix);
    expect(rank('kamen ust')).to.equal(MatchRank.WordPrefix);
  });

  it('ranks a substring third', () => {
    expect(rank('menogor')).to.equal(MatchRank.Substring);
  });

  it('returns null for no match and for an empty query', () => {
    expect(rank('semei')).to.equal(null);
    expect(rank('ust zzz')).to.equal(null);
    expect(rank('')).to.equal(null);
  });

  it('orders the ranks numerically', () => {
    expect(MatchRank.Prefix).to.be.lessThan(MatchRank.WordPrefix);
    expect(MatchRank.WordPrefix).to.be.lessThan(MatchRank.Substring);
  });
});

describe('search', () => {
  it('finds the city Oskemen by any of its spellings, first', () => {
    for (const query of ['oskemen', 'Өскемен', 'усть-кам', 'Ust-Kamenogorsk', 'ÖSKEMEN', 'ust kamen']) {
      const found = ids(search(REGIONS, query));
      expect(found[0], query).to.equal('oskemen');
    }
  });

  it('finds a region by its alias: ВКО as вко and VKO', () => {
    expect(ids(search(REGIONS, 'вко'))).to.deep.equal(['kz-63']);
    expect(ids(search(REGIONS, 'VKO'))).to.deep.equal(['kz-63']);
  });

  it('finds a region by Latin spellings that are not in its texts', () => {
    expect(ids(search(REGIONS, 'Shyghys'))).to.deep.equal(['kz-63']);
    expect(ids(search(REGIONS, 'Boroduliha'))).to.deep.equal(['borodulikha']);
  });

  it('puts whole-name prefix before word prefix before substring', () => {
    // Listed worst-first, and with the better matches on deeper levels, so neither input
    // order nor level can explain the result.
    const entries = [
      buildEntry(place('substring'), ['Ustkamen'], 0, 'A'),
      buildEntry(place('word'), ['Ust Kamen'], 1, 'B'),
      buildEntry(place('prefix'), ['Kamen'], 2, 'C'),
      buildEntry(place('none'), ['Semei'], 0, 'D'),
    ];
    expect(ids(search(entries, 'kam'))).to.deep.equal(['prefix', 'word', 'substring']);
  });

  it('ranks real names: two prefixes by name, then a substring (Borod-ul-ikha)', () => {
    expect(ids(search(REGIONS, 'ul'))).to.deep.equal(['ulan', 'ulken-naryn', 'borodulikha']);
  });

  it('breaks ties by level, then by name', () => {
    const entries = [
      buildEntry(place('b1'), ['Kamen B'], 1, 'Kamen B'),
      buildEntry(place('a1'), ['Kamen A'], 1, 'Kamen A'),
      buildEntry(place('c0'), ['Kamen C'], 0, 'Kamen C'),
    ];
    expect(ids(search(entries, 'kamen'))).to.deep.equal(['c0', 'a1', 'b1']);
  });

  it('sorts names with numbers naturally', () => {
    const entries = [
      buildEntry(place('10'), ['School 10'], 0, 'School 10'),
      buildEntry(place('2'), ['School 2'], 0, 'School 2'),
    ];
    expect(ids(search(entries, 'school'))).to.deep.equal(['2', '10']);
  });

  it('orders names by the requested locale', () => {
    // Swedish sorts ä after z; German sorts it with a.
    const entries = [
      buildEntry(place('zebra'), ['Zebra'], 0, 'Zebra'),
      buildEntry(place('apple'), ['Äpple'], 0, 'Äpple'),
    ];
    expect(ids(search(entries, '', { locale: 'de' }))).to.deep.equal(['apple', 'zebra']);
    expect(ids(search(entries, '', { locale: 'sv' }))).to.deep.equal(['zebra', 'apple']);
    expect(ids(search(entries, '', { locale: 'de' }))).to.deep.equal(['apple', 'zebra']);
  });

  it('falls back to the default order for an invalid locale instead of throwing', () => {
    const entries = [buildEntry(place('b'), ['B'], 0, 'B'), buildEntry(place('a'), ['A'], 0, 'A')];
    expect(ids(search(entries, '', { locale: 'not a locale!' }))).to.deep.equal(['a', 'b']);
  });

  it('matches multi-word queries in any word order, all words required', () => {
    expect(ids(search(REGIONS, 'kazakstan shyg'))).to.deep.equal(['kz-63']);
    expect(ids(search(REGIONS, 'naryn ulken'))).to.deep.equal(['ulken-naryn']);
    expect(ids(search(REGIONS, 'ulken zzz'))).to.deep.equal([]);
  });

  it('returns everything in level, then name order for an empty or blank query', () => {
    const all = ['kz-10', 'kz-63', 'borodulikha', 'oskemen', 'ridder', 'ulan', 'ulken-naryn'];
    expect(ids(search(REGIONS, '', { locale: 'en' }))).to.deep.equal(all);
    expect(ids(search(REGIONS, '   ', { locale: 'en' }))).to.deep.equal(all);
    expect(ids(search(REGIONS, ' - ', { locale: 'en' }))).to.deep.equal(all);
  });

  it('honours limit, with or without a query', () => {
    expect(ids(search(REGIONS, '', { limit: 2, locale: 'en' }))).to.deep.equal(['kz-10', 'kz-63']);
    expect(ids(search(REGIONS, 'ul', { limit: 1 }))).to.deep.equal(['ulan']);
    expect(search(REGIONS, 'ul', { limit: 0 })).to.deep.equal([]);
    expect(search(REGIONS, 'ul', { limit: 100 })).to.have.length(3);
  });

  it('returns nothing when nothing matches, or when there are no entries', () => {
    expect(search(REGIONS, 'Pavlodar')).to.deep.equal([]);
    expect(search([], '')).to.deep.equal([]);
    expect(search([], 'oskemen')).to.deep.equal([]);
  });

  it('leaves the entries array untouched', () => {
    const before = REGIONS.map((entry) => entry.item.id);
    search(REGIONS, 'ul');
    search(REGIONS, '');
    expect(REGIONS.map((entry) => entry.item.id)).to.deep.equal(before);
  });

  it('sees entries pushed into an array it has already ordered', () => {
    const entries: SearchEntry<Place>[] = [buildEntry(place('b'), ['B'], 0, 'B')];
    expect(ids(search(entries, ''))).to.deep.equal(['b']);
    entries.push(buildEntry(place('a'), ['A'], 0, 'A'));
    expect(ids(search(entries, ''))).to.deep.equal(['a', 'b']);
  });
});
