/**
 * The keyboard of an editable combobox with list autocomplete and manual selection, as the
 * WAI-ARIA Authoring Practices describe it ("Editable Combobox With List Autocomplete"),
 * as a pure function from a key press and the widget's state to what the widget does.
 * Kept apart from the element so that every row of the APG table has a plain unit test.
 *
 * DOM focus never leaves the text box; "visual focus" on an option is aria-activedescendant.
 */

export interface ComboboxKeyState {
  /** The listbox is displayed. */
  readonly open: boolean;
  /** An option has visual focus. */
  readonly active: boolean;
  /** The text box holds text (for the second Escape). */
  readonly hasText: boolean;
}

/** The subset of KeyboardEvent the mapping reads. */
export interface KeyPress {
  readonly key: string;
  readonly altKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly shiftKey?: boolean;
  readonly isComposing?: boolean;
}

export type ComboboxAction =
  /** Display the listbox; `focus`: where visual focus goes ('none' keeps it in the text box). */
  | { readonly type: 'open'; readonly focus: 'first' | 'last' | 'none' }
  /** Move visual focus to the next / previous option, wrapping around. */
  | { readonly type: 'move'; readonly to: 'next' | 'previous' }
  /** Choose the option with visual focus and close the listbox. */
  | { readonly type: 'accept' }
  /** Close the listbox; visual focus returns to the text box. */
  | { readonly type: 'close' }
  /** Close the listbox and settle what was typed (a name that spells one region chooses it). */
  | { readonly type: 'commit' }
  /** Empty the text box (and the value). */
  | { readonly type: 'clear' }
  /** Enter with the listbox closed: submit the form, as Enter in a text field does. */
  | { readonly type: 'submit' }
  /**
   * Visual focus returns to the text box and the key does its usual text editing
   * (Home, End, Left, Right, printable characters): the caller must not prevent it.
   */
  | { readonly type: 'edit' };

export interface KeyOutcome {
  readonly action: ComboboxAction;
  /** True when the key was consumed (preventDefault, and stop it reaching e.g. a dialog). */
  readonly consume: boolean;
}

const EDITING_KEYS = new Set(['Home', 'End', 'ArrowLeft', 'ArrowRight']);

const consume = (action: ComboboxAction): KeyOutcome => ({ action, consume: true });
const pass = (action: ComboboxAction): KeyOutcome => ({ action, consume: false });

/** What a key does, or null when the combobox leaves it alone (Tab, Shift, shortcuts…). */
export function comboboxKey(press: KeyPress, state: ComboboxKeyState): KeyOutcome | null {
  // Keys that finish an IME composition belong to the composition, not to us.
  if (press.isComposing) return null;
  const { key, altKey = false, ctrlKey = false, metaKey = false } = press;
  const plain = !altKey && !ctrlKey && !metaKey;

  switch (key) {
    case 'ArrowDown':
      // Alt+Down opens without moving visual focus; when already open it changes nothing.
      if (altKey && !ctrlKey && !metaKey) return consume({ type: 'open', focus: 'none' });
      if (!plain) return null;
      if (!state.open) return consume({ type: 'open', focus: 'first' });
      return consume(state.active ? { type: 'move', to: 'next' } : { type: 'open', focus: 'first' });
    case 'ArrowUp':
      if (altKey && !ctrlKey && !metaKey) return state.open ? consume({ type: 'close' }) : null;
      if (!plain) return null;
      if (!state.open) return consume({ type: 'open', focus: 'last' });
      return consume(state.active ? { type: 'move', to: 'previous' } : { type: 'open', focus: 'last' });
    case 'Enter':
      if (!plain) return null;
      if (state.open && state.active) return consume({ type: 'accept' });
      if (state.open) return consume({ type: 'commit' });
      return consume({ type: 'submit' });
    case 'Escape':
      if (state.open) return consume({ type: 'close' });
      // A second Escape empties the field; with nothing to clear the key is left to the page.
      return state.hasText ? consume({ type: 'clear' }) : null;
  }
  // Shift+Home selects, Ctrl+Left jumps a word: still editing. Alt+Left is the browser's Back.
  if (EDITING_KEYS.has(key)) return altKey ? null : pass({ type: 'edit' });
  // A printable character: one code point, no shortcut modifier (AltGr may set altKey+ctrlKey).
  if ([...key].length === 1 && !metaKey && !(ctrlKey && !altKey)) return pass({ type: 'edit' });
  if (key === 'Backspace' || key === 'Delete') return pass({ type: 'edit' });
  return null;
}
