// Saved searches: named views of a list (the URL's search, sort and page), kept in localStorage per collection.
// Not secret (a search is what a link already carries); shared by copying the link.
export interface SavedSearch {
  name: string;
  /** The list URL's query string without `?` (`q=status%3Dup&sort=memory&order=desc`). */
  query: string;
}

const KEY = 'portal.savedSearches';
type Store = Record<string, SavedSearch[]>;
const listeners = new Set<() => void>();

function read(): Store {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

function write(store: Store): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(store));
  } catch {
    /* storage full or blocked: the search still works, it is just not kept */
  }
  for (const l of listeners) l();
}

export function savedSearches(segment: string): SavedSearch[] {
  const list = read()[segment];
  return Array.isArray(list) ? list.filter((s) => s && typeof s.name === 'string' && typeof s.query === 'string') : [];
}

/** Saves (or replaces, by name) a search for `segment`. */
export function saveSearch(segment: string, search: SavedSearch): void {
  const store = read();
  store[segment] = [...savedSearches(segment).filter((s) => s.name !== search.name), search].sort((a, b) => a.name.localeCompare(b.name));
  write(store);
}

export function deleteSearch(segment: string, name: string): void {
  const store = read();
  store[segment] = savedSearches(segment).filter((s) => s.name !== name);
  write(store);
}

export function subscribeSavedSearches(l: () => void): () => void {
  listeners.add(l);
  const onStorage = (e: StorageEvent) => { if (e.key === KEY) l(); };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(l);
    window.removeEventListener('storage', onStorage);
  };
}
