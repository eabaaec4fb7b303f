import { expect } from '@open-wc/testing';
import { sampleFeed } from '../support/feeds.js';

/**
 * The built one-tag file (dist/akimat-widgets.js and its dist/akimat-widgets/ folder, made by
 * `npm test` before the browser tests) on a page that loads nothing else.
 */

/** Opens `body` in a frame whose page has `lang` and only the bundle's script tag. */
function openPage(body: string, lang = 'en'): { frame: HTMLIFrameElement; loaded: Promise<Document> } {
  const frame = document.createElement('iframe');
  frame.style.width = '480px';
  frame.style.height = '800px';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Plain page</title>
    <script type="module" src="/dist/akimat-widgets.js"></script></head><body>${body}</body></html>`;
  const loaded = new Promise<Document>((resolve) => {
    frame.addEventListener('load', () => resolve(frame.contentDocument!), { once: true });
  });
  document.body.append(frame);
  return { frame, loaded };
}

/** The first `akimat-status` event with `status` from an element of the frame's page. */
function firstStatus(doc: Document, status: string): Promise<Element> {
  return new Promise((resolve) => {
    doc.addEventListener('akimat-status', (event) => {
      if ((event as CustomEvent).detail.status === status) resolve(event.target as Element);
    });
  });
}

/** Files the frame's page fetched from the bundle's folder, without their content hash. */
function chunksFetched(frame: HTMLIFrameElement): string[] {
  return frame.contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/akimat-widgets/'))
    .map((path) => path.replace('/dist/akimat-widgets/', '').replace(/-[\w-]{8}\.js$/, ''));
}

const text = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('dist/akimat-widgets.js on a plain page', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('defines the elements and shows the officer from the feed', async () => {
    const feed = await sampleFeed();
    const officer = feed.officers.find((o: { id: string }) => o.id === 'vko-1');
    const page = openPage(`<akimat-officer-card feed="/demo/public/feed.json" officer="vko-1">
      <a href="https://www.gov.kz/">Contacts on gov.kz</a></akimat-officer-card>`);
    frame = page.frame;
    const card = await firstStatus(await page.loaded, 'ready');
    expect(frame.contentWindow!.customElements.get('akimat-officer-card')).to.be.a('function');
    expect(text(card)).to.contain(officer.name.en);
    expect(card.shadowRoot!.querySelector('a[href^="tel:+7"]')).to.exist;
  });

  it('downloads only the code of the elements on the page, and no texts for an English page', async () => {
    const page = openPage('<akimat-officer-card feed="/demo/public/feed.json" officer="vko-1"></akimat-officer-card>');
    frame = page.frame;
    await firstStatus(await page.loaded, 'ready');
    const fetched = chunksFetched(frame);
    expect(fetched).to.include('officer-card');
    expect(fetched).not.to.include('meeting-form');
    expect(fetched).not.to.include('council-list');
    expect(fetched).not.to.include('region-picker');
    expect(fetched.filter((name) => name === 'kk' || name === 'ru')).to.deep.equal([]);
    expect(frame.contentWindow!.customElements.get('akimat-meeting-form')).to.equal(undefined);
  });

  it('shows a Kazakh page in Kazakh from the first ready render, fetching only the Kazakh texts', async () => {
    const page = openPage('<akimat-officer-card feed="/demo/public/feed.json" officer="vko-1"></akimat-officer-card>', 'kk');
    frame = page.frame;
    const card = await firstStatus(await page.loaded, 'ready');
    // No flash of English: the first content a reader sees is already Kazakh.
    expect(text(card)).to.contain('Қабылдау');
    expect(text(card)).not.to.contain('Reception hours');
    const fetched = chunksFetched(frame);
    expect(fetched).to.include('kk');
    expect(fetched).not.to.include('ru');
  });

  it('defines an element the page adds later, such as a form opened in a tab', async () => {
    const page = openPage('<p>Nothing yet</p>');
    frame = page.frame;
    const doc = await page.loaded;
    await new Promise((resolve) => frame!.contentWindow!.requestAnimationFrame(resolve));
    expect(frame.contentWindow!.customElements.get('akimat-council-list')).to.equal(undefined);
    const ready = firstStatus(doc, 'ready');
    const holder = doc.createElement('div');
    holder.innerHTML = '<akimat-council-list feed="/demo/public/feed.json"></akimat-council-list>';
    doc.body.append(holder);
    const list = await ready;
    expect(list.localName).to.equal('akimat-council-list');
    expect(text(list)).to.match(/council/i);
  });

  it('lets an app define the widgets it renders inside its own shadow root with discover()', async () => {
    const page = openPage('');
    frame = page.frame;
    const doc = await page.loaded;
    const bundle = await (frame.contentWindow as unknown as { eval: (code: string) => Promise<{ discover: (root: ParentNode) => Promise<void> }> })
      .eval("import('/dist/akimat-widgets.js')");
    const host = doc.createElement('div');
    doc.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<akimat-region-picker feed="/demo/public/feed.json" label="Region"></akimat-region-picker>';
    await bundle.discover(root);
    expect(frame.contentWindow!.customElements.get('akimat-region-picker')).to.be.a('function');
    expect(root.querySelector('akimat-region-picker')!.shadowRoot).to.exist;
  });
});
