import { expect } from '@open-wc/testing';
import { DRAFT_PREFIX } from '../../src/forms/draft-store.js';
import { HttpResponse, serve } from '../support/msw.js';
import { shadowText } from '../support/widgets.js';
import {
  $, click, control, fieldValues, fillValid, focusedId, freshEndpoint, mountForm, send, setUpMeetingFormTests, typeInto, untilRequest,
} from './helpers.js';

const drafts = () => Object.keys(localStorage).filter((k) => k.startsWith(DRAFT_PREFIX));

describe('<akimat-meeting-form> drafts', () => {
  setUpMeetingFormTests();

  it('restores what was typed after a reload, with a notice, but not the consent', async () => {
    const attrs = `officer="vko-4" endpoint="${freshEndpoint()}"`;
    const first = await mountForm(attrs);
    expect($(first, '[part=draft-notice]')).to.equal(null);
    await fillValid(first, { organization: { name: 'ОФ «Қамқор»', bin: '940140000385' } });
    const typed = fieldValues(first);
    first.remove();

    const second = await mountForm(attrs);
    const notice = $(second, '[part=draft-notice]')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent).to.contain('restored what you typed');
    expect(fieldValues(second)).to.deep.equal({ ...typed, consent: false });
  });

  it('clears the form and the draft with "Clear the form"', async () => {
    const attrs = `officer="vko-4" endpoint="${freshEndpoint()}"`;
    const first = await mountForm(attrs);
    await typeInto(first, 'message', 'Черновик');
    first.remove();
    const second = await mountForm(attrs);
    expect(control(second, 'message').value).to.equal('Черновик');
    await click(second, '[part=draft-notice] button');
    expect(control(second, 'message').value).to.equal('');
    expect($(second, '[part=draft-notice]')).to.equal(null);
    expect(focusedId(second)).to.equal('heading');
    expect(drafts()).to.deep.equal([]);
  });

  it('keeps the drafts of forms for different officers apart', async () => {
    const endpoint = freshEndpoint();
    const a = await mountForm(`officer="vko-4" endpoint="${endpoint}"`);
    await typeInto(a, 'message', 'To Kassymov');
    a.remove();
    const b = await mountForm(`officer="vko-5" endpoint="${endpoint}"`);
    expect(control(b, 'message').value).to.equal('');
    expect($(b, '[part=draft-notice]')).to.equal(null);
  });

  it('removes the draft after success; the next visit starts empty', async () => {
    const endpoint = freshEndpoint();
    serve(endpoint, () => HttpResponse.json({ reference: 'R-9' }));
    const attrs = `officer="vko-4" endpoint="${endpoint}"`;
    const first = await mountForm(attrs);
    await fillValid(first);
    expect(drafts()).to.have.length(1);
    await send(first);
    await untilRequest(first, 'sent');
    expect(drafts()).to.deep.equal([]);
    first.remove();
    const second = await mountForm(attrs);
    expect(control(second, 'name').value).to.equal('');
  });

  it('works when storage throws on every call', async () => {
    const endpoint = freshEndpoint();
    const served = serve(endpoint, () => HttpResponse.json({ reference: 'R-10' }));
    const { getItem, setItem, removeItem } = Storage.prototype;
    const fail = () => { throw new DOMException('denied', 'SecurityError'); };
    Storage.prototype.getItem = fail;
    Storage.prototype.setItem = fail;
    Storage.prototype.removeItem = fail;
    try {
      const form = await mountForm(`officer="vko-4" endpoint="${endpoint}"`);
      await fillValid(form);
      await send(form);
      await untilRequest(form, 'sent');
      expect(served.count).to.equal(1);
      expect(shadowText(form)).to.contain('R-10');
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem, removeItem });
    }
  });

  it('keeps what was typed when the officer card sets another officer, and moves the draft', async () => {
    const endpoint = freshEndpoint();
    const form = await mountForm(`officer="vko-4" endpoint="${endpoint}"`);
    await typeInto(form, 'message', 'Started for Kassymov');
    form.officer = 'vko-11';
    form.focus();
    await form.updateComplete;
    expect(shadowText(form)).to.contain('Andrey Kim');
    expect(control(form, 'message').value).to.equal('Started for Kassymov');
    expect(focusedId(form)).to.equal('heading');
    form.remove();
    const again = await mountForm(`officer="vko-11" endpoint="${endpoint}"`);
    expect(control(again, 'message').value).to.equal('Started for Kassymov');
    expect(drafts()).to.have.length(1);
  });
});
