// In-page half of the bench (a classic script, loaded before the bundle so that nothing is
// missed). bench/run.js drives the page through these functions with page.evaluate.
(() => {
  /** Resolves just after the next paint: a task queued from requestAnimationFrame runs once
   * the frame that rAF belongs to has been produced. */
  const afterPaint = () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      });
    });

  const SETTLED = new Set(['ready', 'empty', 'error']);
  const firstContent = new Map();

  // Each widget's first settled status (ready, empty or error), and when it was painted.
  document.addEventListener('akimat-status', (event) => {
    const host = event.composedPath()[0];
    const { status } = event.detail;
    if (!SETTLED.has(status) || firstContent.has(host)) return;
    const record = { tag: host.localName, status, statusAt: performance.now(), paintedAt: NaN };
    firstContent.set(host, record);
    afterPaint().then((at) => { record.paintedAt = at; });
  }, true);

  const eventTimings = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (/^key|input/.test(entry.name)) {
          eventTimings.push({ name: entry.name, duration: entry.duration, interactionId: entry.interactionId,
            processing: entry.processingEnd - entry.processingStart, startTime: entry.startTime });
        }
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    // No Event Timing: the rAF measurement still works.
  }

  // Long tasks (≥ 50 ms) on the page: the host page cannot respond to its reader meanwhile.
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ startTime: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the column stays empty.
  }

  /** End of the feed response, from Resource Timing (same clock as performance.now()). */
  const feedResponseEnd = () => {
    const entries = performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.startsWith('/feeds/'));
    return entries.length ? Math.min(...entries.map((e) => e.responseEnd)) : NaN;
  };

  window.bench = {
    afterPaint,
    feedResponseEnd,
    eventTimings,

    /** The longest task that started after `from` (ms), or 0 when none reached 50 ms. */
    longestTask(from = 0) {
      return Math.max(0, ...longTasks.filter((t) => t.startTime >= from).map((t) => t.duration));
    },

    /** Waits until every element in `hosts` has settled and been painted. */
    async settled(hosts) {
      for (;;) {
        const records = hosts.map((h) => firstContent.get(h));
        if (records.every((r) => r && !Number.isNaN(r.paintedAt))) return records;
        await new Promise((r) => setTimeout(r, 10));
      }
    },

    /**
     * Arms the measurement of one keystroke into the text field `input` of widget `host`: from
     * the keydown's timestamp to the widget's finished update (script, then style and layout
     * forced at once: "work") and to the next paint. The input listener is added to the field
     * itself after the widget's own, so it runs after it even if the widget stops propagation.
     */
    armKeystroke(host, input) {
      bench.pending = new Promise((resolve) => {
        let start = NaN;
        const onKey = (e) => { if (Number.isNaN(start)) start = e.timeStamp; };
        const onInput = async (e) => {
          if (Number.isNaN(start)) start = e.timeStamp;
          window.removeEventListener('keydown', onKey, true);
          input.removeEventListener('input', onInput);
          if (host.updateComplete) await host.updateComplete;
          document.body.getBoundingClientRect(); // style + layout of the new list, now
          const rendered = performance.now();
          const painted = await afterPaint();
          resolve({ start, rendered: rendered - start, painted: painted - start });
        };
        window.addEventListener('keydown', onKey, true);
        input.addEventListener('input', onInput);
      });
    },
  };
})();
