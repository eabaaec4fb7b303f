/**
 * What the list says when there is nothing to show: no councils in scope at all (with whom
 * to ask instead), or nothing left after the search or the level filter (with the way back).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FeedModel } from '../../feed/model.js';
import type { Body, Publisher } from '../../feed/types.js';
import { textOf } from '../../localization/text.js';
import { renderEmpty } from '../state-views.js';
import type { CouncilScope } from './council-filter.js';
import { renderReach } from './council-view.js';

/** Who to ask when a region has no councils: its akimat, else the feed's publisher. */
export function renderAskInstead(who: Body | Publisher | undefined): TemplateResult | typeof nothing {
  if (!who) return nothing;
  const name = textOf(who.name);
  const reach = renderReach(who, name, msg('Website'));
  if (reach === nothing) return nothing;
  return html`<p>${msg(str`To ask about public councils, contact ${name}:`)}</p>${reach}`;
}

/** No councils in scope: say so, and offer the body, the region's akimat or the publisher. */
export function renderNoCouncils(model: FeedModel, scope: CouncilScope, warn: (problem: string) => void): TemplateResult {
  const region = scope.region?.trim() ?? '';
  const body = scope.body?.trim() ?? '';
  if ((region && !model.regions.has(region)) || (body && !model.bodies.has(body))) {
    // A typo in the markup looks like "no councils" to a visitor; tell the webmaster.
    warn(`${region && !model.regions.has(region) ? `region="${region}"` : `body="${body}"`} is not in ${model.url}`);
  }
  const message = body
    ? msg('No public councils are published for this body yet.')
    : region
      ? msg('No public councils are published for this region yet.')
      : msg('No public councils are published yet.');
  const ask = (body ? model.bodies.get(body) : undefined) ?? (region ? model.akimatOf(region) : undefined);
  const contact = renderAskInstead(ask);
  return renderEmpty(message, contact === nothing ? renderAskInstead(model.feed.publisher) : contact);
}

/** The search or the level filter left nothing: say what happened and offer the way back. */
export function renderNoMatch(query: string, onClearSearch: () => void, onShowAllLevels: () => void): TemplateResult {
  const typed = query.trim();
  if (typed) {
    return renderEmpty(
      msg(str`No councils match “${typed}”. Try another spelling or clear the search.`),
      html`<button type="button" class="button secondary" part="clear-button" @click=${onClearSearch}>${msg('Clear the search')}</button>`,
    );
  }
  return renderEmpty(
    msg('No councils at this level here.'),
    html`<button type="button" class="button secondary" part="clear-button" @click=${onShowAllLevels}>${msg('Show all levels')}</button>`,
  );
}
