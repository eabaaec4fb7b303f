import type { PropertyValues, TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { FeedModel } from '../../feed/model.js';
import { safeUrl } from '../../feed/urls.js';
import { fire } from '../../events/events.js';
import { getLocale } from '../../localization/locale.js';
import { DEFAULT_TIMEOUT_MS, type SubmitOutcome } from '../../forms/submit.js';
import { baseStyles } from '../../styles/base.styles.js';
import { FeedElement, headingLevel } from '../feed-element.js';
import { renderEmpty } from '../state-views.js';
import '../region-picker/region-picker.js';
import type { AkimatRegionPicker } from '../region-picker/region-picker.js';
import { CONSENT_VERSION } from './consent.js';
import { contactsFor, renderAfterSend, renderSuccess, summaryItems, type Failure } from './feedback.js';
import { afterOutcome, type MeetingRequestState } from './outcome.js';
import { loadMeetingDraft, meetingDraftId, removeMeetingDraft, saveMeetingDraft } from './draft.js';
import { meetingFormStyles } from './meeting-form.styles.js';
import {
  EMPTY_VALUES, buildRequestBody, isPristine, type FieldId, type FormValues, type ValueField,
} from './request.js';
import { renderForm, type FormView } from './sections.js';
import { MeetingSender } from './sender.js';
import {
  MESSAGE_MAX, characterCount, countBand, countMessage, recheck, shownErrors, validate,
  type Invalid, type ValidationContext,
} from './validation.js';
import { freeDateRange, receptionDates, resolveWhom, type Whom } from './whom.js';

/** Where the request stands: see `requestState`. */
export type { MeetingRequestState };

/** Fields whose message may change when a field changes. */
const AFFECTS: Partial<Record<ValueField, readonly FieldId[]>> = {
  region: ['region', 'body', 'officer'],
  body: ['body', 'officer'],
  kind: ['organization', 'bin'],
};

/**
 * A request to meet an officer for interaction with civil-society institutions: whom (from
 * the feed, or preselected), who, what, and consent. GOV.UK-style validation (error summary,
 * inline messages), drafts kept in the browser, and a submission that survives flaky
 * networks: timeouts, retries under one Idempotency-Key, one request per click.
 *
 * @summary Meeting request form for an officer from the feed.
 *
 * @fires akimat-meeting-submit - Before sending; cancelable. detail `{body, idempotencyKey, resolve, reject}`: call preventDefault() to send it yourself, then resolve/reject.
 * @fires akimat-meeting-sent - The request was accepted; detail `{reference, response}`.
 * @fires akimat-status - The widget moved between loading, ready, empty and error; detail `{status}`.
 *
 * @slot - Fallback markup (say, the akimat's contacts), shown before the script runs and when the feed fails.
 *
 * @csspart form - The form.
 * @csspart heading - The form's title (focused by `focus()`).
 * @csspart section - Each group of questions (whom, about you, your request, personal data).
 * @csspart field - Each field's box (label, hint, error, control).
 * @csspart input - Each text field, text area and select.
 * @csspart error-message - Each field's inline error.
 * @csspart error-summary - The "There is a problem" box.
 * @csspart officer-summary - The chosen officer, with "Change".
 * @csspart change-button - "Change" the officer.
 * @csspart region-picker - The `<akimat-region-picker>` of the whom step.
 * @csspart counter - The message's character count.
 * @csspart consent-link - The link to the personal-data policy.
 * @csspart draft-notice - "We restored what you typed", with "Clear the form".
 * @csspart submit-button - "Send request".
 * @csspart failure - What went wrong with sending, with "Try again".
 * @csspart try-again - "Try again".
 * @csspart success - The "Request sent" panel.
 * @csspart reference - The reference number.
 * @csspart another-button - "Send another request".
 * @csspart fallback-panel - The e-mail/phone fallback when nothing can send the request.
 * @csspart contacts - The officer's e-mail and phone links.
 * @csspart email - The e-mail link.
 * @csspart phone - Each phone link.
 * @csspart notice - Notes (stale officer, no officer in a region, saved copy).
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The feed error view.
 * @csspart retry-button - The feed error view's "Try again".
 * @csspart empty - The "no officers" view.
 *
 * @cssprop --akimat-color-accent - Links, buttons, focus of choices.
 * @cssprop --akimat-color-text - Text.
 * @cssprop --akimat-color-muted - Hints and the counter.
 * @cssprop --akimat-color-border - Field borders.
 * @cssprop --akimat-color-danger - Errors.
 * @cssprop --akimat-color-success - The "Request sent" panel.
 * @cssprop --akimat-color-surface - Field background.
 * @cssprop --akimat-color-surface-alt - Officer summary and consent text background.
 * @cssprop --akimat-radius - Corner radius.
 * @cssprop --akimat-space - Spacing unit.
 * @cssprop --akimat-font-family - Font (the page's by default).
 * @cssprop --akimat-focus-color - Focus ring colour.
 */
@customElement('akimat-meeting-form')
export class AkimatMeetingForm extends FeedElement {
  static override styles = [baseStyles, meetingFormStyles];

  /** Where the request is POSTed (JSON). Without it, the page's `akimat-meeting-submit` handler or e-mail. */
  @property() endpoint = '';
  /** Id of the officer to preselect; set it from code too (`form.officer = id; form.focus()`). */
  @property() officer = '';
  /** Id of the region to preselect (and to send with a preselected officer). */
  @property() region = '';
  /** The personal-data policy page. */
  @property({ attribute: 'consent-url' }) consentUrl = '';
  /** The page for formal appeals (e-Otinish by default). */
  @property({ attribute: 'appeal-url' }) appealUrl = '';
  /** Milliseconds before a request is given up. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;
  /** Submissions sooner than this after the form appeared are treated as spam (silently). */
  @property({ type: Number, attribute: 'min-fill-ms' }) minFillMs = 3000;
  /** Heading level of the form's title in the host page's outline (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** The clock for the preferred dates, the consent time and a server's "try again at"; the real time when unset. */
  @property({ attribute: false }) now: Date | undefined;

  @state() private values: FormValues = EMPTY_VALUES;
  @state() private consentAt: string | null = null;
  /** Fields shown as invalid (see `Invalid`). */
  @state() private invalid: Invalid = {};
  @state() private otherErrors: readonly string[] = [];
  @state() private phase: MeetingRequestState = 'editing';
  @state() private failure: Failure | null = null;
  @state() private reference: string | null = null;
  @state() private restored = false;
  @state() private choosing = false;
  @state() private countAnnouncement = '';
  @state() private sendingNote = '';

  private sender = new MeetingSender(this);
  private draftId: string | undefined;
  private startedAt = Date.now();
  private honeypot = '';
  private pendingFocus: { selector: string; options?: FocusOptions } | undefined;

  /**
   * Where the request stands: 'editing', 'sending', 'failed' (Try again is offered),
   * 'fallback' (nothing could send it; e-mail and phone are offered) or 'sent'.
   */
  get requestState(): MeetingRequestState {
    return this.phase;
  }

  protected override skeleton() {
    return { lines: 8, minHeight: '32rem' };
  }

  protected override isEmpty(model: FeedModel): boolean {
    return model.officers.size === 0;
  }

  /** Moves focus to the form's title (or the success panel), once the form is shown. */
  override focus(options?: FocusOptions): void {
    this.pendingFocus = { selector: this.phase === 'sent' ? '#success' : '#heading', ...(options ? { options } : {}) };
    this.requestUpdate();
  }

  // --- identity and drafts ---------------------------------------------------------------

  private endpointUrl(): string | null {
    return this.endpoint.trim() ? safeUrl(this.endpoint, document.baseURI) : null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('endpoint') || changed.has('officer')) this.followIdentity(changed.has('officer'));
    if (changed.has('region') && !this.values.region && isPristine(this.values)) {
      this.values = { ...this.values, region: this.region.trim() };
    }
    this.dropUnofferedDate();
  }

  /** A date from another officer's days (or a past one from a draft) is not kept out of sight. */
  private dropUnofferedDate(): void {
    const model = this.model();
    if (!model || !this.values.preferredDate) return;
    const { dates } = this.context(model);
    if (dates && !dates.includes(this.values.preferredDate)) this.values = { ...this.values, preferredDate: '' };
  }

  private freshValues(): FormValues {
    return { ...EMPTY_VALUES, officer: this.officer.trim(), region: this.region.trim() };
  }

  /**
   * A form's draft is its endpoint + officer. When they change (the officer card sets
   * `officer`), an untouched form loads that form's draft; a form the person has typed into
   * keeps what they typed, now addressed to the new officer, and its draft moves with it.
   */
  private followIdentity(officerChanged: boolean): void {
    const id = meetingDraftId(this.endpointUrl() ?? '', this.officer.trim());
    if (id === this.draftId) return;
    const first = this.draftId === undefined;
    const previous = this.draftId;
    this.draftId = id;
    if (!first && officerChanged) {
      this.choosing = false;
      if (this.phase === 'sent' || this.phase === 'fallback') this.phase = 'editing';
    }
    if (first || isPristine(this.values)) {
      const draft = loadMeetingDraft(id);
      if (draft) {
        this.values = draft.values;
        this.restored = true;
        this.sender = new MeetingSender(this, draft.series);
        this.startedAt = draft.startedAt;
      } else {
        this.values = this.freshValues();
        this.restored = false;
      }
      return;
    }
    this.values = { ...this.values, officer: this.officer.trim(), body: '', region: this.region.trim() };
    if (previous) removeMeetingDraft(previous);
    this.saveDraft();
  }

  private saveDraft(): void {
    if (this.draftId) saveMeetingDraft(this.draftId, { values: this.values, startedAt: this.startedAt, series: this.sender.series });
  }

  private reset(): void {
    if (this.draftId) removeMeetingDraft(this.draftId);
    this.values = this.freshValues();
    this.consentAt = null;
    this.invalid = {};
    this.otherErrors = [];
    this.failure = null;
    this.reference = null;
    this.restored = false;
    this.choosing = false;
    this.phase = 'editing';
    this.sender = new MeetingSender(this);
    this.startedAt = Date.now();
    this.pendingFocus = { selector: '#heading' };
    // The picker follows its value attribute only until it is used.
    const picker = this.renderRoot.querySelector<AkimatRegionPicker>('akimat-region-picker');
    if (picker) picker.value = this.values.region;
  }

  // --- editing ----------------------------------------------------------------------------

  private model(): FeedModel | undefined {
    const state = this.feedState.state;
    return state.status === 'ready' ? state.model : undefined;
  }

  private whom(model: FeedModel): Whom {
    return resolveWhom(model, this.values, this.choosing);
  }

  private context(model: FeedModel, whom = this.whom(model)): ValidationContext {
    const now = this.now ?? new Date();
    const dates = whom.officer?.reception.length ? receptionDates(whom.officer.reception, now).map((d) => d.date) : null;
    return { whomMissing: whom.missing, consent: this.consentAt !== null, dates, dateRange: freeDateRange(now) };
  }

  private set<K extends ValueField>(field: K, value: FormValues[K]): void {
    const before = this.values;
    this.values = { ...before, [field]: value };
    if (field === 'message') this.updateCount(before.message, value as string);
    this.recheck(AFFECTS[field] ?? [field as FieldId]);
    this.saveDraft();
  }

  private recheck(fields: readonly FieldId[]): void {
    const model = this.model();
    if (model && fields.some((f) => f in this.invalid)) this.invalid = recheck(this.invalid, fields, this.values, this.context(model));
  }

  /** The live region speaks at 200, 100, 50 and 0 left and when over, not at every key. */
  private updateCount(before: string, after: string): void {
    const left = (text: string) => MESSAGE_MAX - characterCount(text);
    if (countBand(left(before)) !== countBand(left(after))) {
      this.countAnnouncement = countBand(left(after)) === 0 ? '' : countMessage(left(after));
    }
  }

  private setConsent(checked: boolean): void {
    this.consentAt = checked ? (this.now ?? new Date()).toISOString() : null;
    this.recheck(['consent']);
  }

  private focusField(field: FieldId, event: Event): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${field}`);
    if (!target) return;
    (target.closest('.field, .section') ?? target).scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
  }

  // --- sending ----------------------------------------------------------------------------

  private looksLikeSpam(): boolean {
    return this.honeypot.trim() !== '' || Date.now() - this.startedAt < this.minFillMs;
  }

  private async submit(): Promise<void> {
    const model = this.model();
    if (!model || this.sender.sending) return;
    const whom = this.whom(model);
    const errors = validate(this.values, this.context(model, whom));
    this.otherErrors = [];
    if (Object.keys(errors).length) {
      this.invalid = Object.fromEntries(Object.keys(errors).map((field) => [field, null]));
      this.failure = null;
      this.phase = 'editing';
      this.pendingFocus = { selector: '#error-summary' };
      return;
    }
    this.invalid = {};
    if (this.looksLikeSpam()) {
      // Silently: a bot learns nothing, and nothing is sent.
      this.phase = 'sent';
      this.reference = null;
      this.pendingFocus = { selector: '#success' };
      return;
    }
    const body = buildRequestBody(this.values, {
      officer: whom.officer!.id,
      body: whom.body!.id,
      region: whom.region || whom.body?.region || null,
      language: getLocale(),
      consentVersion: CONSENT_VERSION,
      consentAt: this.consentAt!,
    });
    const run = this.sender.send(body, { endpoint: this.endpointUrl(), timeoutMs: this.timeout });
    if (!run) return;
    this.phase = 'sending';
    this.sendingNote = msg('Sending your request…');
    this.saveDraft();
    const outcome = await run;
    this.sendingNote = '';
    this.handleOutcome(outcome);
  }

  private handleOutcome(outcome: SubmitOutcome): void {
    const next = afterOutcome(outcome, this.now ?? new Date());
    this.phase = next.phase;
    if (next.failure !== undefined) this.failure = next.failure;
    if (next.errors) {
      this.invalid = next.errors.invalid;
      this.otherErrors = next.errors.other;
    }
    if (next.focus) this.pendingFocus = { selector: next.focus };
    if (next.keepDraft) this.saveDraft();
    if (next.sent) {
      this.reference = next.sent.reference;
      this.restored = false;
      if (this.draftId) removeMeetingDraft(this.draftId);
      fire(this, 'akimat-meeting-sent', next.sent);
    }
  }

  // --- rendering ----------------------------------------------------------------------------

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const pending = this.pendingFocus;
    const target = pending && this.renderRoot.querySelector<HTMLElement>(pending.selector);
    if (pending && target) {
      this.pendingFocus = undefined;
      // A child element (the region picker) may not have rendered its focusable part yet.
      const child = (target as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
      if (child) void child.then(() => target.focus(pending.options));
      else target.focus(pending.options);
    }
  }

  protected renderReady(model: FeedModel): TemplateResult {
    if (this.isEmpty(model)) return renderEmpty(msg('No officers are published yet, so a meeting cannot be requested here.'));
    const whom = this.whom(model);
    const level = this.level();
    if (this.phase === 'sent') return renderSuccess(this.reference, level, () => this.reset());
    const now = this.now ?? new Date();
    const errors = shownErrors(this.invalid, this.values, this.context(model, whom));
    const view: FormView = {
      model, whom, now, level,
      feed: this.feed,
      values: this.values,
      errors,
      consent: this.consentAt !== null,
      restored: this.restored,
      sending: this.phase === 'sending',
      missingOfficer: !!this.values.officer && !model.officers.has(this.values.officer),
      countAnnouncement: this.countAnnouncement,
      sendingNote: this.sendingNote,
      consentUrl: this.consentUrl.trim() ? safeUrl(this.consentUrl, document.baseURI) : null,
      appealUrl: safeUrl(this.appealUrl.trim() || 'https://eotinish.gov.kz/', document.baseURI),
      summary: summaryItems(errors, this.otherErrors),
      after: renderAfterSend({
        phase: this.phase, failure: this.failure, values: this.values, level,
        contacts: contactsFor(model, whom.officer, whom.body), onRetry: () => void this.submit(),
      }),
      on: {
        set: (field, value) => this.set(field, value),
        consent: (checked) => this.setConsent(checked),
        honeypot: (value) => { this.honeypot = value; },
        submit: () => void this.submit(),
        clear: () => this.reset(),
        change: () => {
          this.choosing = true;
          this.values = { ...this.values, region: this.values.region || whom.region, body: whom.body?.id ?? '' };
          this.pendingFocus = { selector: '#region' };
        },
        // Choosing in the steps keeps the steps on screen (no jump to the summary).
        region: (id) => { this.choosing = true; this.values = { ...this.values, body: '', officer: '' }; this.set('region', id); },
        body: (id) => { this.choosing = true; this.values = { ...this.values, officer: '' }; this.set('body', id); },
        officer: (id) => { this.choosing = true; this.set('officer', id); },
        link: (field, event) => this.focusField(field, event),
      },
    };
    return renderForm(view);
  }

  private level(): number {
    return headingLevel(this.headingLevel, 2);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'akimat-meeting-form': AkimatMeetingForm;
  }
}
