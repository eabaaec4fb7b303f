/** Mounting, filling and reading the meeting form in tests. */
import { fixture, waitUntil } from '@open-wc/testing';
import '../../src/components/meeting-form/meeting-form.js';
import type { AkimatMeetingForm, MeetingRequestState } from '../../src/components/meeting-form/meeting-form.js';
import type { AkimatMeetingSubmitDetail } from '../../src/components/meeting-form/request.js';
import { resetFeedClient } from '../../src/feed/client.js';
import { matchLocale, setLocale } from '../../src/localization/locale.js';
import { serve, startMsw, worker } from '../support/msw.js';
import { sampleFeed } from '../support/feeds.js';
import { untilStatus } from '../support/widgets.js';

export type { AkimatMeetingForm };

/** Saturday 21 November 2026, 15:00 in Kazakhstan. */
export const NOW = new Date('2026-11-21T10:00:00.000Z');
export const FEED = '/feed.json';
export const ENDPOINT = '/api/meeting-requests';

/**
 * The hooks every meeting-form test file shares: msw, the sample feed at /feed.json, English,
 * and nothing left behind (handlers, feed client, drafts).
 */
export function setUpMeetingFormTests(): void {
  before(startMsw);
  beforeEach(async () => {
    await useLanguage('en');
    serve(FEED, await sampleFeed());
  });
  afterEach(() => {
    worker.resetHandlers();
    resetFeedClient();
    localStorage.clear();
  });
}

let n = 0;
/** An endpoint no other test used, so drafts of earlier tests stay out of the way. */
export function freshEndpoint(): string {
  return `/api/meeting-${Date.now()}-${n++}`;
}

/** A ready form on the sample feed, with the fixed clock and no minimum fill time. */
export async function mountForm(attributes = `officer="vko-4" endpoint="${ENDPOINT}"`): Promise<AkimatMeetingForm> {
  const form = await fixture<AkimatMeetingForm>(`<akimat-meeting-form feed="${FEED}" min-fill-ms="0" ${attributes}></akimat-meeting-form>`);
  form.now = NOW;
  await untilStatus(form, 'ready');
  return form;
}

export function $<T extends Element = HTMLElement>(form: Element, selector: string): T | null {
  return form.shadowRoot!.querySelector<T>(selector);
}

export function control<T extends HTMLElement = HTMLInputElement>(form: Element, id: string): T {
  const el = $<T>(form, `#${id}`);
  if (!el) throw new Error(`no #${id} in the form`);
  return el;
}

/** Types into a field the way a person does: the value changes, then `input` fires. */
export async function typeInto(form: AkimatMeetingForm, id: string, value: string): Promise<void> {
  const input = control<HTMLInputElement | HTMLTextAreaElement>(form, id);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await form.updateComplete;
}

export async function selectValue(form: AkimatMeetingForm, id: string, value: string): Promise<void> {
  const select = control<HTMLSelectElement>(form, id);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await form.updateComplete;
}

export async function click(form: AkimatMeetingForm, selector: string): Promise<void> {
  const el = $(form, selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  el.click();
  await form.updateComplete;
}

export interface Applicant {
  name?: string;
  phone?: string;
  email?: string;
  topic?: string;
  message?: string;
  organization?: { name: string; bin: string };
}

/** Fills every required field with valid answers and ticks the consent. */
export async function fillValid(form: AkimatMeetingForm, applicant: Applicant = {}): Promise<void> {
  if (applicant.organization) {
    await click(form, '#kind-organization');
    await typeInto(form, 'organization', applicant.organization.name);
    await typeInto(form, 'bin', applicant.organization.bin);
  }
  await typeInto(form, 'name', applicant.name ?? 'Асель Нурланқызы Серікова');
  await typeInto(form, 'phone', applicant.phone ?? '8 701 123-45-67');
  await typeInto(form, 'email', applicant.email ?? 'asel@example.kz');
  await click(form, applicant.topic ? `input[name=topic][value=${applicant.topic}]` : '#topic');
  await typeInto(form, 'message', applicant.message ?? 'Хотим обсудить социальный проект для молодёжи.');
  if (!control(form, 'consent').checked) await click(form, '#consent');
}

export async function send(form: AkimatMeetingForm): Promise<void> {
  await click(form, '[part=submit-button]');
}

/** Resolves once the request reaches `state`. */
export async function untilRequest(form: AkimatMeetingForm, state: MeetingRequestState): Promise<void> {
  await waitUntil(() => form.requestState === state, `request never became ${state} (is ${form.requestState})`);
  await form.updateComplete;
}

/** Switches <html lang> and waits until the widgets can render in it. */
export async function useLanguage(lang: string): Promise<void> {
  document.documentElement.lang = lang;
  await setLocale(matchLocale(lang) ?? 'ru');
}

/** Every field the person can see, by id, with what it holds now. */
export function fieldValues(form: AkimatMeetingForm): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const el of form.shadowRoot!.querySelectorAll<HTMLInputElement>('form input:not([name=website]), form textarea, form select')) {
    if (el.type === 'radio') {
      if (el.checked) out[el.name] = el.value;
    } else if (el.type === 'checkbox') out[el.id] = el.checked;
    else out[el.id] = el.value;
  }
  return out;
}

/**
 * The id of what has focus inside the form. (Compared as a string: a failed chai comparison
 * of two elements makes the runner serialise whole DOM trees.)
 */
export function focusedId(form: Element): string | null {
  return form.shadowRoot!.activeElement?.id ?? null;
}

/**
 * Catches the next `akimat-meeting-submit` as a page that sends the request itself would:
 * preventDefault(), then the detail with the body, key, resolve and reject.
 */
export function interceptSubmit(form: AkimatMeetingForm): Promise<AkimatMeetingSubmitDetail> {
  return new Promise((resolve) => {
    form.addEventListener('akimat-meeting-submit', (e) => { e.preventDefault(); resolve(e.detail); }, { once: true });
  });
}
