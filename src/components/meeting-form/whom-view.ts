/**
 * The "whom" part of the meeting form: a chosen officer as a summary with "Change", or the
 * steps region (the region picker) → akimat or department → officer. A single body or officer
 * on offer is shown as text, not as a list of one.
 *
 * The picker gets the region as its `value` attribute (its initial value): once the person
 * has used it, it keeps what they typed, even text that names no region, with its own message.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import type { FeedModel } from '../../feed/model.js';
import { renderText } from '../../localization/render-text.js';
import { textOf } from '../../localization/text.js';
import { renderError, renderSelect } from './fields.js';
import type { FieldErrors } from './validation.js';
import type { Whom } from './whom.js';

export interface WhomView {
  readonly model: FeedModel;
  readonly whom: Whom;
  readonly feed: string;
  readonly errors: FieldErrors;
  /** An officer was asked for (attribute or draft) but is not in the feed. */
  readonly missingOfficer: boolean;
  readonly onChange: () => void;
  readonly onRegion: (id: string) => void;
  readonly onBody: (id: string) => void;
  readonly onOfficer: (id: string) => void;
}

function renderSummary(view: WhomView): TemplateResult {
  const { officer, body } = view.whom;
  const name = textOf(officer!.name);
  return html`<div class="officer-summary" part="officer-summary">
    <div>
      <p class="officer-name">${renderText(officer!.name)}</p>
      <p>${renderText(officer!.position)}</p>
      ${body ? html`<p class="muted">${renderText(body.name)}</p>` : nothing}
    </div>
    <button type="button" class="link-button" part="change-button" id="officer" @click=${view.onChange}>${msg('Change')}<span
      class="visually-hidden">: ${name}</span></button>
  </div>`;
}

function renderChoice(label: string, text: TemplateResult | string): TemplateResult {
  return html`<div class="field"><p class="label">${label}</p><p class="chosen">${text}</p></div>`;
}

function renderSteps(view: WhomView): TemplateResult {
  const { whom, errors } = view;
  const regionError = errors.region;
  return html`
    ${view.missingOfficer
      ? html`<p class="notice" part="notice">${msg('The officer chosen earlier is not in the published list any more. Please choose whom to meet.')}</p>`
      : nothing}
    <div class="field ${regionError ? 'invalid' : ''}" part="field">
      ${renderError('region', regionError)}
      <akimat-region-picker id="region" part="region-picker" feed=${view.feed} name="region" label=${msg('Region')}
        value=${whom.region}
        @akimat-region-change=${(e: CustomEvent<{ region: { id: string } | null }>) => view.onRegion(e.detail.region?.id ?? '')}>
      </akimat-region-picker>
    </div>
    ${!whom.region
      ? nothing
      : whom.bodies.length === 0
        ? html`<p class="notice" part="notice">${msg('No officer is published for this region. Choose the region above it, or contact the akimat.')}</p>`
        : whom.bodies.length === 1
          ? renderChoice(msg('Akimat or department'), renderText(whom.bodies[0]!.name))
          : renderSelect({
              id: 'body', name: 'body', label: msg('Akimat or department'), error: errors.body,
              value: whom.body?.id ?? '', placeholder: msg('Select the akimat or department'),
              choices: whom.bodies.map((b) => ({ value: b.id, label: textOf(b.name) })),
              onChange: view.onBody,
            })}
    ${!whom.body
      ? nothing
      : whom.officers.length === 1
        ? renderChoice(msg('Officer'), html`${renderText(whom.officers[0]!.name)}, ${renderText(whom.officers[0]!.position)}`)
        : renderSelect({
            id: 'officer', name: 'officer', label: msg('Officer'), error: errors.officer,
            value: whom.officer?.id ?? '', placeholder: msg('Select the officer'),
            choices: whom.officers.map((o) => ({ value: o.id, label: `${textOf(o.name)}, ${textOf(o.position)}` })),
            onChange: view.onOfficer,
          })}`;
}

export function renderWhom(view: WhomView): TemplateResult {
  const describedBy = view.whom.mode === 'choose' && view.errors.region ? 'region-error' : undefined;
  return html`<fieldset class="section" part="section" aria-describedby=${ifDefined(describedBy)}>
    <legend class="section-title">${msg('Whom you want to meet')}</legend>
    ${view.whom.mode === 'summary' ? renderSummary(view) : renderSteps(view)}
  </fieldset>`;
}
