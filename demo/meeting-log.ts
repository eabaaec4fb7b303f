/**
 * Demo only: prints the request the meeting form sent (headers and JSON body, as msw saw them
 * in mocks.ts) into `<pre id="meeting-log">`, so visitors see exactly what an akimat's server
 * would receive. Import it once; the `<pre>` may come later.
 */
interface DemoRequest {
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

const SHOWN_HEADERS = ['content-type', 'accept', 'idempotency-key'];

export function describeRequest(request: DemoRequest): string {
  const headers = SHOWN_HEADERS.filter((h) => request.headers[h]).map((h) => `${h}: ${request.headers[h]}`);
  return `POST /api/meeting-requests\n${headers.join('\n')}\n\n${JSON.stringify(request.body, null, 2)}`;
}

window.addEventListener('demo-request', (event) => {
  const log = document.getElementById('meeting-log');
  // Text only: the body holds what a visitor typed.
  if (log) log.textContent = describeRequest((event as CustomEvent<DemoRequest>).detail);
});
