// The "Set up networks" dialog's pending change (guide 14.7.2.3, rsdl `/hosts/{host:id}/nics/setupnetworks`:
// host_nics, checkConnectivity, connectivityTimeout). Pure: a layout of interfaces, edits that return a new
// layout, the list of what moves where, and the one setupnetworks request built from it.
import { apiPath } from '../../api';
import type { TaskRequest } from '../../tasks';
import type { XmlObject } from '../../xsd/parse';
import { t } from '../../i18n';
import { isBond, networksByNic, slavesOf } from './hostNetworking';

/** One NIC or bond as the admin wants it: its networks (ids) and, for a bond, its slaves (NIC names). */
export interface Iface { name: string; networks: string[]; slaves?: string[] }
export type Layout = Iface[];

/** The host's layout as the engine reports it: every NIC and bond with its networks. */
export function layoutOf(nics: readonly XmlObject[], attachments: readonly XmlObject[] | undefined): Layout {
  const byNic = networksByNic(nics, attachments);
  const nameById = new Map(nics.map((n) => [String(n.id), String(n.name ?? n.id)]));
  return nics.map((n) => ({
    name: String(n.name ?? n.id), networks: byNic.get(String(n.id)) ?? [],
    ...(isBond(n) ? { slaves: slavesOf(n).map((s) => nameById.get(String(s.id)) ?? String(s.name ?? s.id)) } : {}),
  }));
}

/** NIC names enslaved to a bond of the layout. */
export const slaveNames = (layout: Layout) => new Set(layout.flatMap((i) => i.slaves ?? []));

/** Puts a network on `to` (or nowhere, when `to` is empty): it leaves whichever interface had it. */
export function moveNetwork(layout: Layout, network: string, to: string): Layout {
  return layout.map((i) => {
    const networks = i.networks.filter((n) => n !== network);
    return { ...i, networks: i.name === to ? [...networks, network] : networks };
  });
}

/** A new bond of `slaves` (their networks move onto the bond, as the engine's dialog does). */
export function createBond(layout: Layout, name: string, slaves: readonly string[]): Layout {
  const moved = layout.filter((i) => slaves.includes(i.name)).flatMap((i) => i.networks);
  const rest = layout.map((i) => (slaves.includes(i.name) ? { ...i, networks: [] } : i));
  return [...rest, { name, networks: moved, slaves: [...slaves] }];
}

/** Breaks a bond up: the bond goes, its networks move to its first slave. */
export function breakBond(layout: Layout, name: string): Layout {
  const bond = layout.find((i) => i.name === name);
  const first = bond?.slaves?.[0];
  return layout.filter((i) => i.name !== name).map((i) => (i.name === first ? { ...i, networks: [...i.networks, ...(bond?.networks ?? [])] } : i));
}

const where = (layout: Layout, network: string) => layout.find((i) => i.networks.includes(network))?.name;

/** What the pending change does, one line each: moved, attached, detached networks and bonds made or broken. */
export function describeChanges(before: Layout, after: Layout, netName: (id: string) => string): string[] {
  const lines: string[] = [];
  const bondsOf = (l: Layout) => new Map(l.filter((i) => i.slaves).map((i) => [i.name, i.slaves!.join(', ')]));
  const [oldBonds, newBonds] = [bondsOf(before), bondsOf(after)];
  for (const [name, slaves] of newBonds) if (oldBonds.get(name) !== slaves) lines.push(t('Create bond {{name}} of {{value}}', { name, value: slaves }));
  for (const name of oldBonds.keys()) if (!newBonds.has(name)) lines.push(t('Break up bond {{name}}', { name }));
  const networks = new Set([...before, ...after].flatMap((i) => i.networks));
  for (const net of networks) {
    const [from, to] = [where(before, net), where(after, net)];
    if (from === to) continue;
    const name = netName(net);
    if (from && to) lines.push(t('Move {{name}} from {{value}} to {{value2}}', { name, value: from, value2: to }));
    else if (to) lines.push(t('Attach {{name}} to {{value}}', { name, value: to }));
    else lines.push(t('Detach {{name}} from {{value}}', { name, value: from! }));
  }
  return lines;
}

export interface SetupOptions { checkConnectivity: boolean; timeoutSeconds: number }

/** The action body: every interface carrying a network or forming a bond; what is left out loses its networks. */
export function hostNicsBody(layout: Layout, options: SetupOptions): XmlObject {
  const host_nic = layout.filter((i) => i.slaves || i.networks.length).flatMap((i) => {
    const nets = i.networks.length ? i.networks : [undefined];
    return nets.map((net, k) => ({
      name: i.name,
      ...(net ? { network: { id: net } } : {}),
      ...(i.slaves && k === 0 ? { bonding: { slaves: { host_nic: i.slaves.map((name) => ({ name })) } } } : {}),
    }));
  });
  return { host_nics: { host_nic }, check_connectivity: options.checkConnectivity, connectivity_timeout: options.timeoutSeconds };
}

/** POST /hosts/{id}/nics/setupnetworks with the whole layout (rsdl), one task. */
export function setupNetworksRequest(host: XmlObject, layout: Layout, options: SetupOptions): TaskRequest {
  const hostPath = typeof host.href === 'string' ? apiPath(host.href) : `/hosts/${encodeURIComponent(String(host.id))}`;
  const name = String(host.name ?? host.id);
  return {
    label: t('Set up networks on {{name}}', { name }), method: 'POST', path: `${hostPath}/nics/setupnetworks`,
    body: { root: 'action', value: hostNicsBody(layout, options) }, target: { collection: 'hosts', id: String(host.id), name },
  };
}
