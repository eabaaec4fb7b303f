import { expect } from '@open-wc/testing';
import { writeDraft } from '../../forms/draft-store.js';
import { loadMeetingDraft, meetingDraftId, removeMeetingDraft, saveMeetingDraft } from './draft.js';
import { EMPTY_VALUES } from './request.js';

describe('meeting form draft', () => {
  const id = meetingDraftId('https://example.kz/api', 'vko-4');
  afterEach(() => removeMeetingDraft(id));

  it('brings back the values, the start time and the request being retried', () => {
    const values = { ...EMPTY_VALUES, officer: 'vko-4', message: 'Сәлем' };
    const series = { key: 'k-2', sent: '9e3b1c07d2a4f560', supersedes: 'k-1' };
    saveMeetingDraft(id, { values, startedAt: 1000, series });
    expect(loadMeetingDraft(id)).to.deep.equal({ values, startedAt: 1000, series });
  });

  it('keeps nothing when nothing was typed and no request is pending', () => {
    saveMeetingDraft(id, { values: { ...EMPTY_VALUES, message: 'x' }, startedAt: 1, series: {} });
    saveMeetingDraft(id, { values: { ...EMPTY_VALUES, officer: 'vko-4' }, startedAt: 1, series: {} });
    expect(localStorage.getItem(id)).to.equal(null);
    expect(loadMeetingDraft(id)).to.equal(undefined);
  });

  it('survives a draft of another shape', () => {
    writeDraft(id, { values: { message: 'kept', name: 42 }, startedAt: 'yesterday', key: {}, sent: 7 });
    const draft = loadMeetingDraft(id)!;
    expect(draft.values.message).to.equal('kept');
    expect(draft.values.name).to.equal('');
    expect(draft.series).to.deep.equal({});
    expect(draft.startedAt).to.be.a('number');
  });

  it('names drafts by endpoint and officer', () => {
    expect(meetingDraftId('/a', 'x')).not.to.equal(meetingDraftId('/a', 'y'));
    expect(meetingDraftId('/a', 'x')).not.to.equal(meetingDraftId('/b', 'x'));
  });
});
