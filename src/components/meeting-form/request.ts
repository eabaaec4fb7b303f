/**
 * What the meeting form holds and what it sends: the values as typed (also the draft), the
 * request body built from them, the topics, and the map from the server's field paths back
 * to the form's fields. Pure: no DOM, no storage.
 */
import { msg } from '@lit/localize';
import { normalizeBin } from '../../forms/bin.js';
import { toE164 } from '../../feed/phone.js';
import type { HostFailure, HostResult } from '../../forms/submit.js';

export const TOPICS = ['social-project', 'state-social-order', 'public-council', 'ngo-support', 'other'] as const;
export type Topic = (typeof TOPICS)[number];

export const APPLICANT_KINDS = ['person', 'organization'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

export function topicLabel(topic: Topic): string {
  switch (topic) {
    case 'social-project':
      return msg('A social project');
    case 'state-social-order':
      return msg('State social order or grants');
    case 'public-council':
      return msg('Public council');
    case 'ngo-support':
      return msg('Registration or support of an NGO');
    case 'other':
      return msg('Something else');
  }
}

/** The form's fields as typed: strings only, so a draft can be saved and checked as it is. */
export interface FormValues {
  readonly region: string;
  readonly body: string;
  readonly officer: string;
  readonly kind: ApplicantKind;
  readonly name: string;
  readonly organization: string;
  readonly bin: string;
  readonly phone: string;
  readonly email: string;
  readonly topic: Topic | '';
  readonly message: string;
  readonly preferredDate: string;
}

export type ValueField = keyof FormValues;

export const EMPTY_VALUES: FormValues = {
  region: '', body: '', officer: '', kind: 'person', name: '', organization: '', bin: '',
  phone: '', email: '', topic: '', message: '', preferredDate: '',
};

/** Longest string a draft may bring back per field: a generous cap against junk. */
const DRAFT_LIMIT = 10_000;

/** Values from a saved draft (untrusted: another version, another script): known strings only. */
export function valuesFromDraft(raw: unknown): FormValues | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const source = raw as Record<string, unknown>;
  const out: Record<string, string> = { ...EMPTY_VALUES };
  for (const key of Object.keys(EMPTY_VALUES)) {
    const value = source[key];
    if (typeof value === 'string') out[key] = value.slice(0, DRAFT_LIMIT);
  }
  if (!(APPLICANT_KINDS as readonly string[]).includes(out['kind']!)) out['kind'] = 'person';
  if (out['topic'] && !(TOPICS as readonly string[]).includes(out['topic'])) out['topic'] = '';
  return out as unknown as FormValues;
}

/** True when the person has typed nothing of their own yet (choices alone do not count). */
export function isPristine(values: FormValues): boolean {
  return !(values.name || values.organization || values.bin || values.phone || values.email || values.message).trim();
}

export interface MeetingRequestBody {
  readonly officer: string;
  readonly body: string;
  readonly region: string | null;
  readonly applicant: {
    readonly kind: ApplicantKind;
    readonly name: string;
    readonly organization: string | null;
    readonly bin: string | null;
    readonly phone: string | null;
    readonly email: string | null;
  };
  readonly topic: Topic;
  readonly message: string;
  readonly preferredDate: string | null;
  readonly language: string;
  readonly consent: { readonly given: true; readonly version: string; readonly at: string };
  /**
   * The Idempotency-Key of an earlier attempt that may have reached the server and that the
   * person changed before sending again: this request replaces it (docs/meeting-endpoint.md).
   */
  readonly supersedes?: string;
}

export interface RequestContext {
  readonly officer: string;
  readonly body: string;
  readonly region: string | null;
  readonly language: string;
  readonly consentVersion: string;
  /** When the box was ticked (ISO). */
  readonly consentAt: string;
}

/** The JSON body of the request, from values that passed validation. */
export function buildRequestBody(values: FormValues, context: RequestContext): MeetingRequestBody {
  const organization = values.kind === 'organization';
  const email = values.email.trim();
  return {
    officer: context.officer,
    body: context.body,
    region: context.region,
    applicant: {
      kind: values.kind,
      name: values.name.trim().replace(/\s+/g, ' '),
      organization: organization ? values.organization.trim().replace(/\s+/g, ' ') : null,
      bin: organization ? normalizeBin(values.bin) : null,
      phone: toE164(values.phone),
      email: email || null,
    },
    topic: values.topic as Topic,
    message: values.message.trim(),
    preferredDate: values.preferredDate || null,
    language: context.language,
    consent: { given: true, version: context.consentVersion, at: context.consentAt },
  };
}

/** The form's fields, in the order they appear (the error summary follows it). */
export const FIELDS = [
  'region', 'body', 'officer', 'kind', 'name', 'organization', 'bin', 'phone', 'email',
  'topic', 'message', 'preferredDate', 'consent',
] as const;
export type FieldId = (typeof FIELDS)[number];

/** The server's field paths (see the request body) to the form's fields. */
const FIELD_OF_PATH: Readonly<Record<string, FieldId>> = {
  region: 'region',
  body: 'body',
  officer: 'officer',
  'applicant.kind': 'kind',
  'applicant.name': 'name',
  'applicant.organization': 'organization',
  'applicant.bin': 'bin',
  'applicant.phone': 'phone',
  'applicant.email': 'email',
  topic: 'topic',
  message: 'message',
  preferredDate: 'preferredDate',
  consent: 'consent',
  'consent.given': 'consent',
  'consent.version': 'consent',
  'consent.at': 'consent',
};

export function fieldOfPath(path: string): FieldId | undefined {
  return FIELD_OF_PATH[path];
}

/** A server's field errors: those on our fields (the first per field), and the rest. */
export function serverErrors(errors: Readonly<Record<string, string>>): { invalid: Partial<Record<FieldId, string>>; other: string[] } {
  const invalid: Partial<Record<FieldId, string>> = {};
  const other: string[] = [];
  for (const [path, message] of Object.entries(errors)) {
    const field = fieldOfPath(path);
    if (field && !invalid[field]) invalid[field] = message;
    else other.push(message);
  }
  return { invalid, other };
}

/** Detail of `akimat-meeting-submit`. */
export interface AkimatMeetingSubmitDetail {
  /** The JSON body the form sends (or the page sends, after preventDefault()). */
  readonly body: MeetingRequestBody;
  /** Send it as the Idempotency-Key header: the same on every retry of this request. */
  readonly idempotencyKey: string;
  /** After preventDefault(): the request was accepted. */
  readonly resolve: (result?: HostResult) => void;
  /** After preventDefault(): it failed (see HostFailure: field errors, `retryable: false`, or any error). */
  readonly reject: (reason?: HostFailure | Error) => void;
}

/** Detail of `akimat-meeting-sent`. */
export interface AkimatMeetingSentDetail {
  /** The reference number from the response's `reference`, or null. */
  readonly reference: string | null;
  /** The parsed response body (or what the page resolved with). */
  readonly response: unknown;
}
