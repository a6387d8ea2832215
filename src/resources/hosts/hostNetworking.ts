// Host networking requests and derivations (guide 14.7.2 NICs and bonds, 14.7.2.3 network attachments,
// 14.8.8 commitnetconfig). Pure: the dialogs build their tasks from these.
import { apiPath } from '../../api';
import type { TaskRequest } from '../../tasks';
import type { XmlObject } from '../../xsd/parse';
import { t } from '../../i18n';

const list = (v: unknown): XmlObject[] => (Array.isArray(v) ? v : v && typeof v === 'object' ? [v as XmlObject] : []);

/** guide 14.7.2.2: "bond0, bond1, bond2, bond3 and bond4 are the only valid names for a bonded interface". */
export const BOND_NAMES = ['bond0', 'bond1', 'bond2', 'bond3', 'bond4'] as const;

export const isBond = (nic: XmlObject) => !!nic.bonding;
export const slavesOf = (nic: XmlObject): XmlObject[] => list(nic.bonding?.slaves?.host_nic);

/** Ids of NICs enslaved to a bond (they cannot join another bond or carry a network of their own). */
export function enslaved(nics: readonly XmlObject[]): Set<string> {
  return new Set(nics.filter(isBond).flatMap((b) => slavesOf(b).map((s) => String(s.id))));
}

/** The bond names not taken on this host. */
export const freeBondNames = (nics: readonly XmlObject[]) => BOND_NAMES.filter((n) => !nics.some((x) => x.name === n));

/** Networks attached to each NIC: the host's network attachments (3.6+), else each NIC's own `network`. */
export function networksByNic(nics: readonly XmlObject[], attachments: readonly XmlObject[] | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>(nics.map((n) => [String(n.id), []]));
  if (attachments) {
    for (const a of attachments) {
      const nic = String(a.host_nic?.id ?? '');
      if (a.network?.id && out.has(nic)) out.get(nic)!.push(String(a.network.id));
    }
  }
  for (const n of nics) {
    const own = n.network?.id ? String(n.network.id) : undefined;
    const ids = out.get(String(n.id))!;
    if (own && !ids.includes(own)) ids.push(own);
  }
  return out;
}

const hostPath = (host: XmlObject) => (typeof host.href === 'string' ? apiPath(host.href) : `/hosts/${encodeURIComponent(String(host.id))}`);
const nicPath = (host: XmlObject, nic: XmlObject) =>
  (typeof nic.href === 'string' ? apiPath(nic.href) : `${hostPath(host)}/nics/${encodeURIComponent(String(nic.id))}`);
const target = (host: XmlObject) => ({ collection: 'hosts', id: String(host.id), name: String(host.name ?? host.id) });

/** guide 14.7.2.2, Example 14.14: POST a host_nic with a name, a network and the slaves by id. */
export function createBondRequest(host: XmlObject, name: string, networkId: string, slaves: readonly XmlObject[]): TaskRequest {
  const value: XmlObject = { name, bonding: { slaves: { host_nic: slaves.map((s) => ({ id: String(s.id) })) } } };
  if (networkId) value.network = { id: networkId };
  return {
    label: t('Create {{name}} from {{value}} on {{value2}}', { name, value: slaves.map((s) => String(s.name ?? s.id)).join(' and '), value2: String(host.name ?? host.id) }),
    method: 'POST', path: `${hostPath(host)}/nics`, body: { root: 'host_nic', value }, target: target(host),
  };
}

/** guide 14.7.2.3.1, Example 14.17: POST a network attachment (the network by id) to the NIC's attachments. */
export function attachNetworkRequest(host: XmlObject, nic: XmlObject, network: XmlObject): TaskRequest {
  return {
    label: t('Attach {{value}} to {{value2}} on {{value3}}', { value: String(network.name ?? network.id), value2: String(nic.name ?? nic.id), value3: String(host.name ?? host.id) }),
    method: 'POST', path: `${nicPath(host, nic)}/networkattachments`,
    body: { root: 'network_attachment', value: { network: { id: String(network.id) } } }, target: target(host),
  };
}

/** guide 14.7.2.3.1, Example 14.19: DELETE the network attachment. */
export function detachNetworkRequest(host: XmlObject, nic: XmlObject, attachment: XmlObject, networkName: string): TaskRequest {
  const path = typeof attachment.href === 'string'
    ? apiPath(attachment.href)
    : `${nicPath(host, nic)}/networkattachments/${encodeURIComponent(String(attachment.id))}`;
  return { label: t('Detach {{networkName}} from {{value}} on {{value2}}', { networkName, value: String(nic.name ?? nic.id), value2: String(host.name ?? host.id) }), method: 'DELETE', path, target: target(host) };
}

/** guide 14.7.2.2, Example 14.15: DELETE the bond. */
export const removeBondRequest = (host: XmlObject, bond: XmlObject): TaskRequest => ({
  label: t('Remove {{value}} on {{value2}}', { value: String(bond.name ?? bond.id), value2: String(host.name ?? host.id) }), method: 'DELETE', path: nicPath(host, bond), target: target(host),
});

/** guide 14.8.8: commit the host's network configuration so it survives a reboot. */
export const commitRequest = (host: XmlObject): TaskRequest => ({
  label: t('Save network configuration of {{value}}', { value: String(host.name ?? host.id) }), method: 'POST', path: `${hostPath(host)}/commitnetconfig`,
  body: { root: 'action', value: {} }, target: target(host),
});
