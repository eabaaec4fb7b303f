/**
 * The meetings of one council: the next one (with "Add to calendar") and the past ones with
 * their protocols behind a disclosure. Stateless: the element owns the open state and the
 * calendar download.
 *
 * Context for screen readers (which council, which date) is visually hidden text after the
 * visible label, not an aria-label: the accessible name then always starts with the visible
 * words (WCAG 2.5.3), whatever a translation does with a sentence.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Council, Meeting } from '../../feed/types.js';
import { formatDateTime, formatNumber } from '../../localization/format.js';
import { renderText } from '../../localization/render-text.js';
import { textOf } from '../../localization/text.js';
import { renderDisclosure, renderWhen } from './council-view.js';

/** The next meeting, or a plain "none scheduled" so the absence is stated, not guessed. */
export function renderNextMeeting(
  council: Council,
  upcoming: readonly Meeting[],
  onAddToCalendar: (meeting: Meeting) => void,
): TemplateResult {
  const [next, ...later] = upcoming;
  if (!next) {
    return html`<div class="next none" part="next-meeting">
      <p class="label">${msg('Next meeting')}</p>
      <p class="muted">${msg('No meeting is scheduled yet.')}</p>
    </div>`;
  }
  return html`<div class="next" part="next-meeting">
    <p class="label">${msg('Next meeting')}</p>
    <p class="when">${renderWhen(next)}${next.place ? html`, ${renderText(next.place)}` : nothing}</p>
    ${next.agenda ? html`<p class="agenda"><span class="agenda-label">${msg('Agenda:')}</span> ${renderText(next.agenda)}</p>` : nothing}
    <button type="button" class="button secondary" part="calendar-button" @click=${() => onAddToCalendar(next)}>
      ${msg('Add to calendar')}<span class="visually-hidden">: ${textOf(council.name)}, ${formatDateTime(next.date)}</span>
    </button>
    ${later.length
      ? html`<p class="later muted">${msg('Also scheduled:')} ${later.map((m, i) => html`${i ? ', ' : ''}${renderWhen(m)}`)}</p>`
      : nothing}
  </div>`;
}

export interface PastMeetingsOptions {
  /** DOM id of the disclosure panel. */
  readonly id: string;
  /** The council's name, for screen readers after the button label. */
  readonly context: string;
  /** Most recent first. */
  readonly past: readonly Meeting[];
  readonly expanded: boolean;
  readonly onToggle: () => void;
}

/**
 * Past meetings behind a disclosure. Protocol links exist only for protocols the feed
 * reader accepted (http(s) only); when none is published the list says so up front.
 */
export function renderPastMeetings(o: PastMeetingsOptions): TemplateResult | typeof nothing {
  if (o.past.length === 0) return nothing;
  const anyProtocol = o.past.some((m) => m.protocol);
  return html`${renderDisclosure({
      id: o.id,
      label: msg(str`Past meetings (${formatNumber(o.past.length)})`),
      context: o.context,
      expanded: o.expanded,
      part: 'past',
      onToggle: o.onToggle,
      content: () => html`<ul class="meetings">${o.past.map((m) => html`<li>
        ${renderWhen(m)}${m.agenda ? html`: ${renderText(m.agenda)}` : nothing}
        ${m.protocol
          ? html` <a part="protocol" href=${m.protocol}>${msg('Protocol')}<span class="visually-hidden">, ${formatDateTime(m.date)}</span></a>`
          : anyProtocol ? html` <span class="muted">${msg('(no protocol published)')}</span>` : nothing}
      </li>`)}</ul>`,
    })}
    ${anyProtocol ? nothing : html`<p class="muted no-protocols">${msg('Protocols have not been published yet.')}</p>`}`;
}
