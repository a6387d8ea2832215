// The tag tree filters a list the way the Administration Portal does: by a `tag=<name>` term in the search
// (guide 24.3.3 `tag=Finance`). Choosing another tag replaces the term; choosing none removes it.
import { quote } from '../../api';
import type { XmlObject } from '../../xsd/parse';

const TAG_TERM = /(?:^|\s+(?:and|AND)\s+|^\s*)tag\s*=\s*(?:"(?:[^"\\]|\\.)*"|\S+)(?:\s+(?:and|AND)\s+)?/;

/** The tag name in a `tag=` term of `criteria`, if any. */
export function tagOf(criteria: string): string | undefined {
  const m = /(?:^|\s)tag\s*=\s*("(?:[^"\\]|\\.)*"|\S+)/.exec(criteria);
  if (!m) return undefined;
  return m[1].startsWith('"') ? m[1].slice(1, -1).replace(/\\"/g, '"') : m[1];
}

/** `criteria` with its tag term replaced by `tag=<name>` (or removed when `name` is undefined). */
export function withTag(criteria: string, name: string | undefined): string {
  const rest = criteria.replace(TAG_TERM, ' ').trim().replace(/^(?:and|AND)\s+|\s+(?:and|AND)$/g, '').trim();
  if (!name) return rest;
  const term = `tag=${quote(name)}`;
  return rest ? `${rest} and ${term}` : term;
}

export interface TagNode { tag: XmlObject; children: TagNode[] }

/** The tags as a forest by their parent links (a parent that is not listed, like the root tag, makes a root). */
export function tagTree(tags: readonly XmlObject[]): TagNode[] {
  const nodes = new Map(tags.map((t) => [String(t.id), { tag: t, children: [] as TagNode[] }]));
  const roots: TagNode[] = [];
  for (const node of nodes.values()) {
    const parentId = node.tag.parent?.tag?.id ?? node.tag.parent?.id;
    const parent = parentId !== undefined ? nodes.get(String(parentId)) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const byName = (a: TagNode, b: TagNode) => String(a.tag.name).localeCompare(String(b.tag.name));
  const sort = (list: TagNode[]) => { list.sort(byName); list.forEach((n) => sort(n.children)); };
  sort(roots);
  return roots;
}
