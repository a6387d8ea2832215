// The engine's search language (guide 7.3.7-7.3.9): `criteria [sortby field asc|desc] [page N]`.
// Values with spaces or quotes are quoted; the URL encoding is the URI template's job (links.ts).

/** Quotes a value when the search grammar needs it: `name="my vm"`. */
export function quote(value: string): string {
  return /[\s"()=<>!]/.test(value) || value === '' ? `"${value.replace(/"/g, '\\"')}"` : value;
}

/** `field=value` (or another operator), the value quoted when needed. */
export function term(field: string, value: string | number | boolean, op: '=' | '!=' | '<' | '>' | '<=' | '>=' = '='): string {
  return `${field}${op}${quote(String(value))}`;
}

export interface SearchParts { criteria: string; sortBy?: string; order?: 'asc' | 'desc'; page?: number }

/** Composes `criteria sortby field order page N` (a page is only meaningful from 2 on, but sent as given). */
export function composeSearch({ criteria, sortBy, order, page }: SearchParts): string {
  const parts = [criteria.trim()];
  if (sortBy) parts.push(`sortby ${sortBy}${order ? ` ${order}` : ''}`);
  if (page !== undefined) parts.push(`page ${page}`);
  return parts.filter(Boolean).join(' ');
}

/** Splits what a user typed into criteria and any `sortby`/`page` clauses (outside quotes). */
export function splitSearch(text: string): SearchParts {
  let rest = text;
  const out: SearchParts = { criteria: '' };
  const page = /(?:^|\s)page\s+(\d+)\s*$/i.exec(rest);
  if (page) {
    out.page = Number(page[1]);
    rest = rest.slice(0, page.index);
  }
  const sort = /(?:^|\s)sortby\s+([\w.]+)(?:\s+(asc|desc))?\s*$/i.exec(rest);
  if (sort) {
    out.sortBy = sort[1];
    if (sort[2]) out.order = sort[2].toLowerCase() as 'asc' | 'desc';
    rest = rest.slice(0, sort.index);
  }
  out.criteria = rest.trim();
  return out;
}
