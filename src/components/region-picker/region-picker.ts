import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { FeedModel } from '../../feed/model.js';
import type { Region } from '../../feed/types.js';
import { fire } from '../../events/events.js';
import { whenIdle } from '../../feed/steps.js';
import { getLocale } from '../../localization/locale.js';
import { textOf } from '../../localization/text.js';
import { baseStyles } from '../../styles/base.styles.js';
import { renderEmpty } from '../state-views.js';
import { comboboxKey, type ComboboxAction } from './combobox-keys.js';
import { FormFeedElement, VALID, type FieldValidity } from './form-feed-element.js';
import { LiveAnnouncer } from './live-announcer.js';
import {
  findExact, inScope, regionChoice, searchRegions, spellsRegion, warmRegionOrder,
  type RegionChoice, type RegionResults, type RegionScope,
} from './region-index.js';
import { regionPickerStyles } from './region-picker.styles.js';
import {
  badInputMessage, foundMessage, renderField, renderOption, selectedMessage, valueMissingMessage, type FieldHandlers,
} from './region-picker-view.js';
import { PopupController } from './viewport.js';

/** At most this many options are in the DOM: a keystroke must filter and paint within a frame. */
export const MAX_OPTIONS = 50;
const NO_RESULTS: RegionResults = { items: [], total: 0 };

/**
 * A form field for choosing a region (oblast, city, district…) from the feed: an editable
 * combobox with list autocomplete (WAI-ARIA APG) that finds a place by any spelling: Kazakh
 * or Russian Cyrillic, Kazakh Latin, English, and the feed's aliases. Its value is the region id.
 *
 * @summary Region picker: a form-associated combobox over the feed's regions.
 *
 * @fires input - The user chose or cleared a region (never when code sets `value`).
 * @fires change - Same moment as `input`.
 * @fires akimat-region-change - The user chose or cleared a region; detail `{region: {id, name, path} | null}`.
 * @fires akimat-status - The widget moved between loading, ready, empty and error; detail `{status}`.
 *
 * @slot - Fallback markup, shown before the script runs and when the feed fails.
 *
 * @csspart label - The visible label (from the `label` attribute).
 * @csspart control - The box around the text field and the toggle button.
 * @csspart input - The text field.
 * @csspart toggle - The button that shows or hides the list.
 * @csspart popup - The drop-down under the field (list, "no match" and "first 50" notes).
 * @csspart listbox - The list of regions.
 * @csspart option - Each region in the list.
 * @csspart option-active - The option with visual focus.
 * @csspart option-path - The muted "Oblast › District" line of an option.
 * @csspart error-message - The validation message under the field.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error view.
 * @csspart retry-button - The error view's "Try again".
 * @csspart empty - The "no regions" view.
 * @csspart notice - The "saved copy" notice.
 *
 * @cssprop --akimat-color-accent - The option with visual focus.
 * @cssprop --akimat-color-text - Text.
 * @cssprop --akimat-color-muted - Paths, placeholder, notes.
 * @cssprop --akimat-color-surface - Field and list background.
 * @cssprop --akimat-color-border - Field and list border.
 * @cssprop --akimat-color-danger - Invalid field and its message.
 * @cssprop --akimat-radius - Corner radius.
 * @cssprop --akimat-font-family - Font (the page's by default).
 * @cssprop --akimat-focus-color - Focus ring colour.
 * @cssprop --akimat-popup-z-index - Stacking of the drop-down list (default 20).
 */
@customElement('akimat-region-picker')
export class AkimatRegionPicker extends FormFeedElement {
  static override styles = [baseStyles, regionPickerStyles];

  /** Visible label. Without it, an outside `<label for>` or `aria-label` names the field. */
  @property() label = '';
  /** Offer only the regions below this region id (an oblast site: its own districts). */
  @property() root = '';
  /** How many levels below `root` (or the country) are offered; 1 = the first level only. */
  @property({ type: Number }) depth = 0;
  @property() placeholder = '';

  @state() private open = false;
  @state() private activeIndex = -1;
  /** What the user typed; shown while `showsChoice` is false. */
  @state() private text = '';
  /** The text field shows the chosen region's name (in the current locale) rather than `text`. */
  @state() private showsChoice = true;

  /** The user typed since the last choice: leaving the field then shows validation. */
  private typed = false;
  private readonly announcer = new LiveAnnouncer(this);
  private resultsMemo: { model: FeedModel; key: string; results: RegionResults } | undefined;

  constructor() {
    super();
    new PopupController(this, {
      isOpen: () => this.open,
      close: () => this.close(),
      anchor: () => this.renderRoot.querySelector<HTMLElement>('.control'),
      popup: () => this.renderRoot.querySelector<HTMLElement>('.popup'),
      active: () => (this.activeIndex < 0 ? null : this.renderRoot.querySelector<HTMLElement>(`#opt-${this.activeIndex}`)),
    });
    // An outside <label for> forwards its click to the host itself: focus the text field.
    this.addEventListener('click', (event) => {
      if (event.composedPath()[0] === this && !this.isDisabled) this.input?.focus();
    });
  }

