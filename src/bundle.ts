/**
 * akimat-widgets: the one-tag bundle (dist/akimat-widgets.js). It holds Lit, the feed client
 * and the shared widget base; each element's own code and each language's texts are files
 * in dist/akimat-widgets/, fetched when the page first uses them (see autoload.ts).
 *
 * The element classes are not exported here, since they arrive later: use
 * `customElements.whenDefined('akimat-officer-card')`, or import the per-element entries.
 */
import { startAutoload } from './autoload.js';
// Lit, the widget base class and the shared views travel with the bundle rather than with the
// first element: every element needs them, and on a slow network one more round trip before
// anything shows costs more than these bytes. (Marked as side effects in package.json so the
// import is kept.)
import './components/feed-element.js';

export { discover } from './autoload.js';
export { setLocale, getLocale } from './localization/locale.js';
export { configureFeedClient, loadFeed } from './feed/client.js';
export { clearFeedCache } from './feed/cache.js';
export { FeedError, FeedErrorKind } from './feed/errors.js';
export { validateFeed } from './feed/validate.js';
export type { FeedModel } from './feed/model.js';
export type * from './feed/types.js';
export type * from './events/events.js';
// Types only (no code: the classes arrive on demand). They also bring each element's entry in
// HTMLElementTagNameMap, so `document.querySelector('akimat-officer-card')` is typed.
export type { AkimatOfficerCard } from './components/officer-card/officer-card.js';
export type { AkimatOfficerDirectory } from './components/officer-directory/officer-directory.js';
export type { AkimatCouncilList } from './components/council-list/council-list.js';
export type { AkimatRegionPicker } from './components/region-picker/region-picker.js';
export type { AkimatMeetingForm, MeetingRequestState } from './components/meeting-form/meeting-form.js';

startAutoload();
