/**
 * Long work on the host page's main thread, split into steps: a generator that yields between
 * pieces of work. A national feed takes a few hundred milliseconds to validate, and in one
 * piece that is one long task during which the page cannot answer its reader's clicks and keys.
 * `runInSteps` gives the page its turn whenever a slice has run long enough; `runNow` runs the
 * same steps at once (the validator CLI, tests, apps that call validateFeed).
 */
export type Steps<T> = Generator<void, T, void>;

/** How long a slice may run before the page gets its turn: well under the 50 ms of a long task. */
const SLICE_MS = 20;

export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Lets the page run its pending tasks (input first). scheduler.yield() where the browser has it
 * (the rest of our work keeps its place in the queue); else a message to ourselves, which,
 * unlike setTimeout, is neither clamped to 4 ms nor slowed to once a second in background tabs.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Runs the steps, yielding to the page between slices. Whoever holds the same steps may finish
 * them at once with `runNow` meanwhile (a keystroke that cannot wait): this then resolves with
 * `undefined`, since a finished generator hands its result only to the call that finished it.
 */
export async function runInSteps<T>(steps: Steps<T>): Promise<T> {
  // Not in the caller's task: whatever it was doing may already have been long.
  await yieldToPage();
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}

/** Runs `work` once the page is idle (within two seconds at most): work nobody waits for yet. */
export function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => work(), { timeout: 2000 });
  else setTimeout(work, 0);
}
