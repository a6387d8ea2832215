// Registry of action tables by API segment. Each collection's table lives in its own file here.
import type { ActionTable } from './types';
import { vms } from './vms';
import { clusters } from './clusters';
import { datacenters } from './datacenters';
import { disks } from './disks';
import { hosts } from './hosts';
import { jobs } from './jobs';
import { cpuprofiles, groups, instancetypes, macpools, networks, quotas, roles, tags, users, vnicprofiles } from './simple';
import { storageconnections } from './storageconnections';
import { attachedStorageDomains, storagedomains } from './storagedomains';
import { templates } from './templates';
import { vmpools } from './vmpools';

const byTable = (...tables: ActionTable[]) => Object.fromEntries(tables.map((t) => [t.segment, t]));

export const actionTables: Record<string, ActionTable> = {
  vms,
  ...byTable(hosts, clusters, datacenters, storagedomains, attachedStorageDomains, storageconnections, disks, templates, vmpools,
    jobs, networks, vnicprofiles, roles, users, groups, tags, macpools, instancetypes, cpuprofiles, quotas),
};

export function actionTableFor(segment: string): ActionTable | undefined {
  return actionTables[segment];
}

export { allowedActions, removable, type ActionDef, type ActionTable, type RemoveDef } from './types';
