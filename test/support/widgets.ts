import type { WidgetStatus } from '../../src/events/events.js';

interface StatusElement extends HTMLElement {
  readonly status: WidgetStatus;
  readonly updateComplete: Promise<boolean>;
}

/** Resolves once `el` shows `status` (now or after its next akimat-status event). */
export async function untilStatus(el: StatusElement, status: WidgetStatus): Promise<void> {
  await el.updateComplete;
  while (el.status !== status) {
    await new Promise((resolve) => el.addEventListener('akimat-status', resolve, { once: true }));
    await el.updateComplete;
  }
}

/** Text of the element's shadow root, whitespace collapsed. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
