import { expect } from '@open-wc/testing';
import { buildSnippet, isSafeCssValue, previewPage } from '../../demo/builder/snippet.js';
import { contrastRatio } from '../../demo/builder/contrast.js';
import { sampleFeed, SAMPLE_FEED_PATH } from '../support/feeds.js';

/** Resolves when `check()` holds, re-checking on every DOM change under `root` (no timers). */
function whenDom(root: Node, check: () => boolean): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (check()) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

function frame(src: string, srcdoc?: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '900px';
  iframe.style.height = '900px';
  const loaded = new Promise<HTMLIFrameElement>((resolve) => iframe.addEventListener('load', () => resolve(iframe), { once: true }));
  if (srcdoc) iframe.srcdoc = srcdoc;
  else iframe.src = src;
  document.body.append(iframe);
  return loaded;
}

describe('embed builder', () => {
  it('escapes attribute values and keeps unsafe CSS out of the snippet', () => {
    const snippet = buildSnippet({
      widget: 'akimat-officer-card', scriptUrl: '/a.js', integrity: 'sha384-abc', feed: '/f.json?x="><script>',
      attributes: { officer: 'o"1', 'with-central': true, body: '' },
      theme: { 'color-accent': '#00627a', 'color-text': 'red;}</style><script>alert(1)</script>' },
    });
    expect(snippet).to.contain('feed="/f.json?x=&quot;&gt;&lt;script&gt;"').and.contain('officer="o&quot;1"').and.contain(' with-central');
    expect(snippet).to.contain('integrity="sha384-abc" crossorigin="anonymous"');
    expect(snippet).to.contain('--akimat-color-accent: #00627a;').and.not.contain('alert(1)');
    expect(snippet).not.to.contain('body=');
    expect(isSafeCssValue('1rem')).to.equal(true);
    expect(isSafeCssValue('url(javascript:x)')).to.equal(false);
    expect(contrastRatio('#0a4f9c', '#ffffff')).to.be.closeTo(8.0, 0.1);
  });

  it('builds a snippet from a checked feed that renders the chosen officer on a blank page', async () => {
    const builder = await frame('/demo/builder.html');
    const doc = builder.contentDocument!;
    const byId = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
    // The built file is hashed for the integrity attribute.
    await whenDom(doc.body, () => byId('integrity-note').textContent!.includes('sha384-'));
    const feedUrl = byId<HTMLInputElement>('feed-url');
    feedUrl.value = SAMPLE_FEED_PATH;
    byId('load-feed').click();
    await whenDom(doc.body, () => byId('feed-report').textContent!.startsWith('The feed is valid'));
    const officer = byId<HTMLSelectElement>('officer');
    officer.value = 'vko-4';
    officer.dispatchEvent(new Event('input', { bubbles: true }));
    byId<HTMLSelectElement>('lang').value = 'en';
    byId('lang').dispatchEvent(new Event('input', { bubbles: true }));
    const snippet = byId<HTMLTextAreaElement>('snippet').value;
    expect(snippet).to.match(/<script type="module" src="[^"]+\/dist\/akimat-widgets\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"><\/script>/);
    expect(snippet).to.contain(`<akimat-officer-card feed="${SAMPLE_FEED_PATH}" officer="vko-4"></akimat-officer-card>`);
    // The files the bundle loads on demand are pinned too, through the import map.
    const map = JSON.parse(/<script type="importmap">(.*?)<\/script>/.exec(snippet)![1]!) as { integrity: Record<string, string> };
    const pinned = Object.keys(map.integrity);
    expect(pinned.some((url) => /\/dist\/akimat-widgets\/officer-card-[\w-]+\.js$/.test(url))).to.equal(true);
    expect(pinned.some((url) => /\/dist\/akimat-widgets\/kk-[\w-]+\.js$/.test(url))).to.equal(true);
    expect(Object.values(map.integrity).every((hash) => /^sha384-[A-Za-z0-9+/]{64}$/.test(hash))).to.equal(true);

    // Pasted into a blank page, the snippet shows the officer.
    const blank = await frame('', previewPage(snippet, 'en'));
    const card = blank.contentDocument!.querySelector('akimat-officer-card')!;
    // Shadow DOM changes are not seen by a MutationObserver on the page: wait on the widget's event.
    while (!card.shadowRoot?.querySelector('[part=name]')) {
      await new Promise((resolve) => blank.contentDocument!.addEventListener('akimat-status', resolve, { once: true }));
    }
    const feed = await sampleFeed();
    const expected = feed.officers.find((o: { id: string }) => o.id === 'vko-4').name.en;
    expect(card.shadowRoot!.querySelector('[part=name]')!.textContent).to.equal(expected);
    builder.remove();
    blank.remove();
  });

  it('keeps a changed on-demand file from running: the page shows the fallback link instead', async () => {
    const { chunkIntegrityOf } = await import('../../demo/builder/snippet.js');
    const hashes = await chunkIntegrityOf('/dist/akimat-widgets.js');
    // As if the server's copy of the card's code had been altered: its pinned hash no longer matches.
    const tampered = Object.fromEntries(Object.entries(hashes).map(([path, hash]) => [path, path.includes('officer-card-') ? `sha384-${'A'.repeat(64)}` : hash]));
    const snippet = buildSnippet({
      widget: 'akimat-officer-card', scriptUrl: new URL('/dist/akimat-widgets.js', location.href).href, integrity: '',
      chunkIntegrity: tampered, feed: SAMPLE_FEED_PATH, attributes: { officer: 'vko-4' }, theme: {},
      fallbackLink: { href: 'https://www.gov.kz/', text: 'Contacts on gov.kz' },
    });
    const page = await frame('', previewPage(snippet, 'en'));
    const errors: unknown[][] = [];
    (page.contentWindow as unknown as { console: Console }).console.error = (...args: unknown[]) => { errors.push(args); };
    const bundle = await (page.contentWindow as unknown as { eval: (code: string) => Promise<{ discover: () => Promise<void> }> })
      .eval("import('/dist/akimat-widgets.js')");
    await bundle.discover();
    expect(page.contentWindow!.customElements.get('akimat-officer-card')).to.equal(undefined);
    const link = page.contentDocument!.querySelector('akimat-officer-card a')! as HTMLElement;
    expect(link.textContent).to.equal('Contacts on gov.kz');
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(String(errors[0]?.[0])).to.contain('<akimat-officer-card> could not be loaded');
    page.remove();
  });
});
