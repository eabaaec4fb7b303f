/**
 * The meeting form's rules and messages, GOV.UK style: one message per field saying what to
 * do ("Enter your phone number"), not what went wrong in the abstract. Pure: values and a
 * context in, messages (through msg()) out.
 */
import { msg, str } from '@lit/localize';
import { BinProblem, binProblem } from '../../forms/bin.js';
import { toE164 } from '../../feed/phone.js';
import { isEmail } from '../../feed/urls.js';
import { formatNumber, plural } from '../../localization/format.js';
import { FIELDS, type FieldId, type FormValues } from './request.js';
import { isIsoDate, type WhomStep } from './whom.js';

export const MESSAGE_MAX = 2000;
export const NAME_MAX = 200;
export const ORGANIZATION_MAX = 300;

export type FieldErrors = Partial<Record<FieldId, string>>;

export interface ValidationContext {
  /** The first "whom" step not taken yet; null when an officer is chosen. */
  readonly whomMissing: WhomStep | null;
  readonly consent: boolean;
  /** Dates offered from the officer's reception days; null when any date in `dateRange` may be typed. */
  readonly dates: readonly string[] | null;
  readonly dateRange: { readonly min: string; readonly max: string };
}

/** Characters as people count them: an emoji or a letter with its accent is one. */
export function characterCount(text: string): number {
  return [...text].length;
}

function whomMessage(step: WhomStep): string {
  switch (step) {
    case 'region':
      return msg('Select the region where you want to meet an officer');
    case 'body':
      return msg('Select the akimat or department');
    case 'officer':
      return msg('Select the officer you want to meet');
  }
}

function binMessage(raw: string): string | null {
  switch (binProblem(raw)) {
    case null:
      return null;
    case BinProblem.Empty:
      return msg('Enter the BIN of your organization');
    case BinProblem.NotDigits:
      return msg('BIN must only include numbers');
    case BinProblem.Length:
      return msg('BIN must be 12 digits');
    case BinProblem.Checksum:
      return msg('Enter a valid BIN. Check the digits against your registration certificate');
  }
}

function dateMessage(value: string, context: ValidationContext): string | null {
  if (!value) return null;
  if (context.dates) return context.dates.includes(value) ? null : msg('Select a date from the list, or no preference');
  if (!isIsoDate(value)) return msg('Preferred date must be a real date');
  if (value < context.dateRange.min) return msg('Preferred date must be in the future');
  if (value > context.dateRange.max) return msg('Preferred date must be within the next six months');
  return null;
}

/** The message for one field, or null when it is fine. */
export function validateField(field: FieldId, values: FormValues, context: ValidationContext): string | null {
  const organization = values.kind === 'organization';
  switch (field) {
    case 'region':
    case 'body':
    case 'officer':
      return context.whomMissing === field ? whomMessage(field) : null;
    case 'kind':
      return null;
    case 'name': {
      const name = values.name.trim();
      if (!name) return msg('Enter your full name');
      return characterCount(name) > NAME_MAX ? msg(str`Full name must be ${formatNumber(NAME_MAX)} characters or fewer`) : null;
    }
    case 'organization': {
      if (!organization) return null;
      const name = values.organization.trim();
      if (!name) return msg('Enter the name of your organization');
      return characterCount(name) > ORGANIZATION_MAX
        ? msg(str`Organization name must be ${formatNumber(ORGANIZATION_MAX)} characters or fewer`)
        : null;
    }
    case 'bin':
      return organization ? binMessage(values.bin) : null;
    case 'phone':
      if (!values.phone.trim()) return msg('Enter your phone number');
      return toE164(values.phone) ? null : msg('Enter a Kazakhstan phone number, like 8 701 123 45 67 or +7 701 123 45 67');
    case 'email': {
      const email = values.email.trim();
      return !email || isEmail(email) ? null : msg('Enter an e-mail address in the correct format, like name@example.kz');
    }
    case 'topic':
      return values.topic ? null : msg('Select what you want to discuss');
    case 'message': {
      const length = characterCount(values.message.trim());
      if (length === 0) return msg('Enter your message');
      return length > MESSAGE_MAX ? msg(str`Message must be ${formatNumber(MESSAGE_MAX)} characters or fewer`) : null;
    }
    case 'preferredDate':
      return dateMessage(values.preferredDate, context);
    case 'consent':
      return context.consent ? null : msg('Select the box to agree to the processing of your personal data');
  }
}

/** Every field's message, in the order of the form. */
export function validate(values: FormValues, context: ValidationContext): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of FIELDS) {
    const message = validateField(field, values, context);
    if (message) errors[field] = message;
  }
  return errors;
}

/** Bands of "characters remaining" that are announced to screen readers when entered. */
export const COUNT_THRESHOLDS = [200, 100, 50, 0] as const;

/** 0 while far from the limit, then one band per threshold crossed, and the last when over. */
export function countBand(remaining: number): number {
  if (remaining < 0) return COUNT_THRESHOLDS.length + 1;
  return COUNT_THRESHOLDS.filter((t) => remaining <= t).length;
}

/** "You have 1,850 characters remaining" / "You have 15 characters too many". */
export function countMessage(remaining: number): string {
  if (remaining >= 0) {
    const n = formatNumber(remaining);
    return plural(remaining, {
      one: msg(str`You have ${n} character remaining`, { id: 'meeting-count-left-one' }),
      few: msg(str`You have ${n} characters remaining`, { id: 'meeting-count-left-few' }),
      many: msg(str`You have ${n} characters remaining`, { id: 'meeting-count-left-many' }),
      other: msg(str`You have ${n} characters remaining`, { id: 'meeting-count-left-other' }),
    });
  }
  const over = -remaining;
  const n = formatNumber(over);
  return plural(over, {
    one: msg(str`You have ${n} character too many`, { id: 'meeting-count-over-one' }),
    few: msg(str`You have ${n} characters too many`, { id: 'meeting-count-over-few' }),
    many: msg(str`You have ${n} characters too many`, { id: 'meeting-count-over-many' }),
    other: msg(str`You have ${n} characters too many`, { id: 'meeting-count-over-other' }),
  });
}

/**
 * Fields shown as invalid: null for one of our rules (its message is made at render, so it
 * follows a language switch), or the server's message for it.
 */
export type Invalid = Partial<Record<FieldId, string | null>>;

/** The messages to show now, in the current language. */
export function shownErrors(invalid: Invalid, values: FormValues, context: ValidationContext): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of FIELDS) {
    if (!(field in invalid)) continue;
    const message = invalid[field] ?? validateField(field, values, context);
    if (message) errors[field] = message;
  }
  return errors;
}

/**
 * After an edit of `fields`: a message goes away as soon as its field is put right (ours when
 * the rule passes, the server's when the field is edited); none is added before a submit.
 */
export function recheck(invalid: Invalid, fields: readonly FieldId[], values: FormValues, context: ValidationContext): Invalid {
  const next = { ...invalid };
  for (const field of fields) {
    if (!(field in next)) continue;
    if (next[field] !== null || !validateField(field, values, context)) delete next[field];
  }
  return next;
}
