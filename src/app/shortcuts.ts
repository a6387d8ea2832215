// The portal's keyboard shortcuts: one table, read by the key handler and by the help dialog (`?`).
import { tk } from '../i18n';

export type ShortcutId = 'search' | 'refresh' | 'help' | 'navigation';

export const SHORTCUTS: { id: ShortcutId; keys: string[]; what: string }[] = [
  { id: 'search', keys: ['/'], what: tk('Go to the search box of the page') },
  { id: 'refresh', keys: ['r'], what: tk('Refresh the data on the page now') },
  { id: 'navigation', keys: ['n'], what: tk('Go to the navigation') },
  { id: 'help', keys: ['?'], what: tk('Show this list of shortcuts') },
];

const KEYS = new Map(SHORTCUTS.flatMap((s) => s.keys.map((k) => [k, s.id] as const)));

/** Where typing means typing, not a shortcut. */
function isTypingTarget(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  return t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) || t.getAttribute('role') === 'combobox';
}

/** The shortcut a key press asks for, or undefined (modifiers, typing in a field, a dialog open). */
export function shortcutOf(e: KeyboardEvent, doc: Document = document): ShortcutId | undefined {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return undefined;
  if (doc.querySelector('.MuiModal-root:not(.MuiModal-hidden) [role="dialog"], [role="menu"], [role="listbox"]')) return undefined;
  return KEYS.get(e.key);
}
