/**
 * akimat-widgets: the one-tag entry. Importing it defines every element.
 * npm users who want one element import `akimat-widgets/officer-card` etc. instead.
 */
export { AkimatOfficerCard } from './components/officer-card/officer-card.js';
export { AkimatOfficerDirectory } from './components/officer-directory/officer-directory.js';
export { AkimatCouncilList } from './components/council-list/council-list.js';
export { AkimatRegionPicker } from './components/region-picker/region-picker.js';
export type { RegionChoice } from './components/region-picker/region-index.js';
export { AkimatMeetingForm, type MeetingRequestState } from './components/meeting-form/meeting-form.js';
export { CONSENT_VERSION } from './components/meeting-form/consent.js';
export type { MeetingRequestBody } from './components/meeting-form/request.js';
export { setLocale, getLocale } from './localization/locale.js';
export { configureFeedClient, loadFeed } from './feed/client.js';
export { clearFeedCache } from './feed/cache.js';
export { FeedError, FeedErrorKind } from './feed/errors.js';
export { validateFeed } from './feed/validate.js';
export type { FeedModel } from './feed/model.js';
export type * from './feed/types.js';
export type * from './events/events.js';
