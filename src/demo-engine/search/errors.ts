// Search syntax errors. The engine's search backend names them (SyntaxError enum) and answers the REST
// call with 400 "Operation Failed", the detail being the query with the offending part between `$`
// marks (guide 7.3.7: query syntax; the engine's SearchQuery builds that marked text).
import { EngineFault } from '../faults';

export type SearchErrorKind =
  | 'INVALID_SEARCH_OBJECT'
  | 'INVALID_CHARECTER'
  | 'INVALID_CONDITION_FILED'
  | 'INVALID_CONDITION_RELATION'
  | 'INVALID_CONDITION_VALUE'
  | 'INVALID_POST_OR_AND_PHRASE'
  | 'INVALID_POST_CONDITION_VALUE_PHRASE'
  | 'DOT_NOT_NEXT_TO_CROSS_REF_OBJ'
  | 'INVALID_SORT_FIELD'
  | 'INVALID_SORT_DIRECTION'
  | 'INVALID_PAGE_FEILD'
  | 'NOTHING_COMES_AFTER_PAGE_VALUE';

/** Where in the query text a token sits: [start, end). */
export interface Span { start: number; end: number }

export class SearchSyntaxError extends Error {
  constructor(readonly kind: SearchErrorKind, readonly span: Span) {
    super(kind);
  }
}

export function fail(kind: SearchErrorKind, span: Span): never {
  throw new SearchSyntaxError(kind, span);
}

const MAX_DETAIL = 500;

/** The fault the engine answers: the query with the offending span marked, e.g. `[Vms: $colour$=red]`. */
export function toFault(err: SearchSyntaxError, query: string): EngineFault {
  const { start, end } = err.span;
  const marked = start < end && end <= query.length
    ? `${query.slice(0, start)}$${query.slice(start, end)}$${query.slice(end)}`
    : err.kind;
  const detail = marked.length > MAX_DETAIL ? `${marked.slice(0, MAX_DETAIL)}…` : marked;
  return new EngineFault(400, 'Operation Failed', `[${detail}]`);
}
