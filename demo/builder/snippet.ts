/**
 * The embed builder's output: the script tag (with a Subresource Integrity hash of the built
 * file), an import map pinning the files the bundle loads on demand (from the build's
 * akimat-widgets/integrity.json), the element with its attributes, and an optional <style> for
 * theme colours.
 * Pure string building; every value is attribute-escaped because it comes from a form.
 */

export const WIDGETS = {
  'akimat-officer-card': { label: 'Officer card', needs: ['officer|body'] },
  'akimat-officer-directory': { label: 'Officer directory', needs: ['region?'] },
  'akimat-region-picker': { label: 'Region picker', needs: ['region?'] },
  'akimat-meeting-form': { label: 'Meeting request form', needs: ['officer?'] },
  'akimat-council-list': { label: 'Public councils', needs: ['region?'] },
} as const;
export type WidgetTag = keyof typeof WIDGETS;

export interface SnippetOptions {
  readonly widget: WidgetTag;
  readonly scriptUrl: string;
  /** "sha384-…", or empty when the file could not be hashed. */
  readonly integrity: string;
  /** SRI hashes of the on-demand files, by path relative to the script ("akimat-widgets/x.js"). */
  readonly chunkIntegrity?: Readonly<Record<string, string>>;
  readonly feed: string;
  readonly attributes: Readonly<Record<string, string | boolean>>;
  /** Custom properties without the leading "--akimat-", e.g. { 'color-accent': '#00627a' }. */
  readonly theme: Readonly<Record<string, string>>;
  /** Fallback content inside the element (a plain link), or empty. */
  readonly fallbackLink?: { readonly href: string; readonly text: string };
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Only colours and lengths of a plain shape may go into the style block. */
export function isSafeCssValue(value: string): boolean {
  return /^(#[0-9a-f]{3,8}|[a-z]+|\d+(\.\d+)?(px|rem|em|%)?|rgb\([\d\s.,%/]+\))$/i.test(value.trim());
}

export function buildSnippet(options: SnippetOptions): string {
  const lines: string[] = [];
  const chunks = Object.entries(options.chunkIntegrity ?? {});
  if (chunks.length) {
    // Import maps can pin the integrity of modules a script imports later (Chromium 127+,
    // Safari 18, Firefox 138); browsers without support just load the files unpinned.
    const integrity = Object.fromEntries(chunks.map(([path, hash]) => [new URL(path, new URL(options.scriptUrl, location.href)).href, hash]));
    // "<" cannot appear in URLs or hashes, but escape it anyway: this goes inside <script>.
    lines.push(`<script type="importmap">${JSON.stringify({ integrity }).replace(/</g, '\\u003c')}</script>`);
  }
  const sri = options.integrity ? ` integrity="${escapeAttribute(options.integrity)}" crossorigin="anonymous"` : '';
  lines.push(`<script type="module" src="${escapeAttribute(options.scriptUrl)}"${sri}></script>`);
  const theme = Object.entries(options.theme).filter(([, value]) => value && isSafeCssValue(value));
  if (theme.length) {
    lines.push('<style>', `  ${options.widget} {`, ...theme.map(([name, value]) => `    --akimat-${name}: ${value.trim()};`), '  }', '</style>');
  }
  const attrs = [`feed="${escapeAttribute(options.feed)}"`];
  for (const [name, value] of Object.entries(options.attributes)) {
    if (value === true) attrs.push(name);
    else if (typeof value === 'string' && value !== '') attrs.push(`${name}="${escapeAttribute(value)}"`);
  }
  const inner = options.fallbackLink?.href
    ? `\n  <a href="${escapeAttribute(options.fallbackLink.href)}">${escapeText(options.fallbackLink.text || options.fallbackLink.href)}</a>\n`
    : '';
  lines.push(`<${options.widget} ${attrs.join(' ')}>${inner}</${options.widget}>`);
  return lines.join('\n');
}

/** Subresource Integrity value of a fetched file. */
export async function integrityOf(url: string): Promise<string> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const digest = await crypto.subtle.digest('SHA-384', await response.arrayBuffer());
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `sha384-${btoa(binary)}`;
}

/** The hashes of the on-demand files next to the script at `scriptUrl`, from the build. */
export async function chunkIntegrityOf(scriptUrl: string): Promise<Record<string, string>> {
  const manifest = new URL(scriptUrl.replace(/\.js(\?.*)?$/, '/integrity.json'), location.href);
  const response = await fetch(manifest, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${manifest.href}: HTTP ${response.status}`);
  const { files } = (await response.json()) as { files: Record<string, string> };
  return files;
}

/** A whole page around a snippet: what the preview frame shows and what a blank page would be. */
export function previewPage(snippet: string, lang: string): string {
  return `<!doctype html><html lang="${escapeAttribute(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Preview</title></head><body style="margin:1rem;font-family:system-ui,sans-serif">\n${snippet}\n</body></html>`;
}