  /** The chosen region in the page locale: `{id, name, path}` (path: names, top level first), or null. */
  get selectedRegion(): RegionChoice | null {
    const region = this.chosenRegion();
    return region && this.model ? regionChoice(this.model, region) : null;
  }

  override formDisabledCallback(disabled: boolean): void {
    if (disabled) this.close();
    super.formDisabledCallback(disabled);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The feed arrived, or root/depth/value changed: check the value against what is offered.
    this.verifyValue();
    if (this.isDisabled && this.open) this.close();
  }

  // --- state --------------------------------------------------------------------------

  private get model(): FeedModel | undefined {
    const state = this.feedState.state;
    return state.status === 'ready' ? state.model : undefined;
  }

  private get scope(): RegionScope {
    return { root: this.root, depth: this.depth };
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>('#input') ?? null;
  }

  private chosenRegion(): Region | null {
    const value = this.value;
    return (value && this.model?.regions.get(value)) || null;
  }

  /** An id the feed does not offer here leaves the field empty, with a warning for the webmaster. */
  private verifyValue(): void {
    const model = this.model;
    const value = this.value;
    if (!model || !value) return;
    const region = model.regions.get(value);
    if (region && inScope(model, region, this.scope)) return;
    this.warnOnce(`value "${value}" ${region ? 'is outside root/depth' : `is not a region in ${model.url}`}; the field is left empty.`);
    this.storeValue('');
  }

  protected override valueChangedByCode(): void {
    this.text = '';
    this.showsChoice = true;
    this.typed = false;
    this.close();
    this.verifyValue();
  }

  protected currentValidity(): FieldValidity {
    if (!this.showsChoice && this.text.trim() && !this.value) return { flags: { badInput: true }, message: badInputMessage() };
    if (!this.required) return VALID;
    // Without the list nobody can choose, nor can a preset id be checked: a required field
    // must then stop the form rather than pass as valid.
    const failed = this.feedState.state.status === 'error';
    if (!this.value) return { flags: { valueMissing: true }, message: valueMissingMessage(failed) };
    return failed ? { flags: { customError: true }, message: valueMissingMessage(true) } : VALID;
  }

  protected validationAnchor(): HTMLElement | undefined {
    return this.input ?? undefined;
  }

  private results(model: FeedModel): RegionResults {
    const query = this.showsChoice ? '' : this.text;
    const key = `${getLocale()}|${this.root}|${this.depth}|${query}`;
    if (this.resultsMemo?.model !== model || this.resultsMemo.key !== key) {
      this.resultsMemo = { model, key, results: searchRegions(model, query, { ...this.scope, limit: MAX_OPTIONS }) };
    }
    return this.resultsMemo.results;
  }

  private announceCount(model: FeedModel): void {
    const { items, total } = this.results(model);
    this.announcer.announce(foundMessage(total, items.length));
  }

  // --- actions ------------------------------------------------------------------------

  private openList(focus: 'first' | 'last' | 'none'): void {
    const model = this.model;
    if (!model || this.isDisabled) return;
    const count = this.results(model).items.length;
    if (!this.open) this.announceCount(model);
    this.open = true;
    if (focus === 'first') this.activeIndex = count ? 0 : -1;
    else if (focus === 'last') this.activeIndex = count - 1;
  }

  private close(): void {
    this.open = false;
    this.activeIndex = -1;
  }

  /** A choice or clearing by the user: the form, the native events, then ours. */
  private userChose(region: Region | null): void {
    if (!this.userChangedValue(region?.id ?? '')) return;
    fire(this, 'akimat-region-change', { region: region && this.model ? regionChoice(this.model, region) : null });
  }

  private choose(region: Region): void {
    const model = this.model;
    if (!model) return;
    this.text = '';
    this.showsChoice = true;
    this.typed = false;
    this.close();
    this.userChose(region);
    this.announcer.announce(selectedMessage(model, region));
  }

  /**
   * Leaving the field settles what was typed: an empty field clears the value, a name that
   * spells exactly one region chooses it, anything else leaves the value empty and invalid.
   */
  private commit(): void {
    this.close();
    const model = this.model;
    if (this.showsChoice || !model) return;
    const text = this.text.trim();
    const chosen = this.chosenRegion();
    // The chosen region wins while the text still spells it, even if another region shares the name.
    const match = !text ? null : chosen && spellsRegion(model, chosen, text) ? chosen : findExact(model, text, this.scope);
    if (!text || match) {
      this.text = '';
      this.showsChoice = true;
    }
    this.userChose(match);
  }

