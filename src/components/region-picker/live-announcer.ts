/**
 * One polite live region's text, set at most once per frame: typing fast does not queue a
 * sentence per key for screen readers, and a change of text in the same frame replaces the
 * previous one. The host renders `text` inside an element with role="status" that exists
 * from its first render (screen readers ignore live regions that appear with their text).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class LiveAnnouncer implements ReactiveController {
  /** What the live region says now. */
  text = '';
  private pending = '';
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  announce(text: string): void {
    this.pending = text;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.text = this.pending;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
