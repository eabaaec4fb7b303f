/**
 * What the meeting form tells people about their request: the error summary, the failure
 * notice with Try again, the success panel, and the e-mail/phone fallback, with the
 * officer's contacts so that nobody is ever left without a way to reach the akimat.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FeedModel } from '../../feed/model.js';
import type { Body, Officer, Phone } from '../../feed/types.js';
import { mailtoHref, telHref } from '../../feed/urls.js';
import { textOf } from '../../localization/text.js';
import type { RetryReason } from '../../forms/submit.js';
import { formatDate } from '../../localization/format.js';
import { FIELDS, topicLabel, type FieldId, type FormValues } from './request.js';
import type { FieldErrors } from './validation.js';

export interface SummaryItem {
  /** The field to link to; none for a server message about no field in particular. */
  readonly field?: FieldId;
  readonly message: string;
}

function heading(level: number, text: string, id?: string): TemplateResult {
  return html`<p class="panel-title" role="heading" aria-level=${Math.min(6, Math.max(1, level))} id=${id ?? nothing}>${text}</p>`;
}

/** The summary's items: field errors in the order of the form, then the server's other messages. */
export function summaryItems(errors: FieldErrors, other: readonly string[]): SummaryItem[] {
  const items: SummaryItem[] = FIELDS.filter((f) => errors[f]).map((field) => ({ field, message: errors[field]! }));
  return [...items, ...other.map((message) => ({ message }))];
}

/** GOV.UK's error summary: focused after a failed submit, each message a link to its field. */
export function renderErrorSummary(items: readonly SummaryItem[], level: number, onLink: (field: FieldId, event: Event) => void): TemplateResult {
  return html`<div class="error-summary" id="error-summary" part="error-summary" tabindex="-1">
    <div role="alert">
      ${heading(level, msg('There is a problem'), 'error-summary-title')}
      <ul>
        ${items.map((item) => html`<li>${item.field
          ? html`<a href="#${item.field}" @click=${(e: Event) => onLink(item.field!, e)}>${item.message}</a>`
          : item.message}</li>`)}
      </ul>
    </div>
  </div>`;
}

export interface Contacts {
  readonly name: string;
  readonly email: string | undefined;
  readonly phones: readonly Phone[];
  /** The publisher's site, when there is neither e-mail nor phone. */
  readonly url: string | undefined;
}

/** Whom to write or call: the officer, else their body, else whoever publishes the feed. */
export function contactsFor(model: FeedModel, officer: Officer | undefined, body: Body | undefined): Contacts {
  const publisher = model.feed.publisher;
  const name = textOf(officer?.name ?? body?.name ?? publisher?.name);
  const email = officer?.email ?? body?.email ?? publisher?.email;
  const phones = [officer?.phones, body?.phones, publisher?.phones].find((p) => p && p.length) ?? [];
  return { name, email, phones, url: publisher?.url };
}

export interface Mail {
  readonly subject: string;
  readonly body: string;
}

/** The request as an e-mail the person sends from their own mail app. */
export function composeMail(values: FormValues, topic: string, date: string | null): Mail {
  const lines = [values.message.trim(), '', '—', msg(str`Name: ${values.name.trim()}`)];
  if (values.kind === 'organization') {
    lines.push(msg(str`Organization: ${values.organization.trim()}, BIN ${values.bin.trim()}`));
  }
  lines.push(msg(str`Phone: ${values.phone.trim()}`));
  if (values.email.trim()) lines.push(msg(str`E-mail: ${values.email.trim()}`));
  if (date) lines.push(msg(str`Preferred date: ${date}`));
  return { subject: msg(str`Meeting request: ${topic}`), body: lines.join('\n') };
}

export function renderContacts(contacts: Contacts, mail?: Mail): TemplateResult {
  const { name, email, phones, url } = contacts;
  return html`<ul class="contacts" part="contacts">
    ${email
      ? html`<li><a class=${mail ? 'button' : 'contact'} part="email" href=${mailtoHref(email, mail ?? {})}>${mail ? msg(str`Write an e-mail to ${name}`) : email}</a>${mail ? html` <span class="muted">${email}</span>` : nothing}</li>`
      : nothing}
    ${phones.map((p) => html`<li><a class="contact" part="phone" href=${telHref(p.value)} aria-label=${msg(str`Call ${name}: ${p.display}`)}>${p.display}</a></li>`)}
    ${!email && phones.length === 0 && url ? html`<li><a class="contact" href=${url}>${msg(str`Contact ${name}`)}</a></li>` : nothing}
  </ul>`;
}

export type Failure =
  /** `retryAt`: when the server said it will take requests again (epoch ms), if it said. */
  | { readonly kind: RetryReason; readonly status: number | null; readonly retryAt?: number }
  | { readonly kind: 'rejected'; readonly status: number; readonly detail: string | null };

