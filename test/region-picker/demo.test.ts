/**
 * The demo's region form (demo/examples.ts) against the demo's sample
 * feed: the submitted data appears in the <output>, and the form passes axe.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { showSubmittedData } from '../../demo/region-form.js';
import { examples } from '../../demo/examples.js';
import { serve } from '../support/msw.js';
import { sampleFeed } from '../support/feeds.js';
import { untilStatus } from '../support/widgets.js';
import { field, optionNames, setUpPickerTests, type AkimatRegionPicker } from './helpers.js';

/** The demo's own example (demo/examples.ts). */
const DEMO_MARKUP = examples.find((e) => e.id === 'region-picker-form')!.markup;

describe('region picker demo form', () => {
  setUpPickerTests();

  it('prints the submitted FormData, blocks an empty required field, and passes axe', async () => {
    serve('/feed.json', await sampleFeed());
    const form = await fixture<HTMLFormElement>(DEMO_MARKUP);
    showSubmittedData(form.parentNode!);
    const [district, home] = [...form.querySelectorAll('akimat-region-picker')] as AkimatRegionPicker[];
    await untilStatus(district!, 'ready');
    await untilStatus(home!, 'ready');
    await expect(form).to.be.accessible();
    const output = form.querySelector('output')!;
    const send = form.querySelector<HTMLButtonElement>('button[type=submit]')!;

    send.click();
    expect(output.textContent).to.equal('');

    district!.focus();
    await sendKeys({ type: 'усть-кам' });
    await district!.updateComplete;
    expect(optionNames(district!)).to.deep.equal(['Oskemen']);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await district!.updateComplete;
    expect(field(district!).value).to.equal('Oskemen');
    send.click();
    expect(output.textContent).to.equal('region = "631000000"\nhome = "630000000"');
    await expect(form).to.be.accessible();

    form.reset();
    expect(output.textContent).to.equal('');
    expect(district!.value).to.equal('');
  });
});
