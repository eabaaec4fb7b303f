/**
 * The meeting form's draft: what was typed (never the consent, which is given anew), when the
 * form was first shown (for the minimum fill time) and the idempotency key of a request still
 * being retried, so a reload in the middle of retrying sends under the same key.
 */
import { draftKey, readDraft, removeDraft, writeDraft } from '../../forms/draft-store.js';
import { isPristine, valuesFromDraft, type FormValues } from './request.js';

export interface MeetingDraft {
  readonly values: FormValues;
  readonly startedAt: number;
  readonly key: string | undefined;
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
  return {
    values,
    startedAt: typeof saved['startedAt'] === 'number' ? saved['startedAt'] : Date.now(),
    key: typeof saved['key'] === 'string' ? saved['key'] : undefined,
  };
}

/** Saves the draft, or removes it when there is nothing worth keeping. */
export function saveMeetingDraft(id: string, draft: MeetingDraft): void {
  if (isPristine(draft.values) && !draft.key) removeDraft(id);
  else writeDraft(id, draft);
}

export { removeDraft as removeMeetingDraft };
