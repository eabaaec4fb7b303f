/**
 * Zero axe violations in every state the form can be in, in each of its three languages.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { HttpResponse, serve } from '../support/msw.js';
import { $, fillValid, freshEndpoint, mountForm, send, setUpMeetingFormTests, untilRequest, useLanguage } from './helpers.js';

describe('<akimat-meeting-form> accessibility', () => {
  setUpMeetingFormTests();

  for (const lang of ['kk', 'ru', 'en']) {
    it(`has no violations empty, invalid, sending, failed and sent (${lang})`, async () => {
      await useLanguage(lang);
      const endpoint = freshEndpoint();
      let calls = 0;
      let release: (() => void) | undefined;
      serve(endpoint, async () => {
        calls += 1;
        if (calls === 1) return new HttpResponse(null, { status: 500 });
        await new Promise<void>((resolve) => { release = resolve; });
        return HttpResponse.json({ reference: 'VKO-2026-1001' }, { status: 201 });
      });
      const form = await mountForm(`officer="vko-6" endpoint="${endpoint}" consent-url="https://example.kz/privacy"`);
      await expect(form, 'empty').to.be.accessible();

      await send(form);
      expect($(form, '#error-summary')).to.exist;
      await expect(form, 'invalid').to.be.accessible();

      await fillValid(form, { organization: { name: 'ОО «Жастар»', bin: '940140000385' } });
      await send(form);
      await untilRequest(form, 'failed');
      await expect(form, 'failed').to.be.accessible();

      $<HTMLButtonElement>(form, '[part=try-again]')!.click();
      await untilRequest(form, 'sending');
      await expect(form, 'sending').to.be.accessible();

      // The second request has reached the server (it holds it until released).
      await waitUntil(() => release !== undefined, 'the retry never reached the server');
      release!();
      await untilRequest(form, 'sent');
      await expect(form, 'sent').to.be.accessible();
    });

    it(`has no violations while choosing whom, and in the e-mail fallback (${lang})`, async () => {
      await useLanguage(lang);
      const form = await mountForm('');
      await expect(form, 'choosing').to.be.accessible();
      await send(form);
      await expect(form, 'choosing, invalid').to.be.accessible();
      form.officer = 'vko-3';
      await form.updateComplete;
      await fillValid(form);
      await send(form);
      await untilRequest(form, 'fallback');
      await expect(form, 'fallback').to.be.accessible();
    });
  }
});
