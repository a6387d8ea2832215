// guide 10.7.3: adding a VM to an affinity group stores that VM; removing it takes exactly it out.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

function setup() {
  const w = wireEngine();
  const cluster = w.engine.store.list('clusters')[0];
  const group = w.engine.store.list(`clusters/${cluster.id}/affinitygroups`)[0];
  const path = `/clusters/${cluster.id}/affinitygroups/${group.id}/vms`;
  const members = () => [w.get(path).xml?.vm ?? []].flat().map((v: any) => v.id);
  const outsider = w.engine.store.list('vms').find((v) => v.cluster.id === cluster.id && !members().includes(v.id))!;
  const elsewhere = w.engine.store.list('vms').find((v) => v.cluster.id !== cluster.id)!;
  return { w, path, members, outsider, elsewhere };
}

describe('affinity group VMs', () => {
  it('adds a VM of the cluster by id and lists it under its own id', () => {
    const { w, path, members, outsider } = setup();
    const r = w.post(path, `<vm id="${outsider.id}"/>`);
    expect([r.status, r.xml.id, r.headers.Location]).toEqual([201, outsider.id, `${w.base}${path}/${outsider.id}`]);
    expect(members()).toContain(outsider.id);
    expect(w.post(path, `<vm id="${outsider.id}"/>`).status).toBe(409);
  });

  it('removes exactly that VM', () => {
    const { w, path, members, outsider } = setup();
    w.post(path, `<vm id="${outsider.id}"/>`);
    const before = members();
    expect(w.del(`${path}/${outsider.id}`).status).toBe(200);
    expect(members()).toEqual(before.filter((id) => id !== outsider.id));
  });

  it('refuses a VM of another cluster and an unknown VM', () => {
    const { w, path, elsewhere } = setup();
    const r = w.post(path, `<vm id="${elsewhere.id}"/>`);
    expect(r.status).toBe(409);
    expect(r.xml.detail).toContain('is not in the cluster of the Affinity Group');
    expect(w.post(path, '<vm id="00000000-0000-0000-0000-000000000000"/>').status).toBe(400);
  });
});
