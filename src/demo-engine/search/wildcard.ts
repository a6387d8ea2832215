// Value patterns with `*` wildcards (guide 7.3.8: `name=vm*`, `name=v*1`). Matched without regular
// expressions, so hostile patterns (`*a*a*a*…`, regex metacharacters) stay linear per candidate.

export type Matcher = (candidate: string) => boolean;

/** Case folding used when the search is case-insensitive (`;case-sensitive=false`, guide 7.3.6). */
export const fold = (s: string) => s.toLowerCase();

export function globMatcher(pattern: string, caseSensitive: boolean): Matcher {
  const norm = caseSensitive ? (s: string) => s : fold;
  const p = norm(pattern);
  if (!p.includes('*')) return (c) => norm(c) === p;
  const parts = p.split('*');
  const head = parts[0];
  const tail = parts[parts.length - 1];
  const middle = parts.slice(1, -1).filter(Boolean);
  const minLength = head.length + tail.length;
  return (candidate) => {
    const c = norm(candidate);
    if (c.length < minLength || !c.startsWith(head) || !c.endsWith(tail)) return false;
    // Leftmost match of each middle part is optimal for `*`-only globs: no backtracking needed.
    let at = head.length;
    const limit = c.length - tail.length;
    for (const part of middle) {
      const found = c.indexOf(part, at);
      if (found < 0 || found + part.length > limit) return false;
      at = found + part.length;
    }
    return true;
  };
}

/** Free text matches anywhere in the value, like a pattern wrapped in `*`. */
export const containsMatcher = (text: string, caseSensitive: boolean): Matcher =>
  globMatcher(`*${text}*`, caseSensitive);
