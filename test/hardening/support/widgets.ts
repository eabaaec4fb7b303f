/**
 * Helpers the hardening suites share: mounting the widgets of the one-tag bundle against a
 * feed, waiting until they settle, walking their shadow trees, reading which records they
 * rendered, and catching uncaught errors.
 */
import type { WidgetStatus } from '../../../src/events/events.js';

export type Widget = HTMLElement & {
  readonly status: WidgetStatus;
  readonly updateComplete: Promise<boolean>;
  now?: Date | undefined;
};

/** A fixed clock: reception hints and "next meeting" must not depend on the day the tests run. */
export const FIXED_NOW = new Date('2026-11-10T11:00:00+05:00');

/** Every `akimat-*` element below `root` (not inside shadow roots). */
export function widgetsIn(root: ParentNode): Widget[] {
  return [...root.querySelectorAll<Widget>('*')].filter((el) => el.localName.startsWith('akimat-'));
}

/** Resolves once `el` no longer shows its loading state. */
export async function settled(el: Widget): Promise<void> {
  await el.updateComplete;
  while (el.status === 'loading') {
    await new Promise((resolve) => el.addEventListener('akimat-status', resolve, { once: true }));
    await el.updateComplete;
  }
}

export async function settleAll(root: ParentNode): Promise<Widget[]> {
  const widgets = widgetsIn(root);
  for (const widget of widgets) await settled(widget);
  return widgets;
}

/** Creates an element with attributes (values set as given, never parsed as HTML). */
export function element<T extends HTMLElement = Widget>(tag: string, attributes: Record<string, string> = {}): T {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (tag.startsWith('akimat-')) (el as unknown as Widget).now = FIXED_NOW;
  return el;
}

/** Every element inside `root`, descending into open shadow roots. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode): void => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return out;
}

/** Feed ids of the records a widget rendered, read back from the DOM ids of their headings. */
export function renderedIds(widget: Element, part: string, prefix: string): string[] {
  return [...widget.shadowRoot!.querySelectorAll(`[part~="${part}"]`)].map((article) => {
    const label = article.getAttribute('aria-labelledby') ?? '';
    return decodeURIComponent(label.slice(prefix.length));
  });
}

/**
 * Clicks every collapsed disclosure button (`aria-expanded="false"`) matching `selector`,
 * all before the next render (Lit batches them into one update), and returns how many.
 */
export async function expandAll(widget: Widget, selector: string): Promise<number> {
  const buttons = [...widget.shadowRoot!.querySelectorAll<HTMLButtonElement>(selector)].filter((b) => b.getAttribute('aria-expanded') === 'false');
  for (const button of buttons) button.click();
  await widget.updateComplete;
  return buttons.length;
}

/** Uncaught errors and unhandled rejections on the page while `watch` runs. */
export class ErrorTrap {
  readonly errors: string[] = [];
  private readonly onError = (event: ErrorEvent): void => { this.errors.push(`error: ${event.message}`); };
  private readonly onRejection = (event: PromiseRejectionEvent): void => { this.errors.push(`unhandled rejection: ${String(event.reason)}`); };

  start(): void {
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
  }

  stop(): void {
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
  }
}

/**
 * Counts console warnings instead of printing them: the widgets warn once per broken record,
 * which is right on a real page and thousands of lines in a fuzz run.
 */
export function muteWarnings(): { readonly count: number; restore(): void } {
  const original = console.warn;
  let count = 0;
  console.warn = () => { count += 1; };
  return { get count() { return count; }, restore: () => { console.warn = original; } };
}

/**
 * Turns the Cache API off for the page (the feed client then runs without a saved copy),
 * and gives back the function that turns it on again.
 */
export function withoutCacheStorage(): () => void {
  const descriptor = Object.getOwnPropertyDescriptor(window, 'caches');
  Object.defineProperty(window, 'caches', { value: undefined, configurable: true, writable: true });
  return () => {
    if (descriptor) Object.defineProperty(window, 'caches', descriptor);
    else delete (window as { caches?: unknown }).caches;
  };
}

/**
 * Where a suite renders many widgets: a container on the page, uncaught errors trapped and
 * feed warnings counted (not printed). `close()` undoes all three.
 */
export interface Stage {
  readonly container: HTMLDivElement;
  readonly trap: ErrorTrap;
  readonly warnings: { readonly count: number };
  close(): void;
}

/** `hidden`: not laid out, for suites that only read the DOM (much faster with big feeds). */
export function openStage(options: { hidden?: boolean } = {}): Stage {
  const container = document.createElement('div');
  container.hidden = options.hidden ?? false;
  document.body.append(container);
  const trap = new ErrorTrap();
  const warnings = muteWarnings();
  trap.start();
  return {
    container,
    trap,
    warnings,
    close: () => {
      trap.stop();
      warnings.restore();
      container.remove();
    },
  };
}

