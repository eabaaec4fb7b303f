import { expect } from '@open-wc/testing';
import { comboboxKey, type ComboboxKeyState, type KeyPress } from './combobox-keys.js';

const closed: ComboboxKeyState = { open: false, active: false, hasText: false };
const open: ComboboxKeyState = { open: true, active: false, hasText: true };
const onOption: ComboboxKeyState = { open: true, active: true, hasText: true };

const key = (k: string, extra: Partial<KeyPress> = {}): KeyPress => ({ key: k, ...extra });

describe('comboboxKey (APG editable combobox, list autocomplete)', () => {
  it('Down: opens on the first option; moves next once an option has visual focus', () => {
    expect(comboboxKey(key('ArrowDown'), closed)).to.deep.equal({ action: { type: 'open', focus: 'first' }, consume: true });
    expect(comboboxKey(key('ArrowDown'), open)?.action).to.deep.equal({ type: 'open', focus: 'first' });
    expect(comboboxKey(key('ArrowDown'), onOption)?.action).to.deep.equal({ type: 'move', to: 'next' });
  });

  it('Up: opens on the last option; moves previous once an option has visual focus', () => {
    expect(comboboxKey(key('ArrowUp'), closed)?.action).to.deep.equal({ type: 'open', focus: 'last' });
    expect(comboboxKey(key('ArrowUp'), open)?.action).to.deep.equal({ type: 'open', focus: 'last' });
    expect(comboboxKey(key('ArrowUp'), onOption)?.action).to.deep.equal({ type: 'move', to: 'previous' });
  });

  it('Alt+Down opens without moving visual focus; Alt+Up closes', () => {
    expect(comboboxKey(key('ArrowDown', { altKey: true }), closed)?.action).to.deep.equal({ type: 'open', focus: 'none' });
    expect(comboboxKey(key('ArrowUp', { altKey: true }), onOption)?.action).to.deep.equal({ type: 'close' });
    expect(comboboxKey(key('ArrowUp', { altKey: true }), closed)).to.equal(null);
  });

  it('Enter accepts the option with visual focus, else closes and settles the text, else submits', () => {
    expect(comboboxKey(key('Enter'), onOption)?.action).to.deep.equal({ type: 'accept' });
    expect(comboboxKey(key('Enter'), open)?.action).to.deep.equal({ type: 'commit' });
    expect(comboboxKey(key('Enter'), closed)?.action).to.deep.equal({ type: 'submit' });
  });

  it('Escape closes; a second Escape clears; with nothing to clear it is left to the page', () => {
    expect(comboboxKey(key('Escape'), onOption)?.action).to.deep.equal({ type: 'close' });
    expect(comboboxKey(key('Escape'), { open: false, active: false, hasText: true })?.action).to.deep.equal({ type: 'clear' });
    expect(comboboxKey(key('Escape'), closed)).to.equal(null);
  });

  it('Home, End, Left, Right return to text editing and keep their default', () => {
    for (const k of ['Home', 'End', 'ArrowLeft', 'ArrowRight']) {
      expect(comboboxKey(key(k), onOption), k).to.deep.equal({ action: { type: 'edit' }, consume: false });
      expect(comboboxKey(key(k, { shiftKey: true }), onOption)?.consume, k).to.equal(false);
    }
    // Alt+Left is the browser's Back: not ours.
    expect(comboboxKey(key('ArrowLeft', { altKey: true }), onOption)).to.equal(null);
  });

  it('printable characters (Cyrillic and Kazakh letters too) edit the text and refilter', () => {
    for (const k of ['о', 'ө', 'Q', '-', ' ', '1']) {
      expect(comboboxKey(key(k), onOption), k).to.deep.equal({ action: { type: 'edit' }, consume: false });
    }
    // AltGr on some layouts reports Ctrl+Alt: still a character.
    expect(comboboxKey(key('ң', { ctrlKey: true, altKey: true }), onOption)?.action.type).to.equal('edit');
  });

  it('leaves shortcuts, Tab and IME composition alone', () => {
    expect(comboboxKey(key('a', { ctrlKey: true }), onOption)).to.equal(null);
    expect(comboboxKey(key('v', { metaKey: true }), onOption)).to.equal(null);
    expect(comboboxKey(key('Tab'), onOption)).to.equal(null);
    expect(comboboxKey(key('Enter', { isComposing: true }), onOption)).to.equal(null);
    expect(comboboxKey(key('ArrowDown', { ctrlKey: true }), closed)).to.equal(null);
  });
});
