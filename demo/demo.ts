/**
 * The demo: renders the shared examples (examples.ts) against the bundled sample feed, with a
 * language switcher that changes <html lang> as a host site would. msw answers the
 * meeting-request endpoint, so everything works with no backend.
 */
import '../src/index.js';
import { examples } from './examples.js';
import { startDemoMocks } from './mocks.js';
import { showSubmittedData } from './region-form.js';
import './meeting-log.js';

function renderExamples(): void {
  const main = document.getElementById('examples')!;
  for (const example of examples) {
    const section = document.createElement('section');
    section.className = 'example';
    section.setAttribute('aria-labelledby', `${example.id}-title`);
    const title = document.createElement('h2');
    title.id = `${example.id}-title`;
    title.textContent = example.title;
    const description = document.createElement('p');
    description.textContent = example.description;
    const live = document.createElement('div');
    live.className = `live${example.markup.includes('directory') || example.markup.includes('council') ? ' wide' : ''}`;
    // Our own constant markup (examples.ts), not user input.
    live.append(document.createRange().createContextualFragment(example.markup));
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = 'Markup';
    const code = document.createElement('pre');
    code.textContent = example.markup;
    details.append(summary, code);
    section.append(title, description, live, details);
    main.append(section);
  }
}

function languageSwitcher(): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-lang]')];
  const sync = () => {
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset['lang'] === document.documentElement.lang));
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      document.documentElement.lang = button.dataset['lang']!;
      localStorage.setItem('akimat-demo-lang', document.documentElement.lang);
      sync();
    });
  }
  const saved = localStorage.getItem('akimat-demo-lang');
  if (saved) document.documentElement.lang = saved;
  sync();
}

languageSwitcher();
renderExamples();
showSubmittedData();
// Only the meeting form's submit needs the mocks; the widgets render without waiting for them.
void startDemoMocks();
