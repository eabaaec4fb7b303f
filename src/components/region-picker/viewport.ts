/**
 * The drop-down list's life outside the element: closing on a press outside, and staying
 * usable on phones. The on-screen keyboard shrinks the visual viewport (not the layout
 * viewport that CSS sees), so the list's height is measured against `visualViewport`, the
 * field is scrolled up when too little room is left below it, and both are re-measured
 * whenever the keyboard appears or disappears or the page zooms.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Room for three 44 px rows: less than that and the field is scrolled up instead. */
const MIN_LIST_PX = 3 * 44 + 8;
/** About seven rows: taller lists are harder to scan than to narrow by typing. */
const MAX_LIST_PX = 20 * 16;
/** Breathing space between the list and the keyboard or the window's edge. */
const GAP_PX = 12;

function visibleArea(): { top: number; bottom: number } {
  const viewport = window.visualViewport;
  return viewport
    ? { top: viewport.offsetTop, bottom: viewport.offsetTop + viewport.height }
    : { top: 0, bottom: window.innerHeight };
}

/**
 * Scrolls `whole` (the field with its label) into view, to the top when the room below
 * `anchor` is cramped, and sizes the list under `anchor` through `--_list-max-height` on `popup`.
 */
export function fitListToViewport(anchor: HTMLElement, popup: HTMLElement, whole: HTMLElement = anchor): void {
  const { top, bottom } = visibleArea();
  let rect = anchor.getBoundingClientRect();
  const cramped = bottom - rect.bottom < MIN_LIST_PX;
  if (cramped || rect.top < top) {
    whole.scrollIntoView({ block: cramped ? 'start' : 'nearest' });
    rect = anchor.getBoundingClientRect();
  }
  const room = Math.min(MAX_LIST_PX, Math.max(MIN_LIST_PX, bottom - rect.bottom - GAP_PX));
  popup.style.setProperty('--_list-max-height', `${Math.round(room)}px`);
}

export interface PopupParts {
  readonly isOpen: () => boolean;
  readonly close: () => void;
  /** The field the list hangs under. */
  readonly anchor: () => HTMLElement | null;
  readonly popup: () => HTMLElement | null;
  /** The option with visual focus, kept scrolled into view. */
  readonly active: () => HTMLElement | null;
}

export class PopupController implements ReactiveController {
  private wasOpen = false;
  private lastActive: HTMLElement | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly parts: PopupParts) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.onPointerDown, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    window.visualViewport?.removeEventListener('resize', this.refit);
    this.wasOpen = false;
  }

  hostUpdated(): void {
    const open = this.parts.isOpen();
    if (open !== this.wasOpen) {
      this.wasOpen = open;
      if (open) {
        this.refit();
        window.visualViewport?.addEventListener('resize', this.refit);
      } else {
        window.visualViewport?.removeEventListener('resize', this.refit);
      }
    }
    const active = this.parts.active();
    if (active && active !== this.lastActive) active.scrollIntoView({ block: 'nearest' });
    this.lastActive = active;
  }

  private readonly refit = (): void => {
    const anchor = this.parts.anchor();
    const popup = this.parts.popup();
    if (anchor && popup) fitListToViewport(anchor, popup, this.host);
    this.parts.active()?.scrollIntoView({ block: 'nearest' });
  };

  /** A press anywhere outside the element closes the list (the field may not even blur). */
  private readonly onPointerDown = (event: Event): void => {
    if (this.parts.isOpen() && !event.composedPath().includes(this.host)) this.parts.close();
  };
}
