// Minifies the CSS inside Lit's css`…` templates at build time. JS minifiers leave template
// literals alone, and our stylesheets are a good share of the bundle.

/** Collapses comments and whitespace; keeps a space before ":" (descendant selectors). */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyCssTemplates() {
  return {
    name: 'akimat-minify-css-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      // Our stylesheets have no ${} interpolations, so a template runs to the next backtick.
      return { code: code.replace(/css`([^`$]*)`/g, (_, body) => `css\`${minifyCssText(body)}\``), map: null };
    },
  };
}
