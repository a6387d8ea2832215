import { describe, expect, it } from 'vitest';
import { bookmarkPath } from './bookmarkSearch';

describe('bookmarkPath', () => {
  it.each([
    ['Vms: status=up', '/vms?q=status%3Dup'],
    ['Hosts: status=maintenance', '/hosts?q=status%3Dmaintenance'],
    ['Storage: name=data*', '/storagedomains?q=name%3Ddata*'],
    ['Events:', '/events'],
    ['Gadgets: x=1', undefined],
    ['no prefix at all', undefined],
  ])('%s → %s', (value, path) => expect(bookmarkPath(value)).toBe(path));
});
