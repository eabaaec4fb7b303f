/** Why a whole feed could not be used. Record-level problems are `FeedProblem`s instead. */
export const FeedErrorKind = {
  /** The server answered with an HTTP error status. */
  Http: 'http',
  /** No answer: offline, DNS, CORS, connection reset. */
  Network: 'network',
  /** No answer within the time limit. */
  Timeout: 'timeout',
  /** The answer is not JSON (an HTML error page, say). */
  NotJson: 'not-json',
  /** JSON, but not a feed document (no collections, not an object). */
  Format: 'format',
  /** A feed of a version these widgets do not read. */
  Version: 'version',
  /** The element has no feed URL, or an unusable one. */
  NoFeed: 'no-feed',
} as const;
export type FeedErrorKind = (typeof FeedErrorKind)[keyof typeof FeedErrorKind];

export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly status?: number,
    /** Seconds the server asked to wait before asking again (Retry-After), when it said. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}
