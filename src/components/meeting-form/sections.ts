/**
 * The meeting form's markup, top to bottom: title and purpose, the restored-draft notice, the
 * error summary, the four groups of questions, the spam trap, Send, and what follows Send.
 * The element owns the state; this file only draws it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FeedModel } from '../../feed/model.js';
import type { Officer } from '../../feed/types.js';
import { formatDate, formatNumber, weekdayName } from '../../localization/format.js';
import { textOf } from '../../localization/text.js';
import { renderConsentText } from './consent.js';
import { renderErrorSummary, type SummaryItem } from './feedback.js';
import { renderCheckbox, renderInput, renderRadios, renderSelect, renderTextarea, type Choice } from './fields.js';
import { APPLICANT_KINDS, TOPICS, topicLabel, type FieldId, type FormValues, type ValueField } from './request.js';
import { MESSAGE_MAX, characterCount, countMessage, type FieldErrors } from './validation.js';
import { freeDateRange, isoWeekday, receptionDates, type Whom } from './whom.js';
import { renderWhom } from './whom-view.js';

export interface FormView {
  readonly model: FeedModel;
  readonly whom: Whom;
  readonly now: Date;
  readonly level: number;
  readonly feed: string;
  readonly values: FormValues;
  readonly errors: FieldErrors;
  readonly consent: boolean;
  readonly restored: boolean;
  readonly sending: boolean;
  readonly missingOfficer: boolean;
  readonly countAnnouncement: string;
  readonly sendingNote: string;
  readonly consentUrl: string | null;
  readonly appealUrl: string | null;
  readonly summary: readonly SummaryItem[];
  /** The failure notice or the e-mail fallback, shown after Send. */
  readonly after: TemplateResult | typeof nothing;
  readonly on: {
    readonly set: <K extends ValueField>(field: K, value: FormValues[K]) => void;
    readonly consent: (checked: boolean) => void;
    readonly honeypot: (value: string) => void;
    readonly submit: () => void;
    readonly clear: () => void;
    readonly change: () => void;
    readonly region: (id: string) => void;
    readonly body: (id: string) => void;
    readonly officer: (id: string) => void;
    readonly link: (field: FieldId, event: Event) => void;
  };
}

/** The officer's reception days as choices: "Tuesday, 1 December 2026, 15:00–18:00". */
export function dateChoices(officer: Officer, now: Date): Choice[] {
  return receptionDates(officer.reception, now).map(({ date, slots }) => ({
    value: date,
    label: `${weekdayName(isoWeekday(date))}, ${formatDate(date)}, ${slots.map((s) => `${s.from}–${s.to}`).join(', ')}`,
  }));
}

function renderIntro(view: FormView): TemplateResult {
  const appeal = view.appealUrl;
  const isEotinish = appeal ? new URL(appeal).hostname.endsWith('eotinish.gov.kz') : false;
  return html`<p class="title" part="heading" role="heading" aria-level=${view.level} id="heading" tabindex="-1">${msg('Request a meeting')}</p>
    <p class="intro">${msg('Ask for a meeting with an officer for interaction with civil-society institutions. This is a request for a meeting, not an official appeal.')}
      ${!appeal
        ? nothing
        : isEotinish
          ? msg(html`To make a complaint or an official appeal, use <a href=${appeal} target="_blank" rel="noopener">e-Otinish (opens in a new tab)</a>.`)
          : msg(html`To make a complaint or an official appeal, use <a href=${appeal} target="_blank" rel="noopener">the appeals page (opens in a new tab)</a>.`)}</p>`;
}

function renderDraftNotice(view: FormView): TemplateResult | typeof nothing {
  if (!view.restored) return nothing;
  return html`<div class="draft-notice" part="draft-notice" role="status">
    <p>${msg('We have restored what you typed earlier on this device.')}</p>
    <button type="button" class="link-button" @click=${view.on.clear}>${msg('Clear the form')}</button>
  </div>`;
}

function renderWho(view: FormView): TemplateResult {
  const { values, errors, on } = view;
  const organization = values.kind === 'organization';
  return html`<fieldset class="section" part="section">
    <legend class="section-title">${msg('About you')}</legend>
    ${renderRadios({
      id: 'kind', name: 'kind', label: msg('You are writing as'), value: values.kind, error: errors.kind, inline: true,
      choices: APPLICANT_KINDS.map((kind) => ({ value: kind, label: kind === 'person' ? msg('A private person') : msg('An organization') })),
      onChange: (value) => on.set('kind', value as FormValues['kind']),
    })}
    ${renderInput({
      id: 'name', name: 'name', label: msg('Full name'), value: values.name, error: errors.name,
      type: 'text', inputmode: 'text', autocomplete: 'name', spellcheck: false, autocapitalize: 'words',
      onInput: (value) => on.set('name', value),
    })}
    ${organization
      ? html`${renderInput({
          id: 'organization', name: 'organization', label: msg('Name of the organization'), value: values.organization,
          error: errors.organization, type: 'text', inputmode: 'text', autocomplete: 'organization', spellcheck: false,
          onInput: (value) => on.set('organization', value),
        })}
        ${renderInput({
          id: 'bin', name: 'bin', label: msg('BIN of the organization'), hint: msg('12 digits, as on the registration certificate'),
          value: values.bin, error: errors.bin, type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: false,
          width: 'medium', onInput: (value) => on.set('bin', value),
        })}`
      : nothing}
    ${renderInput({
      id: 'phone', name: 'phone', label: msg('Phone number'), hint: msg('For example, 8 701 123 45 67 or +7 701 123 45 67'),
      value: values.phone, error: errors.phone, type: 'tel', inputmode: 'tel', autocomplete: 'tel', spellcheck: false,
      width: 'medium', onInput: (value) => on.set('phone', value),
    })}
    ${renderInput({
      id: 'email', name: 'email', label: msg('E-mail address'), optional: true, value: values.email, error: errors.email,
      type: 'email', inputmode: 'email', autocomplete: 'email', spellcheck: false, autocapitalize: 'none',
      onInput: (value) => on.set('email', value),
    })}
  </fieldset>`;
}

