// @vitest-environment node
// What every engine has from installation on (issues 17, 19): capability versions by id, the operating
// systems of its osinfo, and the Blank template granted to Everyone so every user sees it.
import { describe, expect, it } from 'vitest';
import { BLANK_ID } from '../ids';
import { wireEngine } from '../testing/wire';

describe('GET /capabilities/{version id}', () => {
  it('answers that version, and 404 for an unknown id', () => {
    const w = wireEngine();
    const versions = [w.get('/capabilities').xml.version].flat();
    const one = w.get(`/capabilities/${versions[0].id}`);
    expect(one.status).toBe(200);
    expect(one.root).toBe('version');
    expect(one.xml).toMatchObject({ id: versions[0].id, major: versions[0].major, minor: versions[0].minor });
    expect(one.xml.os_types.os_type).toContain('rhel_7x64');
    expect(w.get('/capabilities/no-such-version').status).toBe(404);
  });
});

describe('GET /operatingsystems', () => {
  it('lists the osinfo operating systems with their ids, names and descriptions; each is readable', () => {
    const w = wireEngine();
    const list = [w.get('/operatingsystems').xml.operating_system].flat();
    expect(list.length).toBeGreaterThan(30);
    expect(list).toContainEqual(expect.objectContaining({ id: '19', name: 'rhel_6x64', description: 'Red Hat Enterprise Linux 6.x x64' }));
    expect(list).toContainEqual(expect.objectContaining({ id: '0', name: 'other', description: 'Other OS' }));
    const one = w.get('/operatingsystems/24');
    expect(one.root).toBe('operating_system');
    expect(one.xml.name).toBe('rhel_7x64');
  });
});

describe('the Blank template', () => {
  it('is visible to a user with no permission of their own on it (granted to Everyone)', () => {
    const w = wireEngine();
    const mary = `Basic ${btoa('mary@internal:mary')}`;
    const r = w.get('/templates', { authorization: mary, filter: 'true' });
    const ids = [r.xml?.template ?? []].flat().map((t: any) => t.id);
    expect(ids).toContain(BLANK_ID);
    expect(w.get(`/templates/${BLANK_ID}`, { authorization: mary, filter: 'true' }).status).toBe(200);
    const perms = [w.get(`/templates/${BLANK_ID}/permissions`).xml.permission].flat();
    expect(perms.some((p: any) => p.group?.id && w.get(`/groups/${p.group.id}`).xml.name === 'Everyone')).toBe(true);
  });
});
