import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Text } from '../feed/types.js';
import { pickText } from './text.js';

/**
 * A feed text in the page language, or in the fallback language marked with `lang` so that
 * screen readers switch voice (WCAG 3.1.2). Always rendered as text: Lit escapes it.
 */
export function renderText(text: Text | undefined): TemplateResult | string {
  const picked = pickText(text);
  return picked.lang ? html`<span lang=${ifDefined(picked.lang)}>${picked.text}</span>` : picked.text;
}
