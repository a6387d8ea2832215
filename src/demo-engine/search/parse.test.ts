// The grammar alone: tokens, precedence of `and` over `or`, sortby/page, and the syntax errors'
// kinds and positions. Wildcard matching is tested here too, with hostile patterns.
import { describe, expect, it } from 'vitest';
import { SearchSyntaxError } from './errors';
import { parseQuery, type Criteria } from './parse';
import { globMatcher } from './wildcard';

/** A compact rendering of the criteria tree: `(a=1 & (b!=2 | "free"))`. */
function show(c: Criteria | undefined): string {
  if (!c) return '';
  if (c.kind === 'condition') return c.field === undefined ? `"${c.value}"` : `${c.field}${c.op}${c.value}`;
  return `(${c.items.map(show).join(c.kind === 'and' ? ' & ' : ' | ')})`;
}

describe('parseQuery', () => {
  it.each<[string, string]>([
    ['name=vm1', 'name=vm1'],
    ['a=1 and b=2 or c=3', '((a=1 & b=2) | c=3)'],
    ['a=1 or b=2 and c=3', '(a=1 | (b=2 & c=3))'],
    ['a=1 b=2', '(a=1 & b=2)'],
    ['a=1 OR b=2 Or c=3', '(a=1 | b=2 | c=3)'],
    ['memory >= 1024', 'memory>=1024'],
    ['memory<=1024 and memory<2048 and memory>1 and memory!=5', '(memory<=1024 & memory<2048 & memory>1 & memory!=5)'],
    ['description="two words"', 'description=two words'],
    ["name='O\"Brien'", 'name=O"Brien'],
    ['name=O\'Brien', "name=O'Brien"],
    ['web', '"web"'],
    ['"two words" and status=up', '("two words" & status=up)'],
    ['hosts.name=h*', 'hosts.name=h*'],
    ['time>2024-01-01T10:00:00Z', 'time>2024-01-01T10:00:00Z'],
  ])('%s', (query, tree) => {
    expect(show(parseQuery(query).criteria)).toBe(tree);
  });

  it.each<[string, object]>([
    ['Vms: name=a', { prefix: { name: 'Vms' } }],
    ['Hosts : name=a', { prefix: { name: 'Hosts' } }],
    ['sortby name', { sort: { field: 'name', desc: false } }],
    ['status=up sortby name desc page 2', { sort: { field: 'name', desc: true }, page: 2 }],
    ['SORTBY time ASC PAGE 3', { sort: { field: 'time', desc: false }, page: 3 }],
    ['page 1', { page: 1 }],
  ])('%s', (query, parts) => {
    expect(parseQuery(query)).toMatchObject(parts);
  });

  it.each<[string, string, string]>([
    ['name="open', 'INVALID_CHARECTER', '"'],
    ['name=', 'INVALID_CONDITION_VALUE', '='],
    ['= x', 'INVALID_POST_CONDITION_VALUE_PHRASE', '='],
    ['a=1 and', 'INVALID_POST_OR_AND_PHRASE', ''],
    ['a=1 and or b=2', 'INVALID_POST_OR_AND_PHRASE', 'or'],
    ['sortby', 'INVALID_SORT_FIELD', 'sortby'],
    ['sortby name up', 'INVALID_SORT_DIRECTION', 'up'],
    ['page -1', 'INVALID_PAGE_FEILD', '-1'],
    ['page 1 page 2', 'NOTHING_COMES_AFTER_PAGE_VALUE', 'page'],
    ['sortby name a=1', 'INVALID_SORT_DIRECTION', 'a'],
  ])('%s → %s', (query, kind, marked) => {
    let err: unknown;
    try {
      parseQuery(query);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SearchSyntaxError);
    const { kind: k, span } = err as SearchSyntaxError;
    expect(k).toBe(kind);
    expect(query.slice(span.start, span.end)).toBe(marked);
  });
});

describe('globMatcher', () => {
  it.each<[string, string, boolean, boolean]>([
    ['vm*', 'vm1', true, true],
    ['vm*', 'VM1', true, false],
    ['vm*', 'VM1', false, true],
    ['v*1', 'virtualmachine1', true, true],
    ['v*1', 'vm12', true, false],
    ['*', '', true, true],
    ['a*b*c', 'abc', true, true],
    ['a*b*c', 'acb', true, false],
    ['ab*ba', 'aba', true, false],
    ['.*', 'anything', true, false],
    ['[a]+', '[a]+', true, true],
    ['**x**', 'x', true, true],
  ])('%s ~ %s (case-sensitive %s) → %s', (pattern, candidate, cs, expected) => {
    expect(globMatcher(pattern, cs)(candidate)).toBe(expected);
  });

  it('stays fast on patterns built to make regular expressions backtrack', () => {
    const pattern = `${'a*'.repeat(5000)}b`;
    const candidate = 'a'.repeat(20000);
    const t0 = performance.now();
    expect(globMatcher(pattern, true)(candidate)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
