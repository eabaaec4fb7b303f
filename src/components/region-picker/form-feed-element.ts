/**
 * A feed widget that is also a form field (form-associated custom element): it submits,
 * resets, restores and validates like a native `<input>`, through the `ElementInternals`
 * that FeedElement already attached (attachInternals may be called only once).
 *
 * Semantics copied from `<input>`: the `value` attribute is the default value (what a reset
 * returns to) and the `value` property the current one; code that sets `value` fires no
 * events; validation messages are shown only after the user interacted or a submit was tried.
 * Written for the region picker; general enough for any single-value field.
 */
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FeedElement } from '../feed-element.js';

export interface FieldValidity {
  readonly flags: ValidityStateFlags;
  /** '' when valid. */
  readonly message: string;
}

export const VALID: FieldValidity = { flags: {}, message: '' };

/** The HTML rule: inside a disabled fieldset, except inside that fieldset's first legend. */
export function inDisabledFieldset(element: Element): boolean {
  for (let child: Element = element, at = element.parentElement; at; child = at, at = at.parentElement) {
    if (at instanceof HTMLFieldSetElement && at.disabled && at.querySelector(':scope > legend') !== child) return true;
  }
  return false;
}

export abstract class FormFeedElement extends FeedElement {
  static formAssociated = true;
  /** `focus()` and a click on an outside <label for> land in the inner control. */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Name of the field in the submitted form data. */
  @property({ reflect: true }) name = '';
  /** The initial value (the `value` attribute), restored by a form reset. */
  @property({ attribute: 'value' }) defaultValue = '';
  @property({ type: Boolean, reflect: true }) required = false;
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Validation messages appear only after the user interacted or a submit was attempted. */
  @state() protected showErrors = false;
  @state() private currentValue = '';
  /** `value` was set by the user or code: it no longer follows the `value` attribute. */
  private dirty = false;

  constructor() {
    super();
    // Fired by a submit attempt, checkValidity() or reportValidity() on an invalid field.
    this.addEventListener('invalid', () => { this.showErrors = true; });
  }

  /** The current value ('' for none). Setting it fires no events. */
  get value(): string {
    return this.dirty ? this.currentValue : this.defaultValue.trim();
  }

  set value(next: string) {
    this.storeValue(String(next ?? '').trim());
    this.valueChangedByCode();
    this.syncForm();
  }

  get form(): HTMLFormElement | null { return this.internals.form; }
  get validity(): ValidityState { return this.internals.validity; }
  get validationMessage(): string { return this.internals.validationMessage; }
  get willValidate(): boolean { return this.internals.willValidate; }
  get labels(): NodeList { return this.internals.labels; }
  checkValidity(): boolean { return this.internals.checkValidity(); }
  reportValidity(): boolean { return this.internals.reportValidity(); }

  formResetCallback(): void {
    this.dirty = false;
    this.currentValue = '';
    this.showErrors = false;
    this.valueChangedByCode();
    this.syncForm();
  }

  formStateRestoreCallback(saved: string | File | FormData | null): void {
    if (typeof saved === 'string') this.value = saved;
  }

  /** A <fieldset> around us was disabled or enabled (`isDisabled` reads it). */
  formDisabledCallback(_disabled: boolean): void {
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncForm();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncForm();
  }

  /**
   * Our `disabled` property, or a disabled <fieldset> around us. Not `matches(':disabled')`:
   * Lit renders before it reflects `disabled` to the attribute, so that would lag one update.
   */
  protected get isDisabled(): boolean {
    return this.disabled || inDisabledFieldset(this);
  }

  /** Sets the value without side effects (no events, no form sync). */
  protected storeValue(value: string): void {
    this.dirty = true;
    this.currentValue = value;
  }

  /**
   * A change made by the user: updates the form and fires native `input` (composed, as a
   * native one) and `change`. Returns false when the value did not change (no events).
   */
  protected userChangedValue(value: string): boolean {
    if (value === this.value) return false;
    this.storeValue(value);
    this.syncForm();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  }

  /** Code set the value, or a reset or restore did: bring the view in line. */
  protected valueChangedByCode(): void {}

  /**
   * Enter in a text field submits its form (implicit submission): through the form's first
   * submit button when it has one, so the button's own handlers and `formaction` apply.
   */
  protected submitImplicitly(): void {
    const form = this.internals.form;
    if (!form) return;
    const button = [...form.elements].find(
      (el): el is HTMLButtonElement | HTMLInputElement =>
        (el instanceof HTMLButtonElement || el instanceof HTMLInputElement) && el.type === 'submit',
    );
    if (!button) form.requestSubmit();
    else if (!button.disabled) button.click();
  }

  /** The field's validity now; `message` is localized. */
  protected abstract currentValidity(): FieldValidity;

  /** The inner control the browser's validation bubble points at, once rendered. */
  protected abstract validationAnchor(): HTMLElement | undefined;

  /** Form value and validity follow every change at once, so FormData never sees a stale value. */
  protected syncForm(): void {
    const value = this.value;
    this.internals.setFormValue(value, value);
    const { flags, message } = this.currentValidity();
    if (message) this.internals.setValidity(flags, message, this.validationAnchor());
    else this.internals.setValidity({});
  }
}