/**
 * When to try again by the server's Retry-After, as a time on the person's own clock rounded
 * up to the minute; undefined for waits of a minute or less (the usual messages say so) and
 * for ones over 12 hours (a time of day would be ambiguous, and the officer's phone is better).
 */
export function retryTime(retryAfterSeconds: number | undefined, now: Date): number | undefined {
  if (retryAfterSeconds === undefined || retryAfterSeconds <= 60 || retryAfterSeconds > 12 * 3600) return undefined;
  return Math.ceil((now.getTime() + retryAfterSeconds * 1000) / 60_000) * 60_000;
}

function failureMessage(failure: Failure): string {
  if ((failure.kind === 'rate-limited' || failure.kind === 'server') && failure.retryAt !== undefined) {
    const at = new Date(failure.retryAt);
    const time = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
    return msg(str`The akimat\u2019s server asks to wait until ${time} before sending again. Everything you typed is kept. Try again then.`);
  }
  switch (failure.kind) {
    case 'offline':
      return msg('The request could not be sent: there seems to be no internet connection. Everything you typed is kept. Check your connection and try again.');
    case 'timeout':
      return msg('The akimat\u2019s server did not answer in time. Everything you typed is kept. Try again.');
    case 'server':
      return msg('The akimat\u2019s server could not take the request because of a problem on its side. Everything you typed is kept. Try again in a few minutes.');
    case 'rate-limited':
      return msg('The akimat\u2019s server is receiving too many requests. Everything you typed is kept. Wait a minute, then try again.');
    case 'rejected':
      return msg(str`The akimat\u2019s server did not accept the request (error ${failure.status}). Please contact the officer directly.`);
  }
}

/** After the Send button: what went wrong, Try again when it can help, and the contacts. */
export function renderFailure(failure: Failure, contacts: Contacts, onRetry: () => void, sending: boolean): TemplateResult {
  const detail = failure.kind === 'rejected' ? failure.detail : null;
  return html`<div class="failure" part="failure" role="alert">
    <p>${failureMessage(failure)}</p>
    ${detail ? html`<p>${detail}</p>` : nothing}
    ${failure.kind !== 'rejected'
      ? html`<button type="button" class="button secondary" part="try-again" aria-disabled=${sending ? 'true' : 'false'}
          @click=${onRetry}>${sending ? msg('Sending…') : msg('Try again')}</button>`
      : nothing}
    <p>${failure.kind === 'rejected' ? msg('Contacts:') : msg('You can also contact the officer directly:')}</p>
    ${renderContacts(contacts)}
  </div>`;
}

/** No endpoint and no page script to send it: the person's own e-mail app, or the phone. */
export function renderFallback(contacts: Contacts, mail: Mail, level: number): TemplateResult {
  return html`<div class="panel" id="fallback" part="fallback-panel" tabindex="-1">
    ${heading(level, msg('Send your request by e-mail or phone'), 'fallback-title')}
    <p>${contacts.email
      ? msg('This page cannot send the request itself. Your e-mail app will open with your request filled in: check it and press Send. You can also call.')
      : msg('This page cannot send the request itself. Please call, or contact the akimat.')}</p>
    ${renderContacts(contacts, mail)}
  </div>`;
}

export function renderSuccess(reference: string | null, level: number, onAnother: () => void): TemplateResult {
  return html`<div class="panel success" id="success" part="success" tabindex="-1">
    ${heading(level, msg('Request sent'), 'success-title')}
    ${reference
      ? html`<p class="reference">${msg('Your reference number')}<br><strong part="reference">${reference}</strong></p>`
      : nothing}
    ${heading(level + 1, msg('What happens next'))}
    <p>${msg('The officer\u2019s office will call or write to you to agree on the date, time and place of the meeting.')}</p>
    ${reference ? html`<p>${msg('Keep the reference number: give it if you contact the akimat about this request.')}</p>` : nothing}
    <button type="button" class="button secondary" part="another-button" @click=${onAnother}>${msg('Send another request')}</button>
  </div>`;
}

export interface AfterSend {
  readonly phase: 'editing' | 'sending' | 'failed' | 'fallback' | 'sent';
  readonly failure: Failure | null;
  readonly values: FormValues;
  readonly contacts: Contacts;
  readonly level: number;
  readonly onRetry: () => void;
}

/** Under the Send button: the e-mail fallback, or the failure with Try again (kept while retrying). */
export function renderAfterSend(state: AfterSend): TemplateResult | typeof nothing {
  if (state.phase === 'fallback') {
    const { values } = state;
    const topic = values.topic ? topicLabel(values.topic) : '';
    const date = values.preferredDate ? formatDate(values.preferredDate) : null;
    return renderFallback(state.contacts, composeMail(values, topic, date), state.level + 1);
  }
  if (state.failure && (state.phase === 'failed' || state.phase === 'sending')) {
    return renderFailure(state.failure, state.contacts, state.onRetry, state.phase === 'sending');
  }
  return nothing;
}