  private run(action: ComboboxAction, model: FeedModel): void {
    const { items } = this.results(model);
    switch (action.type) {
      case 'open':
        this.openList(action.focus);
        break;
      case 'move':
        if (items.length === 0) break;
        this.activeIndex = (this.activeIndex + (action.to === 'next' ? 1 : -1) + items.length) % items.length;
        break;
      case 'accept': {
        const region = items[this.activeIndex];
        if (region) this.choose(region);
        break;
      }
      case 'close':
        this.close();
        break;
      case 'commit':
        this.commit();
        break;
      case 'clear':
        this.text = '';
        this.showsChoice = true;
        this.userChose(null);
        break;
      case 'submit':
        this.commit();
        this.submitImplicitly();
        break;
      case 'edit':
        this.activeIndex = -1;
        break;
    }
  }

  // --- event handlers -----------------------------------------------------------------

  private onInput(event: Event): void {
    // The inner field's composed `input` would reach the page on every key; ours fires on a choice.
    event.stopPropagation();
    this.text = (event.target as HTMLInputElement).value;
    this.showsChoice = false;
    this.typed = true;
    this.activeIndex = -1;
    this.open = true;
    const model = this.model;
    if (model) this.announceCount(model);
    this.syncForm();
  }

  private onKeyDown(event: KeyboardEvent): void {
    const model = this.model;
    if (!model || this.isDisabled) return;
    const outcome = comboboxKey(event, {
      open: this.open,
      active: this.activeIndex >= 0,
      hasText: (this.showsChoice ? this.value : this.text) !== '',
    });
    if (!outcome) return;
    if (outcome.consume) {
      event.preventDefault();
      // Handled here: an Escape that closed our list must not also close the page's dialog.
      event.stopPropagation();
    }
    this.run(outcome.action, model);
  }

  private onBlur(): void {
    if (this.typed) this.showErrors = true;
    this.typed = false;
    this.commit();
  }

  private onToggle(): void {
    if (this.open) this.close();
    else this.openList('none');
    this.input?.focus();
  }

  // --- rendering ----------------------------------------------------------------------

  /** The field's name without `label`: an outside <label for>, else aria-label, else "Region". */
  private outsideName(): string {
    const labels = [...(this.internals.labels ?? [])].map((label) => label.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    return labels.filter(Boolean).join(' ') || this.getAttribute('aria-label')?.trim() || msg('Region');
  }

  protected override skeleton() {
    return { lines: 1, minHeight: 'max(2.75rem, 44px)' };
  }

  protected override isEmpty(model: FeedModel): boolean {
    // Whether anything is offered, without folding every name for search (warmOrderSoon).
    const scope = this.scope;
    const empty = !model.feed.regions.some((region) => inScope(model, region, scope));
    if (!empty) this.warmOrderSoon(model);
    return empty;
  }

  private warmedFor: FeedModel | undefined;

  /** Once per feed, while the page is idle: the sort the first keystroke would otherwise pay. */
  private warmOrderSoon(model: FeedModel): void {
    if (this.warmedFor === model) return;
    this.warmedFor = model;
    whenIdle(() => warmRegionOrder(model, this.scope));
  }

  protected override render(): TemplateResult {
    // The label stays in every state (loading, error) so the form's layout does not change;
    // the live region is there from the first render so that screen readers register it.
    return html`${this.label ? html`<label id="label" class="label" part="label" for="input">${this.label}</label>` : nothing}
      ${super.render()}
      <div class="visually-hidden announcer" role="status">${this.announcer.text}</div>`;
  }

  protected renderReady(model: FeedModel): TemplateResult {
    if (this.isEmpty(model)) {
      if (this.root && !model.regions.has(this.root.trim())) this.warnOnce(`root "${this.root}" is not a region in ${model.url}`);
      return renderEmpty(msg('There are no regions to choose from.'));
    }
    const { items, total } = this.open ? this.results(model) : NO_RESULTS;
    const { message } = this.currentValidity();
    const disabled = this.isDisabled;
    const chosen = this.chosenRegion();
    // Below a root the root's own name would repeat on every row: paths start under it.
    const root = this.root.trim();
    const skip = root ? model.depth(root) : 0;
    return renderField({
      labelled: !!this.label,
      name: this.label ? undefined : this.outsideName(),
      // One line: a text field drops line breaks, which would glue a feed name's words together.
      text: this.showsChoice ? (chosen ? textOf(chosen.name).replace(/\s+/g, ' ') : '') : this.text,
      placeholder: this.placeholder,
      required: this.required,
      disabled,
      error: this.showErrors && !disabled ? message : '',
      open: this.open,
      activeIndex: this.activeIndex,
      options: items.map((region, index) => renderOption(region, {
        index,
        ancestors: model.path(region.id).slice(skip, -1),
        active: index === this.activeIndex,
        chosen: region.id === chosen?.id,
      }, (r) => this.choose(r))),
      total,
    }, this.fieldHandlers);
  }

  private readonly fieldHandlers: FieldHandlers = {
    input: (event) => this.onInput(event),
    keydown: (event) => this.onKeyDown(event),
    blur: () => this.onBlur(),
    click: () => { if (!this.open) this.openList('none'); },
    toggle: () => this.onToggle(),
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'akimat-region-picker': AkimatRegionPicker;
  }
}
