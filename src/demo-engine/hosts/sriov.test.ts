// SR-IOV host NICs: the VFs configuration action and the networks and labels allowed on the VFs.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

const list = (x: any): any[] => (Array.isArray(x) ? x : x ? [x] : []);
const vfs = (n: number | string, extra = '') =>
  `<action><virtual_functions_configuration><number_of_virtual_functions>${n}</number_of_virtual_functions>${extra}</virtual_functions_configuration></action>`;

function sriovHost() {
  const w = wireEngine();
  const host = w.engine.store.list('hosts')[0];
  const nic = (name: string) => w.engine.store.list(`hosts/${host.id}/nics`).find((n) => n.name === name)!;
  const at = (name: string) => `/hosts/${host.id}/nics/${nic(name).id}`;
  const publicNet = w.engine.store.list('networks').find((n) => n.name === 'public')!;
  return { w, at, publicNet };
}

describe('SR-IOV virtual functions', () => {
  it('shows the VFs configuration and its action on capable NICs only', () => {
    const { w, at } = sriovHost();
    const eth2 = w.get(at('eth2')).xml;
    expect(eth2.virtual_functions_configuration).toEqual({ max_number_of_virtual_functions: 63, number_of_virtual_functions: 8, all_networks_allowed: false });
    expect(list(eth2.actions.link).map((l) => l.rel)).toContain('updatevirtualfunctionsconfiguration');
    const eth0 = w.get(at('eth0')).xml;
    expect(eth0.virtual_functions_configuration).toBeUndefined();
    expect(list(eth0.actions?.link).map((l) => l.rel)).not.toContain('updatevirtualfunctionsconfiguration');
  });

  it('sets the number of VFs within the NIC\'s maximum, and refuses a NIC without SR-IOV', () => {
    const { w, at } = sriovHost();
    const action = `${at('eth2')}/updatevirtualfunctionsconfiguration`;
    expect(w.post(action, vfs(16)).xml.status.state).toBe('complete');
    expect(w.get(at('eth2')).xml.virtual_functions_configuration.number_of_virtual_functions).toBe(16);
    const over = w.post(action, vfs(64));
    expect(over.status).toBe(409);
    expect(over.xml.fault.detail).toBe('[Cannot edit host NIC VFs configuration. The specified number of VFs on network interface eth2 is 64, the valid range is 0 - 63.]');
    expect(w.post(action, '<action/>').xml.detail).toMatch(/numberOfVirtualFunctions\|allNetworksAllowed\] required/);
    const plain = w.post(`${at('eth0')}/updatevirtualfunctionsconfiguration`, vfs(1));
    expect(plain.status).toBe(405);
    expect(plain.xml.reason).toBe('Attempt to configure SR-IOV properties on a NIC that does not support that.');
  });

  it('adds and removes networks allowed on the VFs; allowing all drops them', () => {
    const { w, at, publicNet } = sriovHost();
    const nets = `${at('eth2')}/virtualfunctionallowednetworks`;
    expect(list(w.get(nets).xml.network).map((n) => n.id)).toEqual([publicNet.id]);
    expect(w.post(nets, `<network id="${publicNet.id}"/>`).xml.detail).toMatch(/Network public already exists in network interface eth2/);
    expect(w.del(`${nets}/${publicNet.id}`).status).toBe(200);
    expect(w.get(`${nets}/${publicNet.id}`).status).toBe(404);
    expect(w.post(nets, '<network><name>public</name></network>').status).toBe(201);
    expect(w.get(`${nets}/${publicNet.id}`).xml.id).toBe(publicNet.id);
    w.post(`${at('eth2')}/updatevirtualfunctionsconfiguration`, '<action><virtual_functions_configuration><all_networks_allowed>true</all_networks_allowed></virtual_functions_configuration></action>');
    expect(list(w.get(nets).xml.network)).toEqual([]);
    expect(w.post(nets, `<network id="${publicNet.id}"/>`).xml.detail).toMatch(/All networks are allowed, cannot set specific network\/label/);
    expect(w.post(`${at('eth0')}/virtualfunctionallowednetworks`, `<network id="${publicNet.id}"/>`).xml.detail).toMatch(/eth0 is not SR-IOV enabled/);
  });

  it('adds and removes labels allowed on the VFs', () => {
    const { w, at } = sriovHost();
    const labels = `${at('eth2')}/virtualfunctionallowedlabels`;
    expect(w.get(`${labels}/sriov`).xml.id).toBe('sriov');
    expect(w.post(labels, '<label id="fast"/>').status).toBe(201);
    expect(w.post(labels, '<label id="fast"/>').xml.detail).toMatch(/Label fast already exists/);
    expect(list(w.get(labels).xml.label).map((l) => l.id)).toEqual(['sriov', 'fast']);
    expect(w.del(`${labels}/sriov`).status).toBe(200);
    expect(w.get(`${labels}/sriov`).status).toBe(404);
  });
});
