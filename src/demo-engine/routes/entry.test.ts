// The entry point's companions: ?rsdl, ?schema and the /v3 URL prefix (guide 3.1, 4.5).
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

describe('entry point variants', () => {
  it('serves the RSDL and the schema it references', () => {
    const w = wireEngine();
    const rsdl = w.get('/?rsdl');
    expect(rsdl.status).toBe(200);
    expect(rsdl.body).toMatch(/<rsdl href="\?rsdl" rel="rsdl">/);
    expect(rsdl.body).toContain('<schema href="?schema" rel="schema">');
    expect(w.get('/?schema').body).toMatch(/<xs:schema[\s>]/);
  });

  it('answers under the /v3 prefix with hrefs that keep it', () => {
    const w = wireEngine();
    const root = w.get('/v3');
    expect(root.status).toBe(200);
    expect(root.xml.link.find((l: any) => l.rel === 'vms').href).toBe('/ovirt-engine/api/v3/vms');
    const vm = w.engine.store.list('vms')[0];
    expect(w.get(`/v3/vms/${vm.id}`).xml.href).toBe(`/ovirt-engine/api/v3/vms/${vm.id}`);
  });
});
