/**
 * Our own events: `akimat-` prefixed, typed, bubbling and composed so a host page can listen
 * on any ancestor. (Native `input`/`change` stay what they are: user action only.)
 */

import type { AkimatMeetingSentDetail, AkimatMeetingSubmitDetail } from '../components/meeting-form/request.js';

export type { AkimatMeetingSentDetail, AkimatMeetingSubmitDetail };

export type WidgetStatus = 'loading' | 'ready' | 'empty' | 'error';

export interface AkimatStatusDetail {
  readonly status: WidgetStatus;
}

export interface AkimatMeetingRequestDetail {
  /** Id of the officer the citizen wants to meet. */
  readonly officer: string;
}

export interface AkimatRegionChangeDetail {
  /** The region the user chose (name and path in the page locale), or null when cleared. */
  readonly region: { readonly id: string; readonly name: string; readonly path: readonly string[] } | null;
}

export const AkimatEvent = {
  /** A widget moved between loading, ready, empty and error. */
  Status: 'akimat-status',
  /** "Request a meeting" was pressed and no meeting form or URL was configured. */
  MeetingRequest: 'akimat-meeting-request',
  /** A meeting form is about to send (cancelable: the page may send it itself). */
  MeetingSubmit: 'akimat-meeting-submit',
  /** A meeting form's request was accepted. */
  MeetingSent: 'akimat-meeting-sent',
  /** The user chose or cleared a region in a region picker. */
  RegionChange: 'akimat-region-change',
} as const;

export function fire<K extends keyof AkimatEventMap>(
  target: EventTarget,
  type: K,
  detail: AkimatEventMap[K] extends CustomEvent<infer D> ? D : never,
  init: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: init.cancelable ?? false }));
}

export interface AkimatEventMap {
  'akimat-status': CustomEvent<AkimatStatusDetail>;
  'akimat-meeting-request': CustomEvent<AkimatMeetingRequestDetail>;
  'akimat-meeting-submit': CustomEvent<AkimatMeetingSubmitDetail>;
  'akimat-meeting-sent': CustomEvent<AkimatMeetingSentDetail>;
  'akimat-region-change': CustomEvent<AkimatRegionChangeDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends AkimatEventMap {}
}
