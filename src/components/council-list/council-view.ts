/**
 * Rendering pieces of one council: composition, people, meetings, contacts, and the APG
 * disclosure used for the member list and the past meetings. Stateless: the element owns
 * which disclosures are open and passes the toggles in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Body, Council, Meeting, Person, Region } from '../../feed/types.js';
import { mailtoHref, telHref } from '../../feed/urls.js';
import { formatDateTime, formatNumber, plural } from '../../localization/format.js';
import { renderText } from '../../localization/render-text.js';
import { textOf } from '../../localization/text.js';

/** "12 members, 9 from civil society": two plural phrases joined into one sentence. */
export function compositionText(members: number, civilSociety: number): string {
  const n = formatNumber(members);
  const c = formatNumber(civilSociety);
  const total = plural(members, {
    one: msg(str`${n} member`, { id: 'council-members.one' }),
    few: msg(str`${n} members`, { id: 'council-members.few' }),
    many: msg(str`${n} members`, { id: 'council-members.many' }),
    other: msg(str`${n} members`, { id: 'council-members.other' }),
  });
  const civil = plural(civilSociety, {
    one: msg(str`${c} from civil society`, { id: 'council-civil-society.one' }),
    few: msg(str`${c} from civil society`, { id: 'council-civil-society.few' }),
    many: msg(str`${c} from civil society`, { id: 'council-civil-society.many' }),
    other: msg(str`${c} from civil society`, { id: 'council-civil-society.other' }),
  });
  return msg(str`${total}, ${civil}`, { id: 'council-composition' });
}

/** The result count for the live region, as whole sentences per plural category. */
export function countText(count: number): string {
  if (count === 0) return msg('No councils found', { id: 'councils-found.zero' });
  const n = formatNumber(count);
  return plural(count, {
    one: msg(str`${n} council found`, { id: 'councils-found.one' }),
    few: msg(str`${n} councils found`, { id: 'councils-found.few' }),
    many: msg(str`${n} councils found`, { id: 'councils-found.many' }),
    other: msg(str`${n} councils found`, { id: 'councils-found.other' }),
  });
}

/** "Name, role, Organization", each part in its own language when it fell back. */
export function renderPerson(person: Person): TemplateResult {
  return html`<span class="person-name">${renderText(person.name)}</span>${person.role
      ? html`, <span class="person-role">${renderText(person.role)}</span>`
      : nothing}${person.organization ? html`<span class="person-org">, ${renderText(person.organization)}</span>` : nothing}`;
}

/** Облыс › Аудан, with a comma for screen readers instead of the arrow. */
export function renderRegionPath(path: readonly Region[]): TemplateResult | typeof nothing {
  if (path.length === 0) return nothing;
  return html`${path.map(
    (region, i) => html`${i ? html`<span aria-hidden="true"> › </span><span class="visually-hidden">, </span>` : ''}${renderText(region.name)}`,
  )}`;
}

/** A meeting's start in Kazakhstan time, machine-readable for assistive tech and scrapers. */
export function renderWhen(meeting: Meeting): TemplateResult {
  return html`<time datetime=${meeting.date}>${formatDateTime(meeting.date)}</time>`;
}

export interface DisclosureOptions {
  /** DOM id of the panel; the button points at it with aria-controls. */
  readonly id: string;
  readonly label: string;
  /** Said after the label by screen readers only, so 20 "Members" buttons stay distinguishable. */
  readonly context: string;
  readonly expanded: boolean;
  readonly part: string;
  readonly onToggle: () => void;
  readonly content: () => unknown;
}

/**
 * WAI-ARIA APG disclosure: a native button (Enter and Space for free) with aria-expanded
 * and aria-controls; the panel is in the DOM only while open, so a closed list of 40
 * members costs nothing to render.
 */
export function renderDisclosure(o: DisclosureOptions): TemplateResult {
  return html`<div class="disclosure">
    <button type="button" class="toggle" part="${o.part}-toggle" aria-expanded=${o.expanded ? 'true' : 'false'}
      aria-controls=${o.id} @click=${o.onToggle}>
      <span class="chevron" aria-hidden="true"></span>${o.label}<span class="visually-hidden">, ${o.context}</span>
    </button>
    <div class="panel" part=${o.part} id=${o.id} ?hidden=${!o.expanded}>${o.expanded ? o.content() : nothing}</div>
  </div>`;
}

interface Reachable {
  readonly phones: Body['phones'];
  readonly email?: string | undefined;
  readonly url?: string | undefined;
}

/** Phones, e-mail and web page as links; nothing when there is none of them. */
export function renderReach(who: Reachable, name: string, pageLabel: string): TemplateResult | typeof nothing {
  if (!who.phones.length && !who.email && !who.url) return nothing;
  return html`<ul class="contacts">
    ${who.phones.map((p) => html`<li><a class="contact" part="phone" href=${telHref(p.value)}
      aria-label=${msg(str`Call ${name}: ${p.display}`)}>${p.display}</a></li>`)}
    ${who.email ? html`<li><a class="contact" part="email" href=${mailtoHref(who.email)}>${who.email}</a></li>` : nothing}
    ${who.url ? html`<li><a class="contact" part="website" href=${who.url}>${pageLabel}</a></li>` : nothing}
  </ul>`;
}

/** The council's own contacts, else its host body's (who else would answer for it). */
export function renderCouncilContacts(council: Council, body: Body | undefined): TemplateResult | typeof nothing {
  const own = renderReach(council, textOf(council.name), msg('Council page'));
  if (own !== nothing || !body) return own;
  return renderReach(body, textOf(body.name), msg('Website of the body'));
}
