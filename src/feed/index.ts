/** The feed client alone, for apps that render feed data themselves. */
export { configureFeedClient, feedResource, loadFeed, type FeedSnapshot } from './client.js';
export { clearFeedCache } from './cache.js';
export { FeedError, FeedErrorKind } from './errors.js';
export { FeedModel } from './model.js';
export { validateFeed, describeProblem } from './validate.js';
export type * from './types.js';
