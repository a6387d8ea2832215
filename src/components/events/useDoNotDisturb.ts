// Do not disturb: a preference (not a secret), kept in localStorage.
import { useSyncExternalStore } from 'react';

const KEY = 'portal.doNotDisturb';
const listeners = new Set<() => void>();
const read = (): boolean => {
  try {
    return localStorage.getItem(KEY) === 'true';
  } catch {
    return false;
  }
};
let value = read();

export function setDoNotDisturb(on: boolean): void {
  value = on;
  try {
    localStorage.setItem(KEY, String(on));
  } catch {
    /* the choice lasts for this page */
  }
  for (const l of listeners) l();
}

export function useDoNotDisturb(): boolean {
  return useSyncExternalStore((l) => {
    listeners.add(l);
    return () => listeners.delete(l);
  }, () => value, () => value);
}
