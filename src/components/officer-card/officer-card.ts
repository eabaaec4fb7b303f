import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { FeedModel } from '../../feed/model.js';
import type { Officer } from '../../feed/types.js';
import { renderText } from '../../localization/render-text.js';
import { textOf } from '../../localization/text.js';
import { baseStyles } from '../../styles/base.styles.js';
import { FeedElement, headingLevel } from '../feed-element.js';
import { renderEmpty } from '../state-views.js';
import { officerCardStyles } from './officer-card.styles.js';
import { renderMeetingAction } from './meeting-action.js';
import { initials, renderContacts, renderPath, renderReception } from './officer-view.js';
import { buildVCard, vcardFileName } from './vcard.js';
import { downloadFile } from '../../files/content-lines.js';

/**
 * Who the officer for interaction with civil-society institutions is, and how to call, write
 * or visit them.
 *
 * @summary Contact card of an officer, chosen by `officer` or by `body`.
 *
 * @fires akimat-meeting-request - "Request a meeting" pressed with neither `meeting-form` nor `meeting-url`; detail `{officer}`.
 * @fires akimat-status - The widget moved between loading, ready, empty and error; detail `{status}`.
 *
 * @slot - Fallback markup (say, a link to the akimat's contacts page), shown before the script runs and when the feed fails.
 *
 * @csspart card - Each officer's card.
 * @csspart photo - The photo or the initials avatar.
 * @csspart name - The officer's name.
 * @csspart path - The region path (Облыс › Аудан).
 * @csspart phone - Each phone link.
 * @csspart email - The e-mail link.
 * @csspart reception-hint - "Receiving now" / "Next reception" line.
 * @csspart actions - The row of buttons.
 * @csspart meeting-button - "Request a meeting".
 * @csspart vcard-button - "Save contact".
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error view.
 * @csspart retry-button - The error view's "Try again".
 * @csspart empty - The "not found" view.
 * @csspart notice - The "saved copy" notice.
 *
 * @cssprop --akimat-color-accent - Links, buttons, avatar ring.
 * @cssprop --akimat-color-text - Body text.
 * @cssprop --akimat-color-muted - Secondary text.
 * @cssprop --akimat-color-surface - Card background.
 * @cssprop --akimat-color-divider - Card border.
 * @cssprop --akimat-radius - Corner radius.
 * @cssprop --akimat-space - Padding unit.
 * @cssprop --akimat-font-family - Font (the page's by default).
 * @cssprop --akimat-focus-color - Focus ring colour.
 */
@customElement('akimat-officer-card')
export class AkimatOfficerCard extends FeedElement {
  static override styles = [baseStyles, officerCardStyles];

  /** Id of the officer to show. */
  @property() officer = '';
  /** Id of a body: shows its officer (or officers). Used when `officer` is empty. */
  @property() body = '';
  /** `full` (default) or `compact` (no address, no weekly table). */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';
  /** Heading level of the officer's name in the host page's outline (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** Id of an `<akimat-meeting-form>` on the page that "Request a meeting" fills. */
  @property({ attribute: 'meeting-form' }) meetingForm = '';
  /** A page to link "Request a meeting" to (the officer id is added as `?officer=`). */
  @property({ attribute: 'meeting-url' }) meetingUrl = '';
  /** The clock for the reception hint; the real time when unset (set it in demos and tests). */
  @property({ attribute: false }) now: Date | undefined;

  @state() private failedPhotos = new Set<string>();

  protected override skeleton() {
    return { lines: 4, minHeight: this.variant === 'compact' ? '7rem' : '12rem' };
  }

  private chosen(model: FeedModel): Officer[] {
    if (this.officer) {
      const officer = model.officers.get(this.officer.trim());
      return officer ? [officer] : [];
    }
    return this.body ? [...model.officersOfBody(this.body.trim())] : [];
  }

  protected override isEmpty(model: FeedModel): boolean {
    return this.chosen(model).length === 0;
  }

  protected renderReady(model: FeedModel): TemplateResult {
    const officers = this.chosen(model);
    if (officers.length === 0) return this.renderNotFound(model);
    return html`<div class="list">${officers.map((o) => this.renderOfficer(model, o))}</div>`;
  }

  private renderNotFound(model: FeedModel): TemplateResult {
    const wanted = this.officer || this.body;
    this.warnOnce(`no officer for ${this.officer ? `officer="${wanted}"` : `body="${wanted}"`} in ${model.url}`);
    const publisher = model.feed.publisher;
    const message = wanted
      ? msg('The officer you are looking for is not in the published list. The list may have been updated.')
      : msg('No officer is chosen. The site administrator needs to set the officer or body attribute.');
    return renderEmpty(message, publisher?.url
      ? html`<p><a href=${publisher.url}>${msg(str`Contact ${textOf(publisher.name)}`)}</a></p>`
      : nothing);
  }

  private renderPhoto(officer: Officer, name: string): TemplateResult {
    if (officer.photo && !this.failedPhotos.has(officer.id)) {
      return html`<img class="avatar" part="photo" src=${officer.photo} alt="" width="72" height="72" loading="lazy"
        @error=${() => { this.failedPhotos = new Set(this.failedPhotos).add(officer.id); }}>`;
    }
    return html`<span class="avatar initials" part="photo" aria-hidden="true">${initials(name)}</span>`;
  }

  private renderOfficer(model: FeedModel, officer: Officer): TemplateResult {
    const name = textOf(officer.name);
    const body = model.bodyOf(officer);
    const compact = this.variant === 'compact';
    const level = headingLevel(this.headingLevel, 3);
    // Feed ids may hold spaces, which an IDREF cannot: encoded, they stay unique and usable.
    const key = encodeURIComponent(officer.id);
    return html`<article class="card" part="card" aria-labelledby="name-${key}">
      ${this.renderPhoto(officer, name)}
      <div>
        <p class="name" part="name" role="heading" aria-level=${level} id="name-${key}">${renderText(officer.name)}</p>
        <p class="position">${renderText(officer.position)}</p>
        ${body ? html`<p class="body">${body.url ? html`<a href=${body.url}>${renderText(body.name)}</a>` : renderText(body.name)}</p>` : nothing}
        ${renderPath(model, officer)}
      </div>
      <dl class="details">
        ${renderContacts(officer, compact)}
        <dt>${msg('Reception hours')}</dt>
        <dd>${renderReception(officer, this.now ?? new Date(), compact)}</dd>
      </dl>
      <div class="actions" part="actions">
        ${renderMeetingAction(this, officer, this)}
        <button type="button" class="button secondary" part="vcard-button" @click=${() => this.saveContact(model, officer)}
          aria-label=${msg(str`Save contact of ${name}`)}>${msg('Save contact')}</button>
      </div>
    </article>`;
  }

  private saveContact(model: FeedModel, officer: Officer): void {
    const body = model.bodyOf(officer);
    const name = textOf(officer.name);
    const card = buildVCard({
      name,
      position: textOf(officer.position),
      organization: body ? textOf(body.name) : undefined,
      phones: officer.phones.map((p) => p.value),
      email: officer.email,
      address: textOf(officer.address ?? body?.address) || undefined,
      url: body?.url,
      revision: model.feed.updated,
    });
    downloadFile(card, 'text/vcard;charset=utf-8', vcardFileName(name));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'akimat-officer-card': AkimatOfficerCard;
  }
}
