// An instance type's NICs (RSDL instancetypes/{id}/nics): added, read and changed like a template's.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

describe('instance type NICs', () => {
  it('adds a NIC, which is then read and renamed, and refuses a bad name', () => {
    const w = wireEngine();
    const it = w.engine.store.list('instancetypes')[0];
    const net = w.engine.store.list('networks').find((n) => n.name === 'ovirtmgmt')!;
    const added = w.post(`/instancetypes/${it.id}/nics`, `<nic><name>nic1</name><network id="${net.id}"/></nic>`);
    expect(added.status).toBe(201);
    const path = `/instancetypes/${it.id}/nics/${added.xml.id}`;
    expect(w.get(path).xml.interface).toBe('virtio');
    expect(w.put(path, '<nic><name>nic-front</name></nic>').xml.name).toBe('nic-front');
    expect(w.get(path).xml.name).toBe('nic-front');
    expect(w.put(path, '<nic><name>bad name!</name></nic>').status).toBe(400);
  });
});
