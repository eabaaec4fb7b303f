import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { FeedModel } from '../../feed/model.js';
import type { BodyLevel, Officer } from '../../feed/types.js';
import { mailtoHref, telHref } from '../../feed/urls.js';
import { getLocale, type Locale } from '../../localization/locale.js';
import { formatNumber, plural } from '../../localization/format.js';
import { renderText } from '../../localization/render-text.js';
import { textOf } from '../../localization/text.js';
import { baseStyles } from '../../styles/base.styles.js';
import { controlStyles } from '../../styles/controls.styles.js';
import { FeedElement, headingLevel } from '../feed-element.js';
import { renderEmpty } from '../state-views.js';
import { renderMeetingAction } from '../officer-card/meeting-action.js';
import { renderContacts, renderPath, receptionHint } from '../officer-card/officer-view.js';
import { findOfficers, groupByLevel, inScope, warmOfficerIndex } from './officer-index.js';
import { whenIdle } from '../../feed/steps.js';
import { officerDirectoryStyles } from './officer-directory.styles.js';

const PAGE = 30;

export function levelTitle(level: BodyLevel): string {
  switch (level) {
    case 'central': return msg('Central government bodies');
    case 'regional': return msg('Regional akimat');
    case 'regional-department': return msg('Regional departments');
    case 'district': return msg('Cities and districts');
  }
}

export function officersFound(count: number): string {
  const n = formatNumber(count);
  return plural(count, {
    one: msg(str`${n} officer found`, { id: 'officers-found.one' }),
    few: msg(str`${n} officers found`, { id: 'officers-found.few' }),
    many: msg(str`${n} officers found`, { id: 'officers-found.many' }),
    other: msg(str`${n} officers found`, { id: 'officers-found.other' }),
  });
}

/**
 * Every officer for interaction with civil-society institutions in a region and below it,
 * grouped by level, with a transliteration-aware search and a region filter.
 *
 * @summary Searchable directory of officers of a region.
 *
 * @fires akimat-meeting-request - "Request a meeting" pressed with neither `meeting-form` nor `meeting-url`; detail `{officer}`.
 * @fires akimat-status - The widget moved between loading, ready, empty and error; detail `{status}`.
 *
 * @slot - Fallback markup, shown before the script runs and when the feed fails.
 *
 * @csspart controls - The search box and region filter row.
 * @csspart search - The search input.
 * @csspart region-filter - The region select.
 * @csspart count - The result count (also announced).
 * @csspart group-title - Each level's heading.
 * @csspart officer - Each officer's entry.
 * @csspart more-button - "Show more".
 * @csspart meeting-button - Each "Request a meeting".
 * @csspart phone - Each phone link.
 * @csspart email - Each e-mail link.
 * @csspart empty - The "nothing found" view.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error view.
 *
 * @cssprop --akimat-color-accent - Links and buttons.
 * @cssprop --akimat-color-border - Borders of the search box and the filter.
 * @cssprop --akimat-color-divider - Borders of the entries.
 * @cssprop --akimat-radius - Corner radius.
 * @cssprop --akimat-space - Padding unit.
 */
@customElement('akimat-officer-directory')
export class AkimatOfficerDirectory extends FeedElement {
  static override styles = [baseStyles, controlStyles, officerDirectoryStyles];

  /** Region id (KATO): officers of that region and everything below it. Empty: the whole feed. */
  @property() region = '';
  /** Also list officers of central government bodies. */
  @property({ type: Boolean, attribute: 'with-central' }) withCentral = false;
  /** Heading level of the group titles; officers' names are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** As on the officer card. */
  @property({ attribute: 'meeting-form' }) meetingForm = '';
  @property({ attribute: 'meeting-url' }) meetingUrl = '';
  /** The clock for reception hints; real time when unset. */
  @property({ attribute: false }) now: Date | undefined;

