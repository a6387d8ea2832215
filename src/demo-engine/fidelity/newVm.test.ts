// @vitest-environment node
// A new VM as the engine answers it (issue 17): from Blank with no disks it is down at once (no image is
// copied, so no async task: 201 with the VM), removable straight away; every new VM has its Active VM snapshot.
import { describe, expect, it } from 'vitest';
import { BLANK_ID } from '../ids';
import { wireEngine } from '../testing/wire';

describe('a VM created from Blank without disks', () => {
  it('is down at once, with no creation_status, and can be removed straight away', () => {
    const w = wireEngine();
    const cluster = w.engine.store.list('clusters')[0];
    const r = w.post('/vms', `<vm><name>from-blank</name><cluster id="${cluster.id}"/><template id="${BLANK_ID}"/></vm>`);
    expect(r.status).toBe(201);
    expect(r.headers.Location).toBe(`${w.base}/vms/${r.xml.id}`);
    expect(r.xml.status.state).toBe('down');
    expect(r.xml.creation_status).toBeUndefined();
    expect(r.xml.name).toBe('from-blank');
    expect(r.xml.cluster.id).toBe(cluster.id);
    expect(w.get(`/vms/${r.xml.id}`).xml.status.state).toBe('down');
    expect(w.del(`/vms/${r.xml.id}`).status).toBe(200);
    expect(w.get(`/vms/${r.xml.id}`).status).toBe(404);
  });
});

describe('every new VM', () => {
  it('has its Active VM snapshot, from Blank and from a template with disks', () => {
    const w = wireEngine();
    const cluster = w.engine.store.list('clusters')[0];
    const withDisks = w.engine.store.list('templates').find((t) => w.engine.store.list(`templates/${t.id}/disks`).length > 0)!;
    for (const template of [BLANK_ID, withDisks.id]) {
      const r = w.post('/vms', `<vm><name>snap-${template.slice(-4)}</name><cluster id="${cluster.id}"/><template id="${template}"/></vm>`);
      const snaps = w.get(`/vms/${r.xml.id}/snapshots`).xml.snapshot;
      expect(snaps).toHaveLength(1);
      expect(snaps[0]).toMatchObject({ description: 'Active VM', type: 'active' });
    }
  });
});
