// The Set up networks dialog's state model: edits, the summary the admin reads, and the host_nics body sent.
import { describe, expect, it } from 'vitest';
import { breakBond, createBond, describeChanges, hostNicsBody, layoutOf, moveNetwork, setupNetworksRequest } from './setupNetworksModel';

const nics = [
  { id: 'n0', name: 'eth0' }, { id: 'n1', name: 'eth1' }, { id: 'n2', name: 'eth2' }, { id: 'n3', name: 'eth3' },
];
const attachments = [{ host_nic: { id: 'n0' }, network: { id: 'mgmt' } }, { host_nic: { id: 'n1' }, network: { id: 'pub' } }];
const names: Record<string, string> = { mgmt: 'ovirtmgmt', pub: 'public', sto: 'storage' };
const netName = (id: string) => names[id] ?? id;
const options = { checkConnectivity: true, timeoutSeconds: 120 };

describe('setup networks model', () => {
  it('reads the layout, including a bond with its slaves by name', () => {
    const bonded = [...nics, { id: 'b0', name: 'bond0', bonding: { slaves: { host_nic: [{ id: 'n2' }, { id: 'n3' }] } } }];
    expect(layoutOf(bonded, attachments).map((i) => [i.name, i.networks, i.slaves])).toEqual([
      ['eth0', ['mgmt'], undefined], ['eth1', ['pub'], undefined], ['eth2', [], undefined], ['eth3', [], undefined], ['bond0', [], ['eth2', 'eth3']],
    ]);
  });

  it('moves a network to another NIC and into a new bond, and says so', () => {
    const before = layoutOf(nics, attachments);
    const after = moveNetwork(moveNetwork(createBond(before, 'bond0', ['eth2', 'eth3']), 'pub', 'bond0'), 'sto', 'eth1');
    expect(describeChanges(before, after, netName)).toEqual([
      'Create bond bond0 of eth2, eth3', 'Move public from eth1 to bond0', 'Attach storage to eth1',
    ]);
    expect(hostNicsBody(after, options)).toEqual({
      host_nics: { host_nic: [
        { name: 'eth0', network: { id: 'mgmt' } }, { name: 'eth1', network: { id: 'sto' } },
        { name: 'bond0', network: { id: 'pub' }, bonding: { slaves: { host_nic: [{ name: 'eth2' }, { name: 'eth3' }] } } },
      ] },
      check_connectivity: true, connectivity_timeout: 120,
    });
  });

  it('detaches a network by leaving its NIC out, and breaks a bond up onto its first slave', () => {
    const bonded = layoutOf([...nics, { id: 'b0', name: 'bond0', bonding: { slaves: { host_nic: [{ id: 'n2' }, { id: 'n3' }] } } }],
      [...attachments, { host_nic: { id: 'b0' }, network: { id: 'sto' } }]);
    const after = breakBond(moveNetwork(bonded, 'pub', ''), 'bond0');
    expect(describeChanges(bonded, after, netName)).toEqual(['Break up bond bond0', 'Detach public from eth1', 'Move storage from bond0 to eth2']);
    expect(hostNicsBody(after, options).host_nics.host_nic).toEqual([{ name: 'eth0', network: { id: 'mgmt' } }, { name: 'eth2', network: { id: 'sto' } }]);
  });

  it('builds one POST to the host\'s nics/setupnetworks', () => {
    const r = setupNetworksRequest({ id: 'h1', name: 'host1', href: '/ovirt-engine/api/hosts/h1' }, layoutOf(nics, attachments), options);
    expect([r.method, r.path, r.body?.root]).toEqual(['POST', '/hosts/h1/nics/setupnetworks', 'action']);
  });
});
