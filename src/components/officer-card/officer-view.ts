/**
 * Rendering of one officer: shared by the card and the directory's rows, so both show
 * contacts and reception hours the same way.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FeedModel } from '../../feed/model.js';
import type { Officer, ReceptionSlot } from '../../feed/types.js';
import { mailtoHref, telHref } from '../../feed/urls.js';
import { formatClock, weekdayName } from '../../localization/format.js';
import { renderText } from '../../localization/render-text.js';
import { textOf } from '../../localization/text.js';
import { receptionStatus, sortSlots } from './reception.js';

/** Up to two initials from a full name, for the avatar when there is no photo. */
export function initials(name: string): string {
  const words = name.split(/[\s\-]+/).filter((w) => /\p{L}/u.test(w));
  return words.slice(0, 2).map((w) => w.match(/\p{L}/u)![0]!.toUpperCase()).join('');
}

export function renderPath(model: FeedModel, officer: Officer): TemplateResult | typeof nothing {
  const path = model.pathOfBody(model.bodyOf(officer));
  if (path.length === 0) return nothing;
  return html`<p class="path" part="path">${path.map((region, i) => html`${i ? html`<span aria-hidden="true"> › </span><span class="visually-hidden">, </span>` : ''}${renderText(region.name)}`)}</p>`;
}

function slotText(slot: ReceptionSlot): string {
  return msg(str`${formatClock(slot.from)}–${formatClock(slot.to)}`, { id: 'time-range' });
}

export function receptionHint(slots: readonly ReceptionSlot[], now: Date): string {
  const status = receptionStatus(slots, now);
  switch (status.kind) {
    case 'none':
      return msg('No reception hours are published.');
    case 'now':
      return msg(str`Receiving visitors now, until ${formatClock(status.slot.to)}.`);
    case 'next': {
      const time = formatClock(status.slot.from);
      if (status.daysAhead === 0) return msg(str`Next reception: today at ${time}.`);
      if (status.daysAhead === 1) return msg(str`Next reception: tomorrow at ${time}.`);
      return msg(str`Next reception: ${weekdayName(status.slot.day)} at ${time}.`);
    }
  }
}

export function renderReception(officer: Officer, now: Date, compact = false): TemplateResult {
  const status = receptionStatus(officer.reception, now);
  return html`<p class="hint ${status.kind}" part="reception-hint">${receptionHint(officer.reception, now)}</p>
    ${officer.reception.length && !compact
      ? html`<ul class="slots">
          ${sortSlots(officer.reception).map(
            (slot) => html`<li>
              <span class="day">${weekdayName(slot.day)}</span>, ${slotText(slot)}${slot.place ? html`, ${renderText(slot.place)}` : ''}${slot.note ? html` (${renderText(slot.note)})` : ''}
            </li>`,
          )}
        </ul>`
      : nothing}`;
}

export function renderContacts(officer: Officer, compact: boolean): TemplateResult {
  const name = textOf(officer.name);
  return html`${officer.phones.length
      ? html`<dt>${msg('Phone')}</dt>
          <dd><ul>${officer.phones.map((p) => html`<li><a class="contact" part="phone" href=${telHref(p.value)}
            aria-label=${msg(str`Call ${name}: ${p.display}`)}>${p.display}</a></li>`)}</ul></dd>`
      : nothing}
    ${officer.email
      ? html`<dt>${msg('E-mail')}</dt>
          <dd><a class="contact" part="email" href=${mailtoHref(officer.email)}>${officer.email}</a></dd>`
      : nothing}
    ${officer.address && !compact ? html`<dt>${msg('Address')}</dt><dd>${renderText(officer.address)}</dd>` : nothing}`;
}
