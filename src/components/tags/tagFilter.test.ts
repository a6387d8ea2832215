import { describe, expect, it } from 'vitest';
import { tagOf, tagTree, withTag } from './tagFilter';

describe('withTag', () => {
  it.each([
    ['', 'Finance', 'tag=Finance'],
    ['status=up', 'Finance', 'status=up and tag=Finance'],
    ['status=up and tag=Finance', 'HR', 'status=up and tag=HR'],
    ['tag=Finance and status=up', 'HR', 'status=up and tag=HR'],
    ['tag="my tag"', 'x', 'tag=x'],
    ['status=up and tag=Finance', undefined, 'status=up'],
    ['', 'two words', 'tag="two words"'],
  ])('%j + %j → %j', (criteria, tag, expected) => {
    expect(withTag(criteria, tag)).toBe(expected);
  });

  it('reads the tag back', () => {
    expect(tagOf('status=up and tag="two words"')).toBe('two words');
    expect(tagOf('status=up')).toBeUndefined();
  });
});

describe('tagTree', () => {
  it('nests tags under their parents, the root tag\'s children as roots', () => {
    const root = '00000000-0000-0000-0000-000000000000';
    const tree = tagTree([
      { id: 'b', name: 'prod', parent: { tag: { id: root } } },
      { id: 'c', name: 'db', parent: { tag: { id: 'b' } } },
      { id: 'a', name: 'dev', parent: { tag: { id: root } } },
    ]);
    expect(tree.map((n) => n.tag.name)).toEqual(['dev', 'prod']);
    expect(tree[1].children.map((n) => n.tag.name)).toEqual(['db']);
  });
});
