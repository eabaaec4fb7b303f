import { downloadFile } from '../../files/content-lines.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import type { FeedModel } from '../../feed/model.js';
import type { Council, Meeting } from '../../feed/types.js';
import { formatNumber } from '../../localization/format.js';
import { getLocale } from '../../localization/locale.js';
import { renderText } from '../../localization/render-text.js';
import { textOf } from '../../localization/text.js';
import { baseStyles } from '../../styles/base.styles.js';
import { controlStyles } from '../../styles/controls.styles.js';
import { FeedElement, headingLevel } from '../feed-element.js';
import { councilListStyles } from './council-list.styles.js';
import {
  LEVEL_FILTERS, composition, councilIndex, councilsInScope, filterCouncils, isCouncilSort, isLevelFilter, sortCouncils,
  splitMeetings, type CouncilSort, type LevelFilter,
} from './council-filter.js';
import {
  compositionText, countText, renderCouncilContacts, renderDisclosure, renderPerson, renderRegionPath,
} from './council-view.js';
import { renderNoCouncils, renderNoMatch } from './empty-views.js';
import { renderNextMeeting, renderPastMeetings } from './meetings-view.js';
import { buildIcs, icsFileName } from './ics.js';

const MINUTE = 60_000;
/** Changes that start the list again from its first page. */
const RESET_PAGING: readonly PropertyKey[] = ['query', 'level', 'sort', 'region', 'body', 'feed', 'pageSize'];

/** DOM ids from feed ids: unique (feed ids are) and free of the spaces an IDREF cannot hold. */
const domKey = (council: Council): string => encodeURIComponent(council.id);

/**
 * The public councils (общественные советы / қоғамдық кеңестер) of a region or a body: who
 * sits on them, when they meet next (with "Add to calendar") and the protocols of past
 * meetings. Searchable in any script, filterable by level, sortable by name or next meeting.
 *
 * @summary Public councils of a region or body, with members, meetings and protocols.
 *
 * @fires akimat-status - The widget moved between loading, ready, empty and error; detail `{status}`.
 *
 * @slot - Fallback markup (say, a link to the councils page), shown before the script runs and when the feed fails.
 *
 * @csspart controls - The row with search, level and sort.
 * @csspart search - The search input.
 * @csspart level-select - The level filter.
 * @csspart sort-select - The sort order.
 * @csspart count - The result count (a polite live region).
 * @csspart list - The list of councils.
 * @csspart council - Each council's article.
 * @csspart name - Each council's name (its heading).
 * @csspart path - The region path of the host body.
 * @csspart members-toggle - The button that shows or hides the member list.
 * @csspart members - The member list panel.
 * @csspart next-meeting - The next meeting block.
 * @csspart calendar-button - "Add to calendar".
 * @csspart past-toggle - The button that shows or hides past meetings.
 * @csspart past - The past meetings panel.
 * @csspart protocol - Each protocol link.
 * @csspart phone - Each phone link.
 * @csspart email - Each e-mail link.
 * @csspart website - Each web page link.
 * @csspart more-button - "Show more (N left)".
 * @csspart clear-button - "Clear the search" in the no-results view.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error view.
 * @csspart retry-button - The error view's "Try again".
 * @csspart empty - The "no councils" and "no results" views.
 * @csspart notice - The "saved copy" notice.
 *
 * @cssprop --akimat-color-accent - Links, buttons, focus of disclosure arrows.
 * @cssprop --akimat-color-on-accent - Text on accent buttons.
 * @cssprop --akimat-color-text - Body text.
 * @cssprop --akimat-color-muted - Secondary text (paths, empty notes).
 * @cssprop --akimat-color-surface - Card background.
 * @cssprop --akimat-color-surface-alt - Next-meeting background.
 * @cssprop --akimat-color-border - Borders of inputs and selects.
 * @cssprop --akimat-color-divider - Card borders and separators.
 * @cssprop --akimat-radius - Corner radius.
 * @cssprop --akimat-space - Padding unit.
 * @cssprop --akimat-font-family - Font (the page's by default).
 * @cssprop --akimat-font-size - Base font size.
 * @cssprop --akimat-focus-color - Focus ring colour.
 */
@customElement('akimat-council-list')
export class AkimatCouncilList extends FeedElement {
  static override styles = [baseStyles, controlStyles, councilListStyles];

