// docs/components.md from custom-elements.json, so the reference never drifts from the code.
// Run through `npm run docs` (which runs the analyzer first).
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const examples = readFileSync(new URL('../demo/examples.ts', import.meta.url), 'utf8');
const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const code = (text) => (text ? `\`${text}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return '';
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** The first example markup from demo/examples.ts that uses the element. */
function exampleFor(tag) {
  for (const match of examples.matchAll(/markup: `([^`]*)`/g)) {
    if (match[1].includes(`<${tag}`)) return match[1].replace(/\$\{SAMPLE_FEED_URL\}/g, '/feed.json');
  }
  return '';
}

const out = ['# Elements reference', '', 'Generated from `custom-elements.json` by `npm run docs`; do not edit by hand.', ''];
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, path: m.path })));
elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
out.push(elements.map((e) => `- [\`<${e.tagName}>\`](#${e.tagName})`).join('\n'), '');
for (const el of elements) {
  out.push(`## \`<${el.tagName}>\``, '', el.summary ? `**${el.summary}**` : '', '', el.description ?? '', '');
  const example = exampleFor(el.tagName);
  if (example) out.push('```html', example, '```', '');
  const attributes = (el.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), a.description ?? a.inheritedFrom?.name ?? '']);
  if (attributes.length) out.push('### Attributes', '', table(['Attribute', 'Property', 'Type', 'Default', 'Description'], attributes), '');
  const props = (el.members ?? []).filter((m) => m.kind === 'field' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && !m.attribute && m.description);
  if (props.length) out.push('### Properties (no attribute)', '', table(['Property', 'Type', 'Description'], props.map((p) => [code(p.name), code(p.type?.text), p.description])), '');
  const methods = (el.members ?? []).filter((m) => m.kind === 'method' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && m.description);
  if (methods.length) out.push('### Methods', '', table(['Method', 'Description'], methods.map((m) => [code(`${m.name}()`), m.description])), '');
  if (el.events?.length) out.push('### Events', '', table(['Event', 'Description'], el.events.map((e) => [code(e.name), e.description])), '');
  if (el.slots?.length) out.push('### Slots', '', table(['Slot', 'Description'], el.slots.map((s) => [s.name ? code(s.name) : '(default)', s.description])), '');
  if (el.cssParts?.length) out.push('### CSS parts', '', table(['Part', 'Description'], el.cssParts.map((p) => [code(`::part(${p.name})`), p.description])), '');
  if (el.cssProperties?.length) out.push('### CSS custom properties', '', table(['Property', 'Description'], el.cssProperties.map((p) => [code(p.name), p.description])), '');
  if (el.cssStates?.length) out.push('### CSS states', '', table(['State', 'Description'], el.cssStates.map((s) => [code(`:state(${s.name})`), s.description])), '');
}
writeFileSync(new URL('../docs/components.md', import.meta.url), `${out.filter((line, i, all) => !(line === '' && all[i - 1] === '')).join('\n')}\n`);
console.log(`docs/components.md: ${elements.length} elements`);
