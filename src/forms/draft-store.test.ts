import { expect } from '@open-wc/testing';
import { DRAFT_PREFIX, DRAFT_TTL_MS, draftKey, readDraft, removeDraft, sweepDrafts, writeDraft } from './draft-store.js';

/** A Storage that throws on every call, as with cookies blocked or a full quota. */
function brokenStorage(): Storage {
  const fail = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  return { get length(): number { return fail(); }, key: fail, getItem: fail, setItem: fail, removeItem: fail, clear: fail };
}

describe('draft store', () => {
  const key = draftKey('https://example.kz/api', 'vko-1');
  afterEach(() => localStorage.removeItem(key));

  it('keeps a draft across reads until it is removed', () => {
    expect(writeDraft(key, { name: 'Асель', message: 'Сәлем' })).to.equal(true);
    expect(readDraft<{ name: string }>(key)!.data).to.deep.equal({ name: 'Асель', message: 'Сәлем' });
    removeDraft(key);
    expect(readDraft(key)).to.equal(undefined);
  });

  it('keeps drafts of different forms apart', () => {
    const other = draftKey('https://example.kz/api', 'vko-2');
    writeDraft(key, 'one');
    writeDraft(other, 'two');
    expect(readDraft(key)!.data).to.equal('one');
    expect(readDraft(other)!.data).to.equal('two');
    removeDraft(other);
  });

  it('survives a storage that throws on every call', () => {
    const storage = brokenStorage();
    expect(writeDraft(key, { a: 1 }, { storage })).to.equal(false);
    expect(readDraft(key, { storage })).to.equal(undefined);
    expect(() => removeDraft(key, { storage })).not.to.throw();
    expect(() => sweepDrafts({ storage })).not.to.throw();
  });

  it('works with no storage at all', () => {
    expect(writeDraft(key, 1, { storage: null })).to.equal(false);
    expect(readDraft(key, { storage: null })).to.equal(undefined);
  });

  it('ignores garbage and drafts of another format', () => {
    localStorage.setItem(key, '{not json');
    expect(readDraft(key)).to.equal(undefined);
    localStorage.setItem(key, JSON.stringify({ v: 99, savedAt: Date.now(), data: 1 }));
    expect(readDraft(key)).to.equal(undefined);
  });

  it('forgets drafts older than a week, and sweeps only its own keys', () => {
    const old = draftKey('old');
    writeDraft(old, 'personal data', { now: Date.now() - DRAFT_TTL_MS - 1 });
    writeDraft(key, 'fresh');
    localStorage.setItem('host-page-key', 'keep me');
    expect(readDraft(key)!.data).to.equal('fresh');
    expect(localStorage.getItem(old)).to.equal(null);
    expect(localStorage.getItem('host-page-key')).to.equal('keep me');
    localStorage.removeItem('host-page-key');
  });

  it('makes keys that cannot collide through the separator', () => {
    expect(draftKey('a|b', 'c')).not.to.equal(draftKey('a', 'b|c'));
    expect(draftKey('x').startsWith(DRAFT_PREFIX)).to.equal(true);
  });
});
