/** Mounting and reading the region picker in tests. */
import { fixture, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetFeedClient } from '../../src/feed/client.js';
import '../../src/components/region-picker/region-picker.js';
import type { AkimatRegionPicker } from '../../src/components/region-picker/region-picker.js';
import { matchLocale, setLocale } from '../../src/localization/locale.js';
import { serve, startMsw, worker } from '../support/msw.js';
import { untilStatus } from '../support/widgets.js';
import { regionFeed } from './region-feed.js';

export type { AkimatRegionPicker };

/** The hooks every picker test file needs: msw on, the page in `lang`, a clean client after each test. */
export function setUpPickerTests(lang = 'en'): void {
  before(async () => {
    await startMsw();
    await useLanguage(lang);
  });
  afterEach(() => {
    worker.resetHandlers();
    resetFeedClient();
  });
}

let n = 0;
/** A feed URL no other test used: nothing is shared through the client or its cache. */
export function freshUrl(): string {
  return `/feeds/region-picker-${Date.now()}-${n++}.json`;
}

/** Serves `feed` at a fresh URL; `{feed}` in `markup` is replaced by that URL. */
export async function mount<T extends Element = AkimatRegionPicker>(markup: string, feed: object = regionFeed()): Promise<T> {
  const url = freshUrl();
  serve(url, feed);
  return fixture<T>(markup.replaceAll('{feed}', url));
}

export interface Held<T> {
  readonly element: T;
  /** Answers the held feed request (once it has arrived) with `response`. */
  release(response: Response): Promise<void>;
}

/** Mounts `markup` with a feed whose answer waits for `release`: the loading state, for sure. */
export async function mountHeld<T extends Element = AkimatRegionPicker>(markup: string): Promise<Held<T>> {
  let answer!: (response: Response) => void;
  let arrived!: () => void;
  const request = new Promise<void>((resolve) => { arrived = resolve; });
  const url = freshUrl();
  serve(url, () => new Promise<Response>((resolve) => { answer = resolve; arrived(); }));
  const element = await fixture<T>(markup.replaceAll('{feed}', url));
  return {
    element,
    release: async (response) => {
      await request;
      answer(response);
    },
  };
}

/** A ready picker with the test feed and a visible label, its text field focused. */
export async function readyPicker(attributes = ''): Promise<AkimatRegionPicker> {
  const picker = await mount(`<akimat-region-picker feed="{feed}" label="Region" ${attributes}></akimat-region-picker>`);
  await untilStatus(picker, 'ready');
  picker.focus();
  return picker;
}

/** Switches <html lang> and waits until the widgets can render in it. */
export async function useLanguage(lang: string): Promise<void> {
  document.documentElement.lang = lang;
  await setLocale(matchLocale(lang) ?? 'ru');
}

export function field(picker: AkimatRegionPicker): HTMLInputElement {
  return picker.shadowRoot!.querySelector<HTMLInputElement>('#input')!;
}

export function listbox(picker: AkimatRegionPicker): HTMLElement {
  return picker.shadowRoot!.querySelector<HTMLElement>('[role=listbox]')!;
}

export function options(picker: AkimatRegionPicker): HTMLElement[] {
  return [...picker.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')];
}

/** The names of the listed options, without their paths. */
export function optionNames(picker: AkimatRegionPicker): string[] {
  return options(picker).map((option) => option.querySelector('.name')!.textContent!.trim());
}

export function toggle(picker: AkimatRegionPicker): HTMLButtonElement {
  return picker.shadowRoot!.querySelector<HTMLButtonElement>('[part=toggle]')!;
}

/** The option that has visual focus (aria-activedescendant), or null. */
export function activeOption(picker: AkimatRegionPicker): HTMLElement | null {
  const id = field(picker).getAttribute('aria-activedescendant');
  return id ? picker.shadowRoot!.getElementById(id) : null;
}

export function isExpanded(picker: AkimatRegionPicker): boolean {
  return field(picker).getAttribute('aria-expanded') === 'true';
}

/** Waits for the render after input, and for the announcement (set on the next frame). */
export async function settle(picker: AkimatRegionPicker): Promise<void> {
  await picker.updateComplete;
  await nextFrame();
  await picker.updateComplete;
}

/** What the polite live region says now. */
export async function announcement(picker: AkimatRegionPicker): Promise<string> {
  await settle(picker);
  return picker.shadowRoot!.querySelector('.announcer')!.textContent!.replace(/\s+/g, ' ').trim();
}

/** The center of an element, for sendMouse. */
export function center(element: Element): [number, number] {
  const rect = element.getBoundingClientRect();
  return [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
}

/** Replaces the field's text by typing `text` (real key presses), and waits for the render. */
export async function typeInto(picker: AkimatRegionPicker, text: string): Promise<void> {
  field(picker).select();
  await sendKeys({ type: text });
  await picker.updateComplete;
}
