/**
 * "Request a meeting", shared by the officer card and the directory. Three ways, in order:
 * fill an `<akimat-meeting-form>` on the page (`meeting-form="id"`), link to a page
 * (`meeting-url`), or tell the host page through `akimat-meeting-request`.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Officer } from '../../feed/types.js';
import { safeUrl } from '../../feed/urls.js';
import { fire } from '../../events/events.js';
import { textOf } from '../../localization/text.js';

/** What `meeting-form` points at: an `<akimat-meeting-form>` (or anything with `officer`). */
interface MeetingTarget extends HTMLElement {
  officer: string;
}

export interface MeetingOptions {
  readonly meetingForm: string;
  readonly meetingUrl: string;
}

export function renderMeetingAction(host: HTMLElement, officer: Officer, options: MeetingOptions): TemplateResult {
  const label = msg(str`Request a meeting with ${textOf(officer.name)}`);
  const url = !options.meetingForm && options.meetingUrl ? safeUrl(options.meetingUrl, document.baseURI) : null;
  if (url) {
    const href = new URL(url);
    href.searchParams.set('officer', officer.id);
    return html`<a class="button" part="meeting-button" href=${href.href} aria-label=${label}>${msg('Request a meeting')}</a>`;
  }
  return html`<button type="button" class="button" part="meeting-button" aria-label=${label}
    @click=${() => requestMeeting(host, officer, options.meetingForm)}>${msg('Request a meeting')}</button>`;
}

function requestMeeting(host: HTMLElement, officer: Officer, formId: string): void {
  const root = host.getRootNode() as Document | ShadowRoot;
  const target = formId ? ((root.getElementById?.(formId) ?? document.getElementById(formId)) as MeetingTarget | null) : null;
  if (target) {
    target.officer = officer.id;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView?.({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    // The one-tag bundle loads the form's code on demand, and a slow network may not have
    // brought it yet: the officer set now is kept through the upgrade, focus waits for it.
    const name = target.localName;
    if (name.includes('-') && !customElements.get(name)) {
      void customElements.whenDefined(name).then(() => target.focus({ preventScroll: true }));
    } else {
      target.focus({ preventScroll: true });
    }
    return;
  }
  if (formId) console.warn(`[akimat-widgets] meeting-form="${formId}" not found; firing akimat-meeting-request instead`);
  fire(host, 'akimat-meeting-request', { officer: officer.id });
}
