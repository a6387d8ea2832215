// The engine's search language (guide 7: searching). Placeholder grammar: `field=value` terms joined by
// `and`, `sortby field [asc|desc]`, `page N`. The full language replaces this module.
import type { Store } from '../store';
import type { Entity } from '../types';

export interface SearchOptions { store: Store; caseSensitive: boolean }

const PAGE_SIZE = 100;

function fieldValue(e: Entity, field: string): unknown {
  if (field === 'status') return e.status?.state;
  return e[field];
}

export function runSearch(_segment: string, items: Entity[], query: string, opts: SearchOptions): Entity[] {
  let q = query.trim();
  let page: number | undefined;
  const pageMatch = /\s*\bpage\s+(\d+)\s*$/i.exec(q);
  if (pageMatch) { page = Number(pageMatch[1]); q = q.slice(0, pageMatch.index); }
  let sort: { field: string; desc: boolean } | undefined;
  const sortMatch = /\s*\bsortby\s+(\w+)(?:\s+(asc|desc))?\s*$/i.exec(q);
  if (sortMatch) { sort = { field: sortMatch[1], desc: /desc/i.test(sortMatch[2] ?? '') }; q = q.slice(0, sortMatch.index); }
  q = q.replace(/^\w+\s*:\s*/, '');
  let out = items;
  for (const term of q.split(/\s+and\s+/i).filter(Boolean)) {
    const m = /^(\w+)\s*(!=|=)\s*(.*)$/.exec(term.trim());
    if (!m) continue;
    const flags = opts.caseSensitive ? '' : 'i';
    const re = new RegExp(`^${m[3].replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, flags);
    out = out.filter((e) => re.test(String(fieldValue(e, m[1]) ?? '')) === (m[2] === '='));
  }
  if (sort) {
    const { field, desc } = sort;
    out = [...out].sort((a, b) => String(fieldValue(a, field) ?? '').localeCompare(String(fieldValue(b, field) ?? ''), undefined, { numeric: true }) * (desc ? -1 : 1));
  }
  if (page !== undefined) out = out.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return out;
}