function renderDate(view: FormView): TemplateResult {
  const { values, errors, on, whom } = view;
  const officer = whom.officer;
  if (officer?.reception.length) {
    return renderSelect({
      id: 'preferredDate', name: 'preferredDate', label: msg('Preferred date'), optional: true,
      hint: msg('The days when the officer receives visitors. The office will confirm the date and time.'),
      value: values.preferredDate, error: errors.preferredDate, placeholder: msg('No preference'),
      choices: dateChoices(officer, view.now), onChange: (value) => on.set('preferredDate', value),
    });
  }
  const range = freeDateRange(view.now);
  return renderInput({
    id: 'preferredDate', name: 'preferredDate', label: msg('Preferred date'), optional: true,
    hint: msg('The office will confirm the date and time.'), value: values.preferredDate, error: errors.preferredDate,
    type: 'date', autocomplete: 'off', width: 'short', min: range.min, max: range.max,
    onInput: (value) => on.set('preferredDate', value),
  });
}

function renderWhat(view: FormView): TemplateResult {
  const { values, errors, on } = view;
  const left = MESSAGE_MAX - characterCount(values.message);
  return html`<fieldset class="section" part="section">
    <legend class="section-title">${msg('Your request')}</legend>
    ${renderRadios({
      id: 'topic', name: 'topic', label: msg('What do you want to discuss?'), value: values.topic, error: errors.topic,
      choices: TOPICS.map((topic) => ({ value: topic, label: topicLabel(topic) })),
      onChange: (value) => on.set('topic', value as FormValues['topic']),
    })}
    ${renderTextarea({
      id: 'message', name: 'message', label: msg('Your message'), rows: 6, value: values.message, error: errors.message,
      hint: msg('What you would like to discuss, and what you expect from the meeting.'),
      describedByExtra: ['message-limit'],
      onInput: (value) => on.set('message', value),
      after: html`<p class="visually-hidden" id="message-limit">${msg(str`You can enter up to ${formatNumber(MESSAGE_MAX)} characters.`)}</p>
        <p class="count ${left < 0 ? 'over' : ''}" part="counter" aria-hidden="true">${countMessage(left)}</p>
        <p class="visually-hidden" role="status">${view.countAnnouncement}</p>`,
    })}
    ${renderDate(view)}
  </fieldset>`;
}

function renderConsent(view: FormView): TemplateResult {
  const operator = textOf(view.whom.body?.name) || null;
  return html`<fieldset class="section" part="section">
    <legend class="section-title">${msg('Your personal data')}</legend>
    <div class="consent-text" id="consent-text">${renderConsentText(operator, view.consentUrl)}</div>
    ${renderCheckbox({
      id: 'consent', name: 'consent', label: msg('I agree to the processing of my personal data as described above'),
      checked: view.consent, error: view.errors.consent, describedByExtra: ['consent-text'],
      onChange: view.on.consent,
    })}
  </fieldset>`;
}

/** A field only bots fill: off-screen, out of the tab order, hidden from assistive technology. */
function renderTrap(view: FormView): TemplateResult {
  // Clipped in place by the shared .visually-hidden (never moved off-screen: -10000px lands on
  // the right inside an RTL section and scrolls the page); inert and hidden from assistive tech.
  return html`<div class="trap visually-hidden" aria-hidden="true" inert>
    <label for="website">${msg('Leave this field empty')}</label>
    <input id="website" name="website" type="text" tabindex="-1" autocomplete="off"
      @input=${(e: Event) => view.on.honeypot((e.target as HTMLInputElement).value)}>
  </div>`;
}

export function renderForm(view: FormView): TemplateResult {
  return html`<form part="form" novalidate aria-labelledby="heading"
    @submit=${(e: Event) => { e.preventDefault(); view.on.submit(); }}>
    ${renderIntro(view)}
    ${renderDraftNotice(view)}
    ${view.summary.length ? renderErrorSummary(view.summary, view.level + 1, view.on.link) : nothing}
    ${renderWhom({
      model: view.model, whom: view.whom, feed: view.feed, errors: view.errors, missingOfficer: view.missingOfficer,
      onChange: view.on.change, onRegion: view.on.region, onBody: view.on.body, onOfficer: view.on.officer,
    })}
    ${renderWho(view)}
    ${renderWhat(view)}
    ${renderConsent(view)}
    ${renderTrap(view)}
    <div class="actions">
      <button type="submit" class="button" part="submit-button" aria-disabled=${view.sending ? 'true' : 'false'}>
        ${view.sending ? msg('Sending…') : msg('Send request')}</button>
    </div>
    ${view.after}
    <p class="visually-hidden" role="status">${view.sendingNote}</p>
  </form>`;
}
