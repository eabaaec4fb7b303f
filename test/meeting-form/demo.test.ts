/**
 * The demo's path end to end: the officer card's "Request a meeting" fills the form, the form
 * sends to the demo's msw endpoint (demo/mocks.ts), and demo/meeting-log.ts shows the request.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/officer-card/officer-card.js';
import '../../src/components/meeting-form/meeting-form.js';
import '../../demo/meeting-log.js';
import { resetFeedClient } from '../../src/feed/client.js';
import { startDemoMocks } from '../../demo/mocks.js';
import { SAMPLE_FEED_PATH } from '../support/feeds.js';
import { untilStatus } from '../support/widgets.js';
import { fillValid, focusedId, untilRequest, useLanguage, type AkimatMeetingForm } from './helpers.js';

describe('demo: officer card → meeting form → demo endpoint → request log', () => {
  before(startDemoMocks);
  afterEach(() => {
    resetFeedClient();
    localStorage.clear();
  });

  it('sends the request and shows what the server received', async () => {
    await useLanguage('ru');
    const root = await fixture<HTMLDivElement>(html`<div>
      <akimat-officer-card feed=${SAMPLE_FEED_PATH} officer="vko-6" meeting-form="meeting"></akimat-officer-card>
      <akimat-meeting-form id="meeting" feed=${SAMPLE_FEED_PATH} endpoint="/api/meeting-requests" min-fill-ms="0"></akimat-meeting-form>
      <pre id="meeting-log">—</pre>
    </div>`);
    const card = root.querySelector('akimat-officer-card')!;
    const form = root.querySelector<AkimatMeetingForm>('akimat-meeting-form')!;
    await untilStatus(card, 'ready');
    await untilStatus(form, 'ready');
    card.shadowRoot!.querySelector<HTMLElement>('[part=meeting-button]')!.click();
    await form.updateComplete;
    expect(form.officer).to.equal('vko-6');
    expect(focusedId(form)).to.equal('heading');
    await fillValid(form);
    form.shadowRoot!.querySelector<HTMLElement>('[part=submit-button]')!.click();
    await untilRequest(form, 'sent');
    expect(form.shadowRoot!.querySelector('[part=reference]')!.textContent).to.match(/^VKO-2026-\d+$/);
    const log = root.querySelector('#meeting-log')!.textContent!;
    expect(log).to.contain('content-type: application/json').and.contain('idempotency-key: ');
    expect(JSON.parse(log.slice(log.indexOf('{')))).to.deep.include({ officer: 'vko-6', body: 'vko-internal-policy', language: 'ru' });
  });
});
