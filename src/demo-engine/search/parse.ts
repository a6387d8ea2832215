// The query grammar (guide 7.3.7): `[Entity:] [criteria] [sortby field [asc|desc]] [page N]`.
// Criteria are conditions `field op value` or free text, joined by `and` (binds tighter, may be left
// out) and `or`. Parsing knows no field names; compile.ts checks them against the collection's table.
import { fail, type Span } from './errors';
import { tokenize, type Operator, type Token } from './tokenize';

export interface Condition extends Span {
  kind: 'condition';
  /** As written, e.g. `name` or `hosts.name`; undefined for free text. */
  field?: string;
  fieldSpan?: Span;
  op: Operator;
  opSpan: Span;
  value: string;
  valueSpan: Span;
}
export interface Junction { kind: 'and' | 'or'; items: Criteria[] }
export type Criteria = Condition | Junction;

export interface ParsedQuery {
  /** The entity before `:` as written (`Vms`), if any. */
  prefix?: { name: string } & Span;
  criteria?: Criteria;
  sort?: { field: string; desc: boolean } & Span;
  page?: number;
}

const PREFIX = /^\s*([A-Za-z_]+)\s*:/;
const keyword = (t: Token | undefined, k: string) => t?.kind === 'word' && t.text.toLowerCase() === k;
const RESERVED = ['and', 'or', 'sortby', 'page'];

export function parseQuery(text: string): ParsedQuery {
  const out: ParsedQuery = {};
  const m = PREFIX.exec(text);
  let offset = 0;
  if (m) {
    const start = m[0].indexOf(m[1]);
    out.prefix = { name: m[1], start, end: start + m[1].length };
    offset = m[0].length;
  }
  const tokens = tokenize(text, offset);
  let i = 0;
  const peek = () => tokens[i];
  const endSpan = (): Span => ({ start: text.length, end: text.length });
  const spanOf = (t: Token | undefined): Span => (t ? { start: t.start, end: t.end } : endSpan());

  function term(): Criteria {
    const t = tokens[i];
    if (!t || t.kind === 'op') return fail('INVALID_POST_OR_AND_PHRASE', spanOf(t));
    const op = tokens[i + 1];
    if (t.kind === 'word' && op?.kind === 'op') {
      const v = tokens[i + 2];
      if (!v || v.kind === 'op') return fail('INVALID_CONDITION_VALUE', spanOf(v ?? op));
      i += 3;
      return { kind: 'condition', field: t.text, fieldSpan: spanOf(t), op: op.op, opSpan: spanOf(op), value: v.text,
        valueSpan: spanOf(v), start: t.start, end: v.end };
    }
    if (t.kind === 'word' && RESERVED.includes(t.text.toLowerCase())) return fail('INVALID_POST_OR_AND_PHRASE', spanOf(t));
    i += 1;
    return { kind: 'condition', op: '=', opSpan: spanOf(t), value: t.text, valueSpan: spanOf(t), start: t.start, end: t.end };
  }
  const startsTerm = (t: Token | undefined) =>
    t !== undefined && t.kind !== 'op' && !(t.kind === 'word' && RESERVED.includes(t.text.toLowerCase()));

  function conjunction(): Criteria {
    const items = [term()];
    for (;;) {
      if (keyword(peek(), 'and')) {
        i++;
        items.push(term());
      } else if (startsTerm(peek())) {
        items.push(term());
      } else break;
    }
    return items.length === 1 ? items[0] : { kind: 'and', items };
  }

  if (startsTerm(peek())) {
    const items = [conjunction()];
    while (keyword(peek(), 'or')) {
      i++;
      items.push(conjunction());
    }
    out.criteria = items.length === 1 ? items[0] : { kind: 'or', items };
  }
  if (keyword(peek(), 'sortby')) {
    const kw = tokens[i++];
    const field = tokens[i];
    if (field?.kind !== 'word' || RESERVED.includes(field.text.toLowerCase())) fail('INVALID_SORT_FIELD', spanOf(field ?? kw));
    i++;
    let desc = false;
    if (keyword(peek(), 'asc') || keyword(peek(), 'desc')) desc = (tokens[i++] as { text: string }).text.toLowerCase() === 'desc';
    else if (peek() && !keyword(peek(), 'page')) fail('INVALID_SORT_DIRECTION', spanOf(peek()));
    out.sort = { field: field.text, desc, start: field.start, end: field.end };
  }
  if (keyword(peek(), 'page')) {
    const kw = tokens[i++];
    const n = tokens[i];
    if (n?.kind !== 'word' || !/^[1-9]\d{0,8}$/.test(n.text)) fail('INVALID_PAGE_FEILD', spanOf(n ?? kw));
    out.page = Number(n.text);
    i++;
    if (peek()) fail('NOTHING_COMES_AFTER_PAGE_VALUE', spanOf(peek()));
  }
  if (peek()) fail('INVALID_POST_CONDITION_VALUE_PHRASE', spanOf(peek()));
  return out;
}
