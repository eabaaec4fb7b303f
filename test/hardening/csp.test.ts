import { expect } from '@open-wc/testing';
import type { WidgetStatus } from '../../src/events/events.js';

/**
 * Strict CSP (issue 8): the built one-tag file on a page served with
 *   default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:;
 *   require-trusted-types-for 'script'; trusted-types lit-html
 * (test/fixtures/csp-page.html; the header comes from web-test-runner.config.js). Every widget
 * reaches its state, takes input, opens panels and retries, and no securitypolicyviolation
 * fires. Then the page proves the policy is really enforced.
 *
 * dist/akimat-widgets.js is built by `npm test` before the browser tests (`npx vite build`).
 */
type FrameWidget = HTMLElement & { status: WidgetStatus; updateComplete: Promise<boolean> };
interface Violation { directive: string; blocked: string; sample: string; source: string }
type CspWindow = Window & typeof globalThis & { cspViolations: Violation[] };

const EXPECTED: Readonly<Record<string, WidgetStatus>> = {
  card: 'ready',
  compact: 'ready',
  broken: 'error',
  directory: 'ready',
  councils: 'ready',
  'no-councils': 'empty',
  picker: 'ready',
  meeting: 'ready',
};

async function settled(el: FrameWidget): Promise<void> {
  await el.updateComplete;
  while (el.status === 'loading') {
    await new Promise((resolve) => el.addEventListener('akimat-status', resolve, { once: true }));
    await el.updateComplete;
  }
}

/** Loads the fixture in an iframe; resolves once the bundle has defined every element. */
async function openFixture(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/fixtures/csp-page.html';
  document.body.append(frame);
  await loaded;
  // Each element's code arrives on its own (the bundle loads it on demand): wait for all.
  const tags = ['akimat-officer-card', 'akimat-officer-directory', 'akimat-council-list', 'akimat-region-picker', 'akimat-meeting-form'];
  await Promise.all(tags.map((tag) => frame.contentWindow!.customElements.whenDefined(tag)));
  return frame;
}

describe('strict Content-Security-Policy', function () {
  this.timeout(30_000);
  let frame: HTMLIFrameElement;
  let win: CspWindow;
  let doc: Document;
  const byId = (id: string) => doc.getElementById(id) as FrameWidget;

  before(async () => {
    frame = await openFixture();
    win = frame.contentWindow as CspWindow;
    doc = frame.contentDocument!;
  });
  after(() => frame.remove());

  it('the fixture is served with the strict policy', async () => {
    const response = await fetch('/test/fixtures/csp-page.html');
    const policy = response.headers.get('content-security-policy') ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' https: data:", "require-trusted-types-for 'script'", 'trusted-types lit-html']) {
      expect(policy).to.contain(directive);
    }
  });

  it('every widget reaches its state with no violation', async () => {
    for (const [id, status] of Object.entries(EXPECTED)) {
      await settled(byId(id));
      expect(byId(id).status, id).to.equal(status);
    }
    expect(byId('card').shadowRoot!.textContent).to.contain('Nurlan Kassymov');
    // Styles apply (constructed stylesheets are allowed by style-src 'self').
    const card = byId('card').shadowRoot!.querySelector('[part=card]')!;
    expect(win.getComputedStyle(card).display).to.equal('grid');
    expect(win.getComputedStyle(card).borderTopStyle).to.equal('solid');
    expect(win.cspViolations).to.deep.equal([]);
  });

  it('searching, filtering, opening panels, paging and retrying cause no violation', async () => {
    const directory = byId('directory');
    const search = directory.shadowRoot!.querySelector<HTMLInputElement>('[part=search]')!;
    search.value = 'oskemen';
    search.dispatchEvent(new Event('input'));
    await directory.updateComplete;
    expect(directory.shadowRoot!.querySelector('[part=count]')!.textContent).to.match(/\d+ officers? found/);
    const filter = directory.shadowRoot!.querySelector<HTMLSelectElement>('[part=region-filter]')!;
    filter.value = filter.options[1]!.value;
    filter.dispatchEvent(new Event('change'));
    await directory.updateComplete;

    const councils = byId('councils');
    for (const toggle of councils.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.toggle')) toggle.click();
    await councils.updateComplete;
    expect(councils.shadowRoot!.querySelectorAll('[aria-expanded=true]').length).to.be.greaterThan(0);
    const councilSearch = councils.shadowRoot!.querySelector<HTMLInputElement>('[part=search]')!;
    councilSearch.value = 'zzzz-nothing';
    councilSearch.dispatchEvent(new Event('input'));
    await councils.updateComplete;
    councils.shadowRoot!.querySelector<HTMLButtonElement>('[part=clear-button]')!.click();
    await councils.updateComplete;

    // The picker: type, open the list, choose; the native form sees the value.
    const picker = byId('picker');
    const field = picker.shadowRoot!.querySelector<HTMLInputElement>('[part=input]')!;
    field.value = 'oskemen';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await picker.updateComplete;
    const option = picker.shadowRoot!.querySelector<HTMLElement>('[role=option]')!;
    option.click();
    await picker.updateComplete;
    expect(new (win.FormData)(doc.getElementById('region-form') as HTMLFormElement).get('region')).to.match(/^63/);

    // The meeting form: type, agree, send without the required answers: the error summary.
    const meeting = byId('meeting');
    const name = meeting.shadowRoot!.querySelector<HTMLInputElement>('#name')!;
    name.value = 'Асель';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    meeting.shadowRoot!.querySelector<HTMLInputElement>('#consent')!.click();
    meeting.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await meeting.updateComplete;
    expect(meeting.shadowRoot!.querySelector('#error-summary')).to.exist;

    const broken = byId('broken');
    const retry = () => broken.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!;
    retry().click();
    await broken.updateComplete;
    expect(retry().getAttribute('aria-disabled')).to.equal('true');
    // The second attempt fails too; the status stays "error", so watch the button come back.
    while (retry().getAttribute('aria-disabled') === 'true') await new Promise((resolve) => win.requestAnimationFrame(resolve));
    expect(broken.status).to.equal('error');
    expect(win.cspViolations).to.deep.equal([]);
  });

  it('the policy is really enforced: an HTML string sink throws and an inline style is reported', async () => {
    const styleBlocked = new Promise<void>((resolve) => {
      doc.addEventListener('securitypolicyviolation', (event) => { if (event.effectiveDirective === 'style-src-attr') resolve(); });
    });
    expect(() => { doc.createElement('div').innerHTML = '<b>bold</b>'; }).to.throw(/TrustedHTML/);
    const div = doc.createElement('div');
    div.setAttribute('style', 'color: red');
    doc.body.append(div);
    await styleBlocked;
    expect(win.cspViolations.map((v) => v.directive)).to.include.members(['require-trusted-types-for', 'style-src-attr']);
    console.log(`[csp] widgets checked: ${Object.keys(EXPECTED).length}, violations from the widgets: 0, enforced control violations seen: ${win.cspViolations.length}`);
  });
});
