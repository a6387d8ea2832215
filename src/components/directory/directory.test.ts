import { describe, expect, it } from 'vitest';
import { toXml } from '../../xsd/serialize';
import { addRequest, directoryCriteria } from './directory';

describe('directory search and add', () => {
  it.each([
    ['users', 'jo', 'allnames=jo*'],
    ['users', '  jo** ', 'allnames=jo*'],
    ['groups', 'Eng', 'name=Eng*'],
    ['groups', 'demo.example.com/Engineering team', 'name="demo.example.com/Engineering team*"'],
    ['users', '   ', ''],
  ] as const)('%s %j → %s', (kind, text, criteria) => expect(directoryCriteria(kind, text)).toBe(criteria));

  it('adds a user by its directory user name and domain (POST /users)', () => {
    const req = addRequest('users', { id: 'x', name: 'John', user_name: 'john@example.com' }, { id: 'd1', name: 'example.com' });
    expect(req.path).toBe('/users');
    const xml = toXml(req.body!.root, req.body!.value, false);
    expect(xml).toContain('<user_name>john@example.com</user_name>');
    expect(xml).toMatch(/<domain id="d1">\s*<name>example.com<\/name>\s*<\/domain>/);
  });

  it('adds a group by its directory name and domain (POST /groups)', () => {
    const req = addRequest('groups', { id: 'g', name: 'example.com/Admins' }, { id: 'd1', name: 'example.com' });
    expect(req.path).toBe('/groups');
    expect(toXml(req.body!.root, req.body!.value, false)).toContain('<name>example.com/Admins</name>');
  });
});
