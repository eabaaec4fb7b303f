/**
 * Layout checks for the host-CSS, zoom and narrow-screen suites: each returns a list of
 * human-readable problems (empty when the widget is fine), so a failure says what broke where.
 */
import { deepElements } from './widgets.js';

/**
 * Elements that draw something: in the layout, not the screen-reader-only text, and not
 * parked off-screen on purpose (the form's spam trap sits at -10000 px, which scrolls nothing).
 */
export function visibleElements(widget: Element): HTMLElement[] {
  return deepElements(widget.shadowRoot!).filter((el): el is HTMLElement => {
    // Inert, aria-hidden content (the form's spam trap) is for nobody: not a target, not content.
    if (!(el instanceof HTMLElement) || el.closest('.visually-hidden, [inert]') || el.localName === 'slot' || el.getClientRects().length === 0) return false;
    const rect = el.getBoundingClientRect();
    return rect.right > 0 && rect.bottom > -window.innerHeight;
  });
}

/** A checkbox or radio counts with its label row: the label is part of the target. */
function targetBox(el: HTMLElement): DOMRect {
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
    return (el.closest('.choice, label') ?? el.parentElement ?? el).getBoundingClientRect();
  }
  return el.getBoundingClientRect();
}

function hasBorder(el: Element): boolean {
  const style = getComputedStyle(el);
  return style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) >= 1 && style.borderTopColor !== 'rgba(0, 0, 0, 0)';
}

function describe(el: Element): string {
  const part = el.getAttribute('part');
  const cls = el.getAttribute('class');
  return `<${el.localName}${part ? ` part=${part}` : ''}${cls ? ` class="${cls}"` : ''}>${(el.textContent ?? '').trim().slice(0, 30)}`;
}

/** Nothing sticks out of the widget sideways, and the widget stays inside `container`. */
export function overflowProblems(widget: HTMLElement, container: Element, tolerance = 1): string[] {
  const problems: string[] = [];
  const box = widget.getBoundingClientRect();
  const outer = container.getBoundingClientRect();
  if (box.left < outer.left - tolerance || box.right > outer.right + tolerance) {
    problems.push(`${widget.localName} is ${Math.round(box.width)} px wide in a ${Math.round(outer.width)} px container`);
  }
  for (const el of visibleElements(widget)) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (rect.left < box.left - tolerance || rect.right > box.right + tolerance) {
      problems.push(`${describe(el)} spans ${Math.round(rect.left)}–${Math.round(rect.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
    // Text cut off inside its own box (overflow hidden or clipped lines).
    const style = getComputedStyle(el);
    if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + tolerance) problems.push(`${describe(el)} clips its content`);
  }
  return problems;
}

/** Buttons, fields and contact links at least 44 × 44 CSS px (WCAG 2.5.5, our convention). */
export function targetProblems(widget: HTMLElement, minimum = 44): string[] {
  const problems: string[] = [];
  const targets = visibleElements(widget).filter((el) => el.matches('button, input, select, a.button, a.contact'));
  for (const el of targets) {
    const rect = targetBox(el);
    // Half a pixel of rounding is not a smaller target.
    if (rect.height < minimum - 0.5 || (!el.matches('input, select') && rect.width < minimum - 0.5)) {
      problems.push(`${describe(el)} is ${rect.width.toFixed(1)} × ${rect.height.toFixed(1)} px`);
    }
  }
  return problems;
}

/**
 * Text fields, selects, buttons, cards and state boxes keep a visible border (a field may
 * draw it on its wrapper, as the region picker's text box and toggle share one).
 */
export function borderProblems(widget: HTMLElement): string[] {
  const problems: string[] = [];
  const boxes = visibleElements(widget).filter((e) => e.matches('input:not([type=checkbox]):not([type=radio]), select, textarea, .button, .card, .state'));
  for (const el of boxes) {
    if (!hasBorder(el) && !(el.parentElement && hasBorder(el.parentElement))) problems.push(`${describe(el)} has no border`);
  }
  return problems;
}
