/**
 * Inline sizes that a strict Content-Security-Policy allows. A `style="…"` attribute is an
 * inline style (blocked by `style-src 'self'`), and Lit's styleMap writes one on the first
 * render; setting properties through the CSSOM (`element.style.setProperty`) is not
 * restricted by CSP. Use in element position: `<div ${cssomStyle({ 'min-height': '6rem' })}>`.
 */
import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS property names as in CSS (`min-height`, `--my-var`), values as CSS text. */
export type CssomStyles = Readonly<Record<string, string>>;

class CssomStyleDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssomStyle() goes in element position: <div ${cssomStyle({…})}>');
  }

  render(_styles: CssomStyles): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [CssomStyles]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(styles)) {
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
