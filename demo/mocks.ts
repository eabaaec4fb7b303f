/** msw in the demo: answers the meeting-request endpoint so the form works with no backend. */
import { setupWorker } from 'msw/browser';
import { http, HttpResponse, delay } from 'msw';

export const DEMO_ENDPOINT = '/api/meeting-requests';

export async function startDemoMocks(): Promise<void> {
  let count = 0;
  const worker = setupWorker(
    http.post(DEMO_ENDPOINT, async ({ request }) => {
      const body = await request.json();
      await delay(600);
      count += 1;
      window.dispatchEvent(new CustomEvent('demo-request', { detail: { headers: Object.fromEntries(request.headers), body } }));
      return HttpResponse.json({ reference: `VKO-2026-${String(1000 + count)}` }, { status: 201 });
    }),
  );
  try {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  } catch (error) {
    console.warn('Demo mocks could not start; the meeting form will not be able to send.', error);
  }
}