  /** Region id: councils of bodies in this region and its sub-regions. Empty: all councils. */
  @property() region = '';
  /** Body id: only this body's councils. Empty: every body (within `region`). */
  @property() body = '';
  /** Level filter: `all` (default), `central`, `regional`, `regional-department`, `district`. Follows the select. */
  @property() level: LevelFilter = 'all';
  /** `name` (default) or `next-meeting` (soonest first, unscheduled last). Follows the select. */
  @property() sort: CouncilSort = 'name';
  /** Heading level of each council's name in the host page's outline (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** How many councils to show at first and per "Show more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;
  /** The clock for "next meeting" and the calendar file; the real time when unset (set it in demos and tests). */
  @property({ attribute: false }) now: Date | undefined;

  @state() private query = '';
  @state() private shown = 0;
  @state() private openMembers = new Set<string>();
  @state() private openPast = new Set<string>();

  /** Sorted councils in scope; recomputed only when scope, order, locale or the minute changes. */
  private ordered: { model: FeedModel; key: string; list: readonly Council[] } | undefined;

  /** The model last rendered, for building the search index when the search field gets focus. */
  private model: FeedModel | undefined;

  /** Folding every name takes a moment on a big feed: do it before the first keystroke, not on it. */
  private readonly warmIndex = (): void => {
    if (this.model) councilIndex(this.model);
  };

  protected override skeleton() {
    return { lines: 5, minHeight: '16rem' };
  }

  private clock(): Date {
    return this.now ?? new Date();
  }

  private page(): number {
    return Math.max(1, Math.floor(this.pageSize) || 20);
  }

  private levelFilter(): LevelFilter {
    return isLevelFilter(this.level) ? this.level : 'all';
  }

  private sortOrder(): CouncilSort {
    return isCouncilSort(this.sort) ? this.sort : 'name';
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A new question starts from the top of the list.
    if (this.shown === 0 || RESET_PAGING.some((k) => changed.has(k))) {
      this.shown = this.page();
    }
  }

  private orderedCouncils(model: FeedModel): readonly Council[] {
    const now = this.clock();
    const sort = this.sortOrder();
    const locale = getLocale();
    // By name the clock does not matter; by next meeting a minute's precision is plenty.
    const key = [this.region, this.body, sort, locale, sort === 'name' ? '' : Math.floor(+now / MINUTE)].join('\u0000');
    if (this.ordered?.model !== model || this.ordered.key !== key) {
      const inScope = councilsInScope(model, { region: this.region, body: this.body });
      this.ordered = { model, key, list: sortCouncils(inScope, sort, locale, now) };
    }
    return this.ordered.list;
  }

  protected override isEmpty(model: FeedModel): boolean {
    return councilsInScope(model, { region: this.region, body: this.body }).length === 0;
  }

  protected renderReady(model: FeedModel): TemplateResult {
    const all = this.orderedCouncils(model);
    if (all.length === 0) return renderNoCouncils(model, { region: this.region, body: this.body }, (problem) => this.warnOnce(problem));
    const results = filterCouncils(model, all, { level: this.levelFilter(), query: this.query });
    this.model = model;
    const visible = results.slice(0, this.shown);
    const left = results.length - visible.length;
    return html`<div class="frame">${this.renderControls()}
      <p class="count" part="count" role="status">${countText(results.length)}</p>
      ${results.length === 0
        ? renderNoMatch(this.query, () => this.clearSearch(), () => this.clearLevel())
        : html`<ul class="list" part="list" role="list">
            ${repeat(visible, (council) => council.id, (council) => html`<li>${this.renderCouncil(model, council)}</li>`)}
          </ul>`}
      ${left > 0
        ? html`<button type="button" class="button secondary more" part="more-button" @click=${() => this.showMore()}>
            ${msg(str`Show more (${formatNumber(left)} left)`)}</button>`
        : nothing}</div>`;
  }

