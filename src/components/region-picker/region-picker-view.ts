/**
 * Pieces of the region picker's view that need no element state: option rows, the region
 * path, and the localized sentences it shows and announces.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { FeedModel } from '../../feed/model.js';
import type { Region } from '../../feed/types.js';
import { formatNumber, plural } from '../../localization/format.js';
import { renderText } from '../../localization/render-text.js';
import { textOf } from '../../localization/text.js';

/**
 * "Облыс › Аудан": the ancestors of a region, top level first, so that equal names are told
 * apart. Screen readers hear commas instead of the decorative chevrons.
 */
export function renderAncestors(ancestors: readonly Region[]): TemplateResult | typeof nothing {
  if (ancestors.length === 0) return nothing;
  return html`<span class="path" part="option-path"><span class="visually-hidden">, </span>${ancestors.map(
    (region, i) => html`${i ? html`<span aria-hidden="true"> › </span><span class="visually-hidden">, </span>` : nothing}${renderText(region.name)}`,
  )}</span>`;
}

export interface OptionView {
  readonly index: number;
  /** The regions to show above this one: its path below the picker's root. */
  readonly ancestors: readonly Region[];
  readonly active: boolean;
  /** The option is the current value (a check mark; aria-selected follows visual focus, per APG). */
  readonly chosen: boolean;
}

/** One option row: the name, and below it in muted text its path. */
export function renderOption(region: Region, view: OptionView, onPick: (region: Region) => void): TemplateResult {
  return html`<div role="option" id="opt-${view.index}" class="option${view.chosen ? ' chosen' : ''}"
    part="option${view.active ? ' option-active' : ''}" aria-selected=${ifDefined(view.active ? 'true' : undefined)}
    @click=${() => onPick(region)}>
    <span class="name">${renderText(region.name)}</span>${renderAncestors(view.ancestors)}
  </div>`;
}

/** "Өскемен қаласы, Шығыс Қазақстан облысы": the region, then where it lies, nearest first. */
export function describeRegion(model: FeedModel, region: Region): string {
  return model.path(region.id).map((r) => textOf(r.name)).reverse().join(', ');
}

/** The live announcement of how many regions match. */
export function foundMessage(total: number, shown: number): string {
  if (total === 0) return msg('No regions found.');
  const n = formatNumber(total);
  const found = plural(total, {
    one: msg(str`${n} region found.`, { id: 'regions-found.one' }),
    few: msg(str`${n} regions found.`, { id: 'regions-found.few' }),
    many: msg(str`${n} regions found.`, { id: 'regions-found.many' }),
    other: msg(str`${n} regions found.`, { id: 'regions-found.other' }),
  });
  return shown < total ? `${found} ${msg(str`The first ${formatNumber(shown)} are listed.`)}` : found;
}

/** Shown under a cut-off list. */
export function moreMessage(total: number, shown: number): string {
  return msg(str`Showing the first ${formatNumber(shown)} of ${formatNumber(total)}. Keep typing to narrow the list.`);
}

export function selectedMessage(model: FeedModel, region: Region): string {
  return msg(str`Selected: ${describeRegion(model, region)}`);
}

export function valueMissingMessage(feedFailed: boolean): string {
  return feedFailed
    ? msg('The list of regions could not be loaded, so a region cannot be chosen now.')
    : msg('Choose a region.');
}

export function badInputMessage(): string {
  return msg('Choose a region from the list.');
}

/** The chevron of the toggle button; decorative. */
const chevron = html`<svg class="chevron" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
  <path d="M5 7.5l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

/** What the field shows: everything the template needs, computed by the element. */
export interface FieldView {
  /** A visible label (id "label") names the field and the list. */
  readonly labelled: boolean;
  /** Otherwise this name goes into aria-label. */
  readonly name: string | undefined;
  readonly text: string;
  readonly placeholder: string;
  readonly required: boolean;
  readonly disabled: boolean;
  /** The validation message to show, or ''. */
  readonly error: string;
  readonly open: boolean;
  readonly activeIndex: number;
  readonly options: readonly TemplateResult[];
  /** Matches in all (more than `options` when the list is cut off). */
  readonly total: number;
}

export interface FieldHandlers {
  readonly input: (event: Event) => void;
  readonly keydown: (event: KeyboardEvent) => void;
  readonly blur: () => void;
  readonly click: () => void;
  readonly toggle: () => void;
}

/** Pressing on the list or the toggle must not take focus from the text field (APG: it stays there). */
function preventFocusLoss(event: Event): void {
  event.preventDefault();
}

/** The APG combobox: text field + toggle button, and the popup with the listbox and notes. */
export function renderField(view: FieldView, on: FieldHandlers): TemplateResult {
  const shown = view.options.length;
  const expanded = view.open && shown > 0;
  const active = expanded && view.activeIndex >= 0 ? `opt-${view.activeIndex}` : undefined;
  const invalid = view.error !== '';
  return html`<div class="control${invalid ? ' invalid' : ''}${view.disabled ? ' disabled' : ''}" part="control">
      <input id="input" part="input" type="text" role="combobox" autocomplete="off" autocapitalize="off" spellcheck="false"
        aria-autocomplete="list" aria-controls="listbox" aria-expanded=${expanded ? 'true' : 'false'}
        aria-activedescendant=${ifDefined(active)} aria-label=${ifDefined(view.name)}
        aria-required=${view.required ? 'true' : 'false'} aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(invalid ? 'error' : undefined)}
        placeholder=${ifDefined(view.placeholder || undefined)} ?disabled=${view.disabled} .value=${live(view.text)}
        @input=${on.input} @keydown=${on.keydown} @blur=${on.blur} @click=${on.click}>
      <button type="button" class="toggle" part="toggle" tabindex="-1" aria-label=${msg('Show regions')}
        aria-controls="listbox" aria-expanded=${expanded ? 'true' : 'false'} ?disabled=${view.disabled}
        @mousedown=${preventFocusLoss} @click=${on.toggle}>${chevron}</button>
    </div>
    <div class="popup" part="popup" ?hidden=${!view.open} @mousedown=${preventFocusLoss}>
      <div role="listbox" id="listbox" part="listbox" ?hidden=${!expanded}
        aria-labelledby=${ifDefined(view.labelled ? 'label' : undefined)} aria-label=${ifDefined(view.name)}>${view.options}</div>
      ${view.open && view.total === 0 ? html`<p class="message">${msg('No regions found.')}</p>` : nothing}
      ${view.total > shown ? html`<p class="message note">${moreMessage(view.total, shown)}</p>` : nothing}
    </div>
    ${invalid ? html`<p id="error" class="error-text" part="error-message">${view.error}</p>` : nothing}`;
}
