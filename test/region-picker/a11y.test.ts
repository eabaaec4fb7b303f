/** Zero axe violations in every state the user can meet, in each of the three languages. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse } from '../support/msw.js';
import { untilStatus } from '../support/widgets.js';
import {
  field, isExpanded, mount, mountHeld, options, settle, setUpPickerTests, typeInto, useLanguage, type AkimatRegionPicker,
} from './helpers.js';
import { regionFeed } from './region-feed.js';

async function typeAndSettle(picker: AkimatRegionPicker, text: string): Promise<void> {
  await typeInto(picker, text);
  await settle(picker);
}

describe('region picker accessibility (axe)', () => {
  setUpPickerTests();
  after(() => useLanguage('en'));

  for (const lang of ['kk', 'ru', 'en']) {
    it(`${lang}: closed, open, with results, with none, and invalid`, async () => {
      await useLanguage(lang);
      const form = await mount<HTMLFormElement>(`<form>
        <akimat-region-picker feed="{feed}" name="region" label="Region" required placeholder="Start typing"></akimat-region-picker>
        <button>Send</button></form>`);
      const picker = form.querySelector('akimat-region-picker')!;
      await untilStatus(picker, 'ready');
      await expect(picker).to.be.accessible();

      picker.focus();
      await sendKeys({ press: 'ArrowDown' });
      await settle(picker);
      expect(isExpanded(picker)).to.equal(true);
      await expect(picker).to.be.accessible();

      await typeAndSettle(picker, 'абай');
      expect(options(picker)).to.have.length(3);
      await sendKeys({ press: 'ArrowDown' });
      await settle(picker);
      await expect(picker).to.be.accessible();

      await typeAndSettle(picker, 'qwxz');
      expect(options(picker)).to.have.length(0);
      await expect(picker).to.be.accessible();

      await sendKeys({ press: 'Escape' });
      form.requestSubmit();
      await settle(picker);
      expect(field(picker).getAttribute('aria-invalid')).to.equal('true');
      await expect(picker).to.be.accessible();
    });

    it(`${lang}: outside label, disabled, loading, error and empty`, async () => {
      await useLanguage(lang);
      const { element: root, release } = await mountHeld<HTMLDivElement>(`<div><label for="p-${lang}">Region</label>
        <akimat-region-picker id="p-${lang}" feed="{feed}" disabled></akimat-region-picker></div>`);
      const labelled = root.querySelector('akimat-region-picker')!;
      expect(labelled.status).to.equal('loading');
      await expect(root).to.be.accessible();
      await release(Response.json(regionFeed()));
      await untilStatus(labelled, 'ready');
      await expect(root).to.be.accessible();

      const failed = await mount<AkimatRegionPicker>('<akimat-region-picker feed="{feed}" label="Region"></akimat-region-picker>',
        (() => new HttpResponse(null, { status: 500 })) as unknown as object);
      await untilStatus(failed, 'error');
      await expect(failed).to.be.accessible();

      const empty = await mount<AkimatRegionPicker>('<akimat-region-picker feed="{feed}" label="Region"></akimat-region-picker>',
        { version: 1, regions: [], bodies: [], officers: [], councils: [] });
      await untilStatus(empty, 'empty');
      await expect(empty).to.be.accessible();
    });
  }
});
