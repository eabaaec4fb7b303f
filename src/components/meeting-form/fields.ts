/**
 * Form fields the GOV.UK way: a visible label, an optional hint, the error message between
 * them and the control, and the control tied to both through `aria-describedby` with
 * `aria-invalid` when it has an error. Every control's id is the field's id, so the error
 * summary can link to it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';

export interface FieldBase {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | TemplateResult | undefined;
  readonly error?: string | undefined;
  /** Labels say "(optional)" instead of marking every required field. */
  readonly optional?: boolean;
}

export function optionalLabel(label: string, optional = false): string {
  return optional ? msg(str`${label} (optional)`) : label;
}

export function renderError(id: string, error: string | undefined): TemplateResult | typeof nothing {
  return error
    ? html`<p class="error-message" id="${id}-error" part="error-message"><span class="visually-hidden">${msg('Error:')}</span> ${error}</p>`
    : nothing;
}

function renderHint(id: string, hint: FieldBase['hint']): TemplateResult | typeof nothing {
  return hint ? html`<div class="hint" id="${id}-hint">${hint}</div>` : nothing;
}

/** Label, hint and error above a control with the field's id, in the field's box. */
function renderField(field: FieldBase, control: TemplateResult, after: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<div class="field ${field.error ? 'invalid' : ''}" part="field">
    <label class="label" for=${field.id}>${optionalLabel(field.label, field.optional)}</label>
    ${renderHint(field.id, field.hint)}
    ${renderError(field.id, field.error)}
    ${control}
    ${after}
  </div>`;
}

/** The ids that describe a control: its hint, its error and any extra (a counter). */
export function describedBy(field: FieldBase, ...extra: readonly string[]): string | undefined {
  const ids = [field.hint ? `${field.id}-hint` : '', field.error ? `${field.id}-error` : '', ...extra].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export interface InputField extends FieldBase {
  readonly value: string;
  readonly name: string;
  readonly type: 'text' | 'tel' | 'email' | 'date';
  /** The on-screen keyboard; not for `date`, which brings its own picker. */
  readonly inputmode?: 'text' | 'tel' | 'email' | 'numeric';
  readonly min?: string;
  readonly max?: string;
  readonly autocomplete: string;
  readonly spellcheck?: boolean;
  readonly autocapitalize?: 'words' | 'none' | 'sentences';
  /** Narrower boxes hint at the expected length (GOV.UK's fixed-width inputs). */
  readonly width?: 'full' | 'medium' | 'short';
  readonly onInput: (value: string) => void;
}

export function renderInput(field: InputField): TemplateResult {
  return renderField(field, html`<input class="input ${field.width ?? 'full'}" part="input" id=${field.id} name=${field.name}
      type=${field.type} inputmode=${ifDefined(field.inputmode)} autocomplete=${field.autocomplete}
      min=${ifDefined(field.min)} max=${ifDefined(field.max)}
      spellcheck=${field.spellcheck === false ? 'false' : 'true'} autocapitalize=${ifDefined(field.autocapitalize)}
      aria-required=${field.optional ? 'false' : 'true'} aria-invalid=${field.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(field))}
      .value=${live(field.value)} @input=${(e: Event) => field.onInput((e.target as HTMLInputElement).value)}>`);
}

export interface TextareaField extends FieldBase {
  readonly value: string;
  readonly name: string;
  readonly rows: number;
  /** Ids of other elements that describe it (the character count). */
  readonly describedByExtra: readonly string[];
  readonly after: TemplateResult;
  readonly onInput: (value: string) => void;
}

export function renderTextarea(field: TextareaField): TemplateResult {
  return renderField(field, html`<textarea class="input textarea" part="input" id=${field.id} name=${field.name} rows=${field.rows}
      inputmode="text" autocomplete="off" spellcheck="true" aria-required="true" aria-invalid=${field.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(field, ...field.describedByExtra))}
      .value=${live(field.value)} @input=${(e: Event) => field.onInput((e.target as HTMLTextAreaElement).value)}></textarea>`,
  field.after);
}

export interface Choice {
  readonly value: string;
  readonly label: string | TemplateResult;
}

export interface RadiosField extends FieldBase {
  readonly name: string;
  readonly value: string;
  readonly choices: readonly Choice[];
  readonly inline?: boolean;
  readonly onChange: (value: string) => void;
}

/**
 * Radios in a fieldset whose legend is the question. The first radio carries the field's id:
 * the error summary links there.
 */
export function renderRadios(field: RadiosField): TemplateResult {
  return html`<div class="field ${field.error ? 'invalid' : ''}" part="field">
    <fieldset class="radios ${field.inline ? 'inline' : ''}" aria-describedby=${ifDefined(describedBy(field))}>
      <legend class="label">${optionalLabel(field.label, field.optional)}</legend>
      ${renderHint(field.id, field.hint)}
      ${renderError(field.id, field.error)}
      <div class="choices">${field.choices.map((choice, i) => {
        const id = i === 0 ? field.id : `${field.id}-${choice.value}`;
        return html`<div class="choice">
          <input type="radio" id=${id} name=${field.name} value=${choice.value}
            .checked=${live(field.value === choice.value)}
            @change=${() => field.onChange(choice.value)}>
          <label for=${id}>${choice.label}</label>
        </div>`;
      })}</div>
    </fieldset>
  </div>`;
}

export interface SelectField extends FieldBase {
  readonly name: string;
  readonly value: string;
  /** The first, empty option ("Select…" or "No preference"). */
  readonly placeholder: string;
  readonly choices: readonly Choice[];
  readonly onChange: (value: string) => void;
}

export function renderSelect(field: SelectField): TemplateResult {
  return renderField(field, html`<select class="input select" part="input" id=${field.id} name=${field.name} .value=${live(field.value)}
      aria-required=${field.optional ? 'false' : 'true'} aria-invalid=${field.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(field))}
      @change=${(e: Event) => field.onChange((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${field.value === ''}>${field.placeholder}</option>
      ${field.choices.map((c) => html`<option value=${c.value} ?selected=${c.value === field.value}>${c.label}</option>`)}
    </select>`);
}

export interface CheckboxField extends FieldBase {
  readonly name: string;
  readonly checked: boolean;
  /** Ids of the text the box agrees to. */
  readonly describedByExtra: readonly string[];
  readonly onChange: (checked: boolean) => void;
}

export function renderCheckbox(field: CheckboxField): TemplateResult {
  return html`<div class="field ${field.error ? 'invalid' : ''}" part="field">
    ${renderError(field.id, field.error)}
    <div class="choice">
      <input type="checkbox" id=${field.id} name=${field.name} .checked=${live(field.checked)}
        aria-required="true" aria-invalid=${field.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(field, ...field.describedByExtra))}
        @change=${(e: Event) => field.onChange((e.target as HTMLInputElement).checked)}>
      <label for=${field.id}>${field.label}</label>
    </div>
  </div>`;
}
