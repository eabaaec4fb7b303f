/**
 * The embed builder (demo/builder.html): a webmaster picks a widget and what it shows from
 * their own feed (validated live with the same code the widgets use), sees it running in a
 * blank page, and copies the snippet with an integrity hash of the built file.
 */
import { describeProblem, validateFeed } from '../../src/feed/validate.js';
import { FeedModel } from '../../src/feed/model.js';
import { textOf } from '../../src/localization/text.js';
import { buildSnippet, chunkIntegrityOf, integrityOf, previewPage, WIDGETS, type WidgetTag } from './snippet.js';
import { contrastRatio } from './contrast.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('builder');
const report = $<HTMLDivElement>('feed-report');
const snippetArea = $<HTMLTextAreaElement>('snippet');
const preview = $<HTMLIFrameElement>('preview');
const scriptUrl = $<HTMLInputElement>('script-url');
let model: FeedModel | undefined;
let integrity = '';
let chunkIntegrity: Record<string, string> = {};

/** Which "what to show" fields each widget uses, and under which attribute. */
const FIELDS: Readonly<Record<WidgetTag, Readonly<Record<string, string>>>> = {
  'akimat-officer-card': { officer: 'officer', body: 'body', fallback: '' },
  'akimat-officer-directory': { region: 'region', 'with-central': 'with-central', fallback: '' },
  'akimat-region-picker': { region: 'root' },
  'akimat-meeting-form': { region: 'region', officer: 'officer', endpoint: 'endpoint', 'consent-url': 'consent-url', fallback: '' },
  'akimat-council-list': { region: 'region', body: 'body', fallback: '' },
};

function widget(): WidgetTag {
  return (form.querySelector<HTMLInputElement>('input[name=widget]:checked')?.value ?? 'akimat-officer-card') as WidgetTag;
}

function renderWidgetChoices(): void {
  const box = $('widget-choices');
  for (const [tag, info] of Object.entries(WIDGETS)) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'widget';
    input.value = tag;
    input.checked = tag === 'akimat-officer-card';
    label.append(input, ` ${info.label} `);
    const code = document.createElement('code');
    code.textContent = `<${tag}>`;
    label.append(code);
    box.append(label);
  }
}

function setOptions(select: HTMLSelectElement, empty: string, items: Array<[string, string]>): void {
  const keep = select.value;
  select.replaceChildren(new Option(empty, ''), ...items.map(([value, text]) => new Option(text, value)));
  select.value = items.some(([value]) => value === keep) ? keep : '';
}

function fillChoices(): void {
  if (!model) return;
  const m = model;
  const regionId = $<HTMLSelectElement>('region').value;
  setOptions($('region'), '(all)', m.feed.regions.map((r) => [r.id, m.path(r.id).map((p) => textOf(p.name, 'en')).join(' › ')]));
  const bodies = regionId ? m.bodiesInRegion(regionId) : m.feed.bodies;
  setOptions($('body'), '(any)', bodies.map((b) => [b.id, textOf(b.name, 'en')]));
  const bodyId = $<HTMLSelectElement>('body').value;
  const officers = m.feed.officers.filter((o) => (bodyId ? o.body === bodyId : !regionId || bodies.some((b) => b.id === o.body)));
  setOptions($('officer'), '(none)', officers.map((o) => [o.id, `${textOf(o.name, 'en')} — ${textOf(m.bodyOf(o)?.name, 'en')}`]));
}

let loads = 0;

async function loadFeed(): Promise<void> {
  const url = new URL($<HTMLInputElement>('feed-url').value || '/feed.json', location.href).href;
  // Only the latest check may write the report: an older, slower answer must not overwrite it.
  const load = ++loads;
  report.textContent = 'Checking the feed…';
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' }, cache: 'no-store' });
    if (!response.ok) throw new Error(`the server answered HTTP ${response.status}`);
    const text = await response.text();
    if (load !== loads) return;
    const { feed, problems } = validateFeed(JSON.parse(text), url);
    model = new FeedModel(feed, url);
    const summary = document.createElement('p');
    summary.className = problems.length ? 'bad' : 'ok';
    summary.textContent = `${problems.length ? `${problems.length} problem(s) found` : 'The feed is valid'}: ${feed.regions.length} regions, ${feed.bodies.length} bodies, ${feed.officers.length} officers, ${feed.councils.length} councils.`;
    const list = document.createElement('ul');
    for (const problem of problems.slice(0, 50)) {
      const item = document.createElement('li');
      item.textContent = describeProblem(problem);
      list.append(item);
    }
    report.replaceChildren(summary, ...(problems.length ? [list] : []));
    fillChoices();
    // Start from something to see: the first officer of the feed.
    const officer = $<HTMLSelectElement>('officer');
    if (!officer.value && officer.options.length > 1) officer.selectedIndex = 1;
  } catch (error) {
    if (load !== loads) return;
    model = undefined;
    const message = error instanceof SyntaxError ? 'the file is not JSON' : (error as Error).message;
    const p = document.createElement('p');
    p.className = 'bad';
    p.textContent = `The feed could not be used: ${message}.`;
    report.replaceChildren(p);
  }
  update();
}