  private renderControls(): TemplateResult {
    const level = this.levelFilter();
    const sort = this.sortOrder();
    // The same words as the officer directory's group titles, so both widgets (and their
    // translations) name the levels alike.
    const levelLabels: Record<LevelFilter, string> = {
      all: msg('All levels'),
      central: msg('Central government bodies'),
      regional: msg('Regional akimat'),
      'regional-department': msg('Regional departments'),
      district: msg('Cities and districts'),
    };
    return html`<div class="controls" part="controls">
      <div class="field search">
        <label for="search">${msg('Search councils, bodies and members')}</label>
        <input id="search" type="search" part="search" autocomplete="off" spellcheck="false" .value=${this.query}
          @focus=${this.warmIndex}
          @input=${(e: Event) => { this.query = (e.target as HTMLInputElement).value; }}>
      </div>
      <div class="field">
        <label for="level">${msg('Level')}</label>
        <select id="level" part="level-select" @change=${(e: Event) => { this.level = (e.target as HTMLSelectElement).value as LevelFilter; }}>
          ${LEVEL_FILTERS.map((value) => html`<option value=${value} ?selected=${value === level}>${levelLabels[value]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="sort">${msg('Sort by')}</label>
        <select id="sort" part="sort-select" @change=${(e: Event) => { this.sort = (e.target as HTMLSelectElement).value as CouncilSort; }}>
          <option value="name" ?selected=${sort === 'name'}>${msg('Name')}</option>
          <option value="next-meeting" ?selected=${sort === 'next-meeting'}>${msg('Next meeting')}</option>
        </select>
      </div>
    </div>`;
  }

  private renderCouncil(model: FeedModel, council: Council): TemplateResult {
    const key = domKey(council);
    const name = textOf(council.name);
    const body = model.bodyOf(council);
    const level = headingLevel(this.headingLevel, 3);
    const { members, civilSociety } = composition(council);
    const { upcoming, past } = splitMeetings(council, this.clock());
    return html`<article class="council" part="council" aria-labelledby="name-${key}">
      <p class="name" part="name" role="heading" aria-level=${level} id="name-${key}" tabindex="-1">${renderText(council.name)}</p>
      ${body ? html`<p class="body">${body.url ? html`<a href=${body.url}>${renderText(body.name)}</a>` : renderText(body.name)}</p>` : nothing}
      ${model.pathOfBody(body).length ? html`<p class="path" part="path">${renderRegionPath(model.pathOfBody(body))}</p>` : nothing}
      ${council.description ? html`<p class="description">${renderText(council.description)}</p>` : nothing}
      <dl class="facts">
        ${council.chair ? html`<dt>${msg('Chair')}</dt><dd>${renderPerson(council.chair)}</dd>` : nothing}
        <dt>${msg('Composition')}</dt>
        <dd>${members ? compositionText(members, civilSociety) : msg('The members have not been published yet.')}</dd>
        ${this.renderContactsFact(council, body)}
      </dl>
      ${members
        ? renderDisclosure({
            id: `members-${key}`,
            label: msg(str`Members (${formatNumber(members)})`),
            context: name,
            expanded: this.openMembers.has(council.id),
            part: 'members',
            onToggle: () => { this.openMembers = toggled(this.openMembers, council.id); },
            content: () => html`<ul class="people">${council.members.map((m) => html`<li>${renderPerson(m)}</li>`)}</ul>`,
          })
        : nothing}
      ${renderNextMeeting(council, upcoming, (meeting) => this.addToCalendar(council, meeting))}
      ${renderPastMeetings({
        id: `past-${key}`,
        context: name,
        past,
        expanded: this.openPast.has(council.id),
        onToggle: () => { this.openPast = toggled(this.openPast, council.id); },
      })}
    </article>`;
  }

  private renderContactsFact(council: Council, body: ReturnType<FeedModel['bodyOf']>): TemplateResult | typeof nothing {
    const contacts = renderCouncilContacts(council, body);
    return contacts === nothing ? nothing : html`<dt>${msg('Contacts')}</dt><dd>${contacts}</dd>`;
  }

  private async showMore(): Promise<void> {
    const firstNew = this.shown;
    this.shown += this.page();
    await this.updateComplete;
    // Focus the first council just shown, so keyboard and screen-reader users continue from there.
    this.renderRoot.querySelectorAll<HTMLElement>('[part=name]')[firstNew]?.focus();
  }

  private async clearSearch(): Promise<void> {
    this.query = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  }

  private async clearLevel(): Promise<void> {
    this.level = 'all';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLSelectElement>('#level')?.focus();
  }

  private addToCalendar(council: Council, meeting: Meeting): void {
    const summary = textOf(council.name);
    const file = buildIcs(
      {
        owner: council.id,
        start: meeting.date,
        summary,
        description: textOf(meeting.agenda) || undefined,
        location: textOf(meeting.place) || undefined,
        url: council.url,
      },
      this.clock(),
    );
    downloadFile(file, 'text/calendar;charset=utf-8', icsFileName(summary, meeting.date));
  }
}

function toggled(set: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

declare global {
  interface HTMLElementTagNameMap {
    'akimat-council-list': AkimatCouncilList;
  }
}
