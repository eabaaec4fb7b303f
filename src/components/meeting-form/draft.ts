/**
 * The meeting form's draft: what was typed (never the consent, which is given anew), when the
 * form was first shown (for the minimum fill time) and the idempotency key of a request still
 * being retried (with what was sent under it), so a reload in the middle of retrying sends
 * the same request under the same key.
 */
import { draftKey, readDraft, removeDraft, writeDraft } from '../../forms/draft-store.js';
import { isPristine, valuesFromDraft, type FormValues } from './request.js';
import type { RequestSeries } from './sender.js';

export interface MeetingDraft {
  readonly values: FormValues;
  readonly startedAt: number;
  /** The request being retried, if any (see MeetingSender). */
  readonly series: RequestSeries;
}

/** One form's draft: its endpoint and its officer (attribute), as the issue asks. */
export function meetingDraftId(endpoint: string, officer: string): string {
  return draftKey('meeting', endpoint, officer);
}

/** The saved draft, if it holds anything the person typed. */
export function loadMeetingDraft(id: string): MeetingDraft | undefined {
  const saved = readDraft<Record<string, unknown>>(id)?.data;
  const values = saved && valuesFromDraft(saved['values']);
  if (!saved || !values || isPristine(values)) return undefined;
  const series: { -readonly [K in keyof RequestSeries]: string } = {};
  for (const name of ['key', 'sent', 'supersedes'] as const) {
    const value = saved[name];
    if (typeof value === 'string') series[name] = value;
  }
  return { values, startedAt: typeof saved['startedAt'] === 'number' ? saved['startedAt'] : Date.now(), series };
}

/** Saves the draft, or removes it when there is nothing worth keeping. */
export function saveMeetingDraft(id: string, draft: MeetingDraft): void {
  const { values, startedAt, series } = draft;
  if (isPristine(values) && !series.key) removeDraft(id);
  else writeDraft(id, { values, startedAt, ...series });
}

export { removeDraft as removeMeetingDraft };