function showFieldsFor(tag: WidgetTag): void {
  for (const field of form.querySelectorAll<HTMLElement>('.field[data-for]')) {
    field.hidden = !(field.dataset['for']! in FIELDS[tag]);
  }
}

function value(id: string): string | boolean {
  const el = $<HTMLInputElement | HTMLSelectElement>(id);
  return el instanceof HTMLInputElement && el.type === 'checkbox' ? el.checked : el.value.trim();
}

export function currentSnippet(): string {
  const tag = widget();
  const attributes: Record<string, string | boolean> = {};
  for (const [field, attribute] of Object.entries(FIELDS[tag])) {
    if (attribute) attributes[attribute] = value(field);
  }
  // A card needs one of officer or body: prefer the officer when both are chosen.
  if (tag === 'akimat-officer-card' && attributes['officer']) delete attributes['body'];
  if (tag === 'akimat-region-picker') Object.assign(attributes, { name: 'region', label: '' });
  const defaults = { 'color-accent': '#0a4f9c', 'color-text': '#1b1f24' } as Record<string, string>;
  const theme: Record<string, string> = {};
  for (const key of ['color-accent', 'color-text']) if (value(key) !== defaults[key]) theme[key] = String(value(key));
  if (value('radius') !== '') theme['radius'] = String(value('radius'));
  const fallback = String(value('fallback'));
  return buildSnippet({
    widget: tag,
    scriptUrl: scriptUrl.value,
    integrity,
    chunkIntegrity,
    feed: $<HTMLInputElement>('feed-url').value,
    attributes,
    theme,
    ...(fallback && 'fallback' in FIELDS[tag] ? { fallbackLink: { href: fallback, text: fallback } } : {}),
  });
}

function update(): void {
  showFieldsFor(widget());
  const snippet = currentSnippet();
  snippetArea.value = snippet;
  preview.srcdoc = previewPage(snippet, String(value('lang')));
  const ratio = contrastRatio(String(value('color-accent')), '#ffffff');
  $('contrast').textContent = ratio < 4.5
    ? `The accent colour has a contrast of ${ratio.toFixed(1)}:1 on white; links and buttons need at least 4.5:1.`
    : `Accent contrast on white: ${ratio.toFixed(1)}:1 (at least 4.5:1 is needed).`;
}

async function hashScript(): Promise<void> {
  try {
    [integrity, chunkIntegrity] = await Promise.all([integrityOf(scriptUrl.value), chunkIntegrityOf(scriptUrl.value)]);
    $('integrity-note').textContent = `Integrity hash of this file: ${integrity}, and of the ${Object.keys(chunkIntegrity).length} files in its akimat-widgets/ folder (in the import map). Update the snippet whenever you update the files.`;
  } catch {
    integrity = '';
    chunkIntegrity = {};
    $('integrity-note').textContent = 'The file or its akimat-widgets/integrity.json could not be read from here, so the snippet has no integrity hashes. Run `npm run build` or check the address.';
  }
  update();
}

renderWidgetChoices();
scriptUrl.value = new URL('/dist/akimat-widgets.js', location.href).href;
form.addEventListener('input', (event) => {
  if ((event.target as HTMLElement).id === 'region' || (event.target as HTMLElement).id === 'body') fillChoices();
  update();
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).id === 'script-url') void hashScript();
});
form.addEventListener('submit', (event) => event.preventDefault());
$('load-feed').addEventListener('click', () => void loadFeed());
$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippetArea.value);
    $('copy-status').textContent = 'Copied.';
  } catch {
    snippetArea.select();
    $('copy-status').textContent = 'Select the text and copy it (Ctrl+C).';
  }
});
update();
void hashScript();
void loadFeed();
