// Global keys (shortcuts.ts): `/` focuses the page's search box, `r` refetches what the page shows,
// `n` moves to the navigation, `?` opens the help. Ignored while typing or while a dialog or menu is open.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { shortcutOf } from './shortcuts';

const focusFirst = (selector: string): boolean => {
  const el = document.querySelector<HTMLElement>(selector);
  el?.focus();
  return !!el;
};

export function useShortcuts({ onHelp, onNavigation }: { onHelp: () => void; onNavigation: () => void }): void {
  const client = useQueryClient();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const id = shortcutOf(e);
      if (!id) return;
      if (id === 'search' && !focusFirst('main [role="search"] input')) return; // no search box: let `/` be
      e.preventDefault();
      if (id === 'refresh') void client.refetchQueries({ type: 'active' });
      if (id === 'help') onHelp();
      if (id === 'navigation') onNavigation();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [client, onHelp, onNavigation]);
}
