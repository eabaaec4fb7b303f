/**
 * The one-tag bundle defines each element when the page first has one: the element's code is
 * a file of its own next to the bundle, fetched on demand, so a page with one officer card
 * does not download the meeting form. The feed is requested at the same moment, so the two
 * downloads overlap instead of following each other.
 *
 * Elements in the document are found at once and whenever they are added later. Elements
 * inside another component's shadow root cannot be seen from the document: an app that
 * renders them there calls `discover(shadowRoot)` (or imports the per-element entries).
 */
import { feedResource } from './feed/client.js';
import { followPageLanguage } from './localization/locale.js';

const LOADERS = {
  'akimat-officer-card': () => import('./components/officer-card/officer-card.js'),
  'akimat-officer-directory': () => import('./components/officer-directory/officer-directory.js'),
  'akimat-council-list': () => import('./components/council-list/council-list.js'),
  'akimat-region-picker': () => import('./components/region-picker/region-picker.js'),
  'akimat-meeting-form': () => import('./components/meeting-form/meeting-form.js'),
} as const;

export type AutoloadedTag = keyof typeof LOADERS;
const TAGS = Object.keys(LOADERS) as AutoloadedTag[];
const SELECTOR = TAGS.join(',');

/** Loads in flight or done, per tag; a failed load is forgotten so a later discovery retries. */
const loading = new Map<AutoloadedTag, Promise<void>>();

const isTag = (name: string): name is AutoloadedTag => name in LOADERS;

/** Starts the feed download of a found element; returns how to let go of it. */
function prefetchFeed(element: Element): () => void {
  const url = element.getAttribute('feed')?.trim();
  if (!url) return () => {};
  try {
    return feedResource(url).subscribe(() => {});
  } catch {
    return () => {}; // An unusable address: the element itself will say so.
  }
}

function load(tag: AutoloadedTag, found: readonly Element[]): Promise<void> {
  let pending = loading.get(tag);
  if (!pending && !customElements.get(tag)) {
    // The page language's texts are a file of their own too: fetch them alongside.
    followPageLanguage();
    const releases = found.map(prefetchFeed);
    pending = LOADERS[tag]()
      .then(
        () => undefined,
        (error: unknown) => {
          loading.delete(tag);
          console.error(
            `[akimat-widgets] <${tag}> could not be loaded. Its code is in the akimat-widgets/ folder next to akimat-widgets.js: copy that folder too.`,
            error,
          );
        },
      )
      // Defining the element upgraded it, and it subscribed to its feed: ours can go.
      .finally(() => releases.forEach((release) => release()));
    loading.set(tag, pending);
  }
  return pending ?? Promise.resolve();
}

/**
 * Defines every widget found in `root` (and `root` itself). Resolves when their code has
 * loaded. Call it for shadow roots your own code creates; the document is watched already.
 */
export function discover(root: ParentNode = document): Promise<void> {
  const found = new Map<AutoloadedTag, Element[]>();
  const note = (element: Element) => {
    const name = element.localName;
    if (!isTag(name)) return;
    const list = found.get(name);
    if (list) list.push(element);
    else found.set(name, [element]);
  };
  if (root instanceof Element) note(root);
  root.querySelectorAll(SELECTOR).forEach(note);
  return Promise.all([...found].map(([tag, elements]) => load(tag, elements))).then(() => undefined);
}

let observer: MutationObserver | undefined;

/** Starts watching the document; called once by the bundle. */
export function startAutoload(): void {
  if (observer) return;
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
    }
    if (TAGS.every((tag) => customElements.get(tag))) observer?.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  void discover();
}
