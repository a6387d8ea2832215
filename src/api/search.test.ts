import { describe, expect, it } from 'vitest';
import { composeSearch, quote, splitSearch, term } from './search';

describe('search language', () => {
  it.each([
    ['web1', 'web1'],
    ['my vm', '"my vm"'],
    ['a"b', '"a\\"b"'],
    ['', '""'],
    ['x=y', '"x=y"'],
  ])('quote(%j) = %s', (v, q) => expect(quote(v)).toBe(q));

  it('builds terms and whole searches', () => {
    expect(term('name', 'my vm')).toBe('name="my vm"');
    expect(term('memory', 1024, '>')).toBe('memory>1024');
    expect(composeSearch({ criteria: 'status=up', sortBy: 'name', order: 'desc', page: 2 })).toBe('status=up sortby name desc page 2');
    expect(composeSearch({ criteria: '  ', page: 1 })).toBe('page 1');
    expect(composeSearch({ criteria: 'a' })).toBe('a');
  });

  it('lifts sortby and page out of what the user typed', () => {
    expect(splitSearch('status=up sortby name desc page 3')).toEqual({ criteria: 'status=up', sortBy: 'name', order: 'desc', page: 3 });
    expect(splitSearch('sortby memory')).toEqual({ criteria: '', sortBy: 'memory' });
    expect(splitSearch('cluster=Default')).toEqual({ criteria: 'cluster=Default' });
  });
});
