/**
 * msw in the test page: one worker per test file, started once, handlers reset per test.
 * Feeds and endpoints are intercepted at the network level, so the widgets' real fetch runs.
 */
import { setupWorker } from 'msw/browser';
import { http, HttpResponse, type HttpResponseResolver } from 'msw';

export { http, HttpResponse };
export const worker = setupWorker();
let started: Promise<unknown> | undefined;

export function startMsw(): Promise<unknown> {
  started ??= worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
  return started;
}

export interface Served {
  /** How many requests reached this URL. */
  readonly count: number;
  readonly requests: Request[];
}

/** Serves `url` with `resolver` (a JSON value is served as JSON) and counts the requests. */
export function serve(url: string, resolver: HttpResponseResolver | object): Served {
  const requests: Request[] = [];
  const handle: HttpResponseResolver =
    typeof resolver === 'function' ? (resolver as HttpResponseResolver) : () => HttpResponse.json(resolver);
  worker.use(
    http.all(url, (info) => {
      requests.push(info.request.clone());
      return handle(info);
    }),
  );
  return {
    get count() {
      return requests.length;
    },
    requests,
  };
}
