import { expect } from '@open-wc/testing';
import { FeedModel } from '../../feed/model.js';
import { validateFeed } from '../../feed/validate.js';
import {
  ABAI_DISTRICT, ABAI_REGION, EKO, KARAGANDA_ABAI, OSKEMEN, ULAN, ULAN_RURAL, nationalFeed, regionFeed,
} from '../../../test/region-picker/region-feed.js';
import { findExact, inScope, regionChoice, regionEntries, searchRegions, spellsRegion } from './region-index.js';

function modelOf(doc: unknown): FeedModel {
  return new FeedModel(validateFeed(doc, 'https://example.kz/feed.json').feed, 'https://example.kz/feed.json');
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('region-index', () => {
  const model = modelOf(regionFeed());

  it('builds the entries once per model, locale and scope', () => {
    const first = regionEntries(model, {}, 'kk');
    expect(regionEntries(model, {}, 'kk')).to.equal(first);
    expect(regionEntries(model, { root: EKO }, 'kk')).to.not.equal(first);
    expect(regionEntries(model, { root: EKO }, 'kk')).to.equal(regionEntries(model, { root: EKO }, 'kk'));
    // Another locale orders by other names but shares the folded keys: nothing is re-folded.
    const ru = regionEntries(model, {}, 'ru');
    expect(ru).to.not.equal(first);
    expect(ru[0]!.keys).to.equal(first[0]!.keys);
    expect(ru[0]!.sortName).to.equal('Восточно-Казахстанская область');
    // A fresh model (a reloaded feed) gets its own index.
    expect(regionEntries(modelOf(regionFeed()), {}, 'kk')).to.not.equal(first);
  });

  it('finds Oskemen by Kazakh Cyrillic, 2021 and 2018 Latin, ICAO Russian and the alias', () => {
    for (const query of ['oskemen', 'Өскемен', 'Öskemen', 'Óskemen', 'усть-кам', 'Ust-Kamenogorsk', 'ust kamen', 'USTKAM']) {
      expect(ids(searchRegions(model, query, { locale: 'en' }).items)[0], query).to.equal(OSKEMEN);
    }
  });

  it('finds East Kazakhstan by its feed alias and its Kazakh Latin spellings', () => {
    for (const query of ['вко', 'VKO', 'Şyğys', 'Shyǵys Qazaqstan', 'shygys kaz']) {
      expect(ids(searchRegions(model, query, { locale: 'en' }).items), query).to.deep.equal([EKO]);
    }
  });

  it('ranks whole-name prefix, then word prefix, then substring; ties by level, then name', () => {
    // "абай": Abai Region (prefix, level 1) before the two Abai districts (prefix, level 2),
    // which tie and go by name; nothing else contains "abai".
    const found = ids(searchRegions(model, 'абай', { locale: 'en' }).items);
    expect(found[0]).to.equal(ABAI_REGION);
    expect(found.slice(1).sort()).to.deep.equal([ABAI_DISTRICT, KARAGANDA_ABAI].sort());
    expect(found).to.have.length(3);
  });

  it('limits the items but reports the total', () => {
    const national = modelOf(nationalFeed());
    const all = searchRegions(national, '', { limit: 50, locale: 'en' });
    expect(all.items).to.have.length(50);
    expect(all.total).to.equal(2420);
    // Empty query: the top level first.
    expect(all.items[0]!.parent).to.equal(null);
    const villages = searchRegions(national, 'village 3.1.', { limit: 50, locale: 'en' });
    expect(villages.items[0]!.id).to.equal('o3-d1-r1');
    expect(villages.total).to.be.greaterThan(villages.items.length);
  });

  it('root offers only the regions below it, not the root itself', () => {
    const found = ids(searchRegions(model, '', { root: EKO, locale: 'en' }).items);
    expect(found).to.include(OSKEMEN).and.include(ULAN_RURAL).and.not.include(EKO).and.not.include(ABAI_REGION);
  });

  it('depth counts levels below the root, or below the country without one', () => {
    const top = ids(searchRegions(model, '', { depth: 1, locale: 'en' }).items);
    expect(top).to.have.members([EKO, ABAI_REGION, '350000000', '710000000', '750000000', '190000000']);
    const districts = ids(searchRegions(model, '', { root: EKO, depth: 1, locale: 'en' }).items);
    expect(districts).to.include(ULAN).and.not.include(ULAN_RURAL);
    expect(inScope(model, model.regions.get(ULAN_RURAL)!, { root: EKO, depth: 2 })).to.equal(true);
    // 0, negative and NaN mean "all levels".
    for (const depth of [0, -1, Number.NaN]) {
      expect(inScope(model, model.regions.get(ULAN_RURAL)!, { depth })).to.equal(true);
    }
  });

  it('finds a typed name only when it spells exactly one region', () => {
    expect(findExact(model, 'ust-kamenogorsk')?.id).to.equal(OSKEMEN);
    expect(findExact(model, 'Öskemen қаласы')?.id).to.equal(OSKEMEN);
    expect(findExact(model, 'oskem')).to.equal(null);
    // Two districts share the name: no guess.
    expect(findExact(model, 'Абай ауданы')).to.equal(null);
    expect(findExact(model, 'Абай ауданы', { root: '350000000' })?.id).to.equal(KARAGANDA_ABAI);
    expect(spellsRegion(model, model.regions.get(ABAI_DISTRICT)!, 'abai district')).to.equal(true);
    expect(spellsRegion(model, model.regions.get(ABAI_DISTRICT)!, 'semey')).to.equal(false);
  });

  it('describes a choice by id, name and path in the requested locale', () => {
    expect(regionChoice(model, model.regions.get(OSKEMEN)!, 'kk')).to.deep.equal({
      id: OSKEMEN,
      name: 'Өскемен қаласы',
      path: ['Шығыс Қазақстан облысы', 'Өскемен қаласы'],
    });
    expect(regionChoice(model, model.regions.get(OSKEMEN)!, 'ru').name).to.equal('г. Усть-Каменогорск');
  });
});