  /** What the user typed in the search box. */
  @state() query = '';
  /** The region chosen in the filter; empty: the whole `region`. */
  @state() filterRegion = '';
  @state() private shown = PAGE;
  /** A getter rather than @query: the one-tag bundle then needs no query decorator at all. */
  private get searchInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector('#search');
  }

  protected override skeleton() {
    return { lines: 6, minHeight: '16rem' };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('region')) this.filterRegion = '';
  }

  /** The feed and language whose search index was last asked for (see renderReady). */
  private warmed: { model: FeedModel; locale: Locale } | undefined;

  private scope() {
    return { region: this.filterRegion || this.region, withCentral: this.withCentral };
  }

  protected override isEmpty(model: FeedModel): boolean {
    const scope = { region: this.region, withCentral: this.withCentral };
    return !model.feed.officers.some((o) => inScope(model, o, scope));
  }

  protected renderReady(model: FeedModel): TemplateResult {
    if (this.region && !model.regions.has(this.region)) {
      this.warnOnce(`unknown region "${this.region}" in ${model.url}`);
    }
    if (this.isEmpty(model)) return this.renderNoOfficers(model);
    const locale = getLocale();
    // The search index is built while the reader looks at the list (see officer-index.ts).
    if (this.warmed?.model !== model || this.warmed.locale !== locale) {
      this.warmed = { model, locale };
      whenIdle(() => void warmOfficerIndex(model, locale));
    }
    const found = findOfficers(model, this.scope(), this.query, locale);
    const page = found.slice(0, this.shown);
    return html`
      <div class="controls" part="controls" role="search" aria-label=${this.searchLandmarkName(model)}>
        <div class="field">
          <label for="search">${msg('Search by name, position, body or place')}</label>
          <input id="search" part="search" type="search" autocomplete="off" spellcheck="false" .value=${this.query}
            @input=${(e: Event) => { this.query = (e.target as HTMLInputElement).value; this.shown = PAGE; }}>
        </div>
        ${this.renderRegionFilter(model)}
      </div>
      <p class="count" part="count" role="status">${officersFound(found.length)}</p>
      ${found.length === 0 ? this.renderNoMatch() : nothing}
      ${groupByLevel(model, page).map((group) => html`
        <section aria-labelledby="group-${group.level}">
          <p class="group-title" part="group-title" role="heading" aria-level=${headingLevel(this.headingLevel, 2)} id="group-${group.level}">${levelTitle(group.level)}</p>
          <ul class="officers">${group.officers.map((o) => this.renderOfficer(model, o))}</ul>
        </section>`)}
      ${found.length > page.length
        ? html`<button type="button" class="button secondary more" part="more-button" @click=${this.showMore}>
            ${msg(str`Show more (${formatNumber(found.length - page.length)} left)`)}</button>`
        : nothing}`;
  }

  /**
   * The search landmark's name. Named by the region, so that two directories on one page
   * (a region's and a district's) give two distinguishable landmarks (axe landmark-unique).
   */
  private searchLandmarkName(model: FeedModel): string {
    const region = this.region ? model.regions.get(this.region) : undefined;
    return region ? msg(str`Search officers of ${textOf(region.name)}`) : msg('Search officers');
  }

  private renderRegionFilter(model: FeedModel): TemplateResult | typeof nothing {
    const options = this.region ? model.children(this.region) : model.children(null);
    if (options.length === 0) return nothing;
    return html`<div class="field">
      <label for="region-filter">${msg('Area')}</label>
      <select id="region-filter" part="region-filter" @change=${(e: Event) => { this.filterRegion = (e.target as HTMLSelectElement).value; this.shown = PAGE; }}>
        <option value="" ?selected=${!this.filterRegion}>${this.region ? msg(str`All of ${textOf(model.regions.get(this.region)?.name)}`) : msg('All regions')}</option>
        ${[...options].sort((a, b) => textOf(a.name).localeCompare(textOf(b.name), getLocale()))
          .map((r) => html`<option value=${r.id} ?selected=${r.id === this.filterRegion}>${textOf(r.name)}</option>`)}
      </select>
    </div>`;
  }

  private renderOfficer(model: FeedModel, officer: Officer): TemplateResult {
    const body = model.bodyOf(officer);
    // Feed ids may hold spaces, which an IDREF cannot: encoded, they stay unique and usable.
    const key = encodeURIComponent(officer.id);
    return html`<li><article class="officer" part="officer" aria-labelledby="o-${key}">
      <p class="name" role="heading" aria-level=${Math.min(6, headingLevel(this.headingLevel, 2) + 1)} id="o-${key}">${renderText(officer.name)}</p>
      <p>${renderText(officer.position)}</p>
      ${body ? html`<p class="muted">${renderText(body.name)}</p>` : nothing}
      ${renderPath(model, officer)}
      <dl>${renderContacts(officer, true)}</dl>
      <p class="hint">${receptionHint(officer.reception, this.now ?? new Date())}</p>
      <div class="actions">${renderMeetingAction(this, officer, this)}</div>
    </article></li>`;
  }

  private renderNoMatch(): TemplateResult {
    return renderEmpty(
      msg(str`No officers match “${this.query}”. Check the spelling, try the name in another language or in Latin letters, or choose another area.`),
      html`<button type="button" class="button secondary" @click=${this.clearSearch}>${msg('Clear the search')}</button>`,
    );
  }

  /** A region with no officer at all: say so, and give the akimat's own contacts. */
  private renderNoOfficers(model: FeedModel): TemplateResult {
    const akimat = this.region ? model.akimatOf(this.region) : undefined;
    const contact = akimat ?? model.feed.publisher;
    return renderEmpty(msg('No officer for interaction with civil society is published for this area yet.'), contact
      ? html`<p>${msg('You can contact the akimat directly:')}</p>
        <p><strong>${contact.url ? html`<a href=${contact.url}>${renderText(contact.name)}</a>` : renderText(contact.name)}</strong></p>
        ${contact.phones.length ? html`<p>${contact.phones.map((p, i) => html`${i ? ', ' : ''}<a class="contact" part="phone" href=${telHref(p.value)}>${p.display}</a>`)}</p>` : nothing}
        ${contact.email ? html`<p><a class="contact" part="email" href=${mailtoHref(contact.email)}>${contact.email}</a></p>` : nothing}`
      : nothing);
  }

  private clearSearch = (): void => {
    this.query = '';
    this.shown = PAGE;
    void this.updateComplete.then(() => this.searchInput?.focus());
  };

  private showMore = async (): Promise<void> => {
    const before = this.shown;
    this.shown += PAGE;
    await this.updateComplete;
    // Focus the first newly shown officer so keyboard users continue where the list grew.
    const heading = this.renderRoot.querySelectorAll<HTMLElement>('.officer .name')[before];
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'akimat-officer-directory': AkimatOfficerDirectory;
  }
}
