import { expect } from '@open-wc/testing';
import { FeedModel } from '../../feed/model.js';
import { validateFeed } from '../../feed/validate.js';
import { search } from '../../search/match.js';
import { sampleFeed, scaleFeed } from '../../../test/support/feeds.js';
import { findOfficers, inScope, officerEntries, warmOfficerIndex } from './officer-index.js';

const modelOf = (doc: unknown) => new FeedModel(validateFeed(doc, location.href).feed, location.href);
const ids = (officers: readonly { id: string }[]) => officers.map((o) => o.id);

describe('officer index', () => {
  it('lists officers without a query in the order the search index gives them', async () => {
    // The list is drawn without building the index (folding every text is the slow part),
    // and must not reorder once the index exists.
    const model = modelOf(await sampleFeed());
    for (const scope of [{ region: '', withCentral: true }, { region: '630000000', withCentral: false }]) {
      for (const locale of ['kk', 'ru', 'en'] as const) {
        const withIndex = search(officerEntries(model, locale), '', { locale }).filter((o) => inScope(model, o, scope));
        expect(ids(findOfficers(model, scope, '', locale)), `${scope.region} ${locale}`).to.deep.equal(ids(withIndex));
      }
    }
  });

  it('builds the index in slices that a search then uses, finding what an index built at once finds', async () => {
    const scope = { region: '', withCentral: true };
    const atOnce = modelOf(scaleFeed(600));
    const expected = ids(findOfficers(atOnce, scope, 'Нурлан', 'ru'));
    const sliced = modelOf(scaleFeed(600));
    await warmOfficerIndex(sliced, 'ru');
    const index = officerEntries(sliced, 'ru');
    expect(index).to.have.length(sliced.feed.officers.length);
    expect(expected).not.to.be.empty;
    expect(ids(findOfficers(sliced, scope, 'Нурлан', 'ru'))).to.deep.equal(expected);
    // The search used the index built in slices rather than building another.
    expect(officerEntries(sliced, 'ru')).to.equal(index);
  });

  it('lets a keystroke that comes while the index is being built finish that work, not redo it', async () => {
    const model = modelOf(scaleFeed(600));
    const warming = warmOfficerIndex(model, 'kk');
    const now = officerEntries(model, 'kk');
    expect(now).to.have.length(model.feed.officers.length);
    await warming;
    expect(officerEntries(model, 'kk')).to.equal(now);
  });
});
