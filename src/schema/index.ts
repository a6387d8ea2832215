// The element-table registry, keyed by API path segment (STYLE.md: one name per collection everywhere).
import { cdroms } from './tables/cdroms';
import { clusters } from './tables/clusters';
import { datacenters } from './tables/datacenters';
import { disks } from './tables/disks';
import { events } from './tables/events';
import { groups } from './tables/groups';
import { hosts } from './tables/hosts';
import { macpools } from './tables/macpools';
import { networks } from './tables/networks';
import { nics } from './tables/nics';
import { numanodes } from './tables/numanodes';
import { permissions } from './tables/permissions';
import { permits } from './tables/permits';
import { quotas } from './tables/quotas';
import { roles } from './tables/roles';
import { snapshots } from './tables/snapshots';
import { storageconnections } from './tables/storageconnections';
import { storagedomains } from './tables/storagedomains';
import { tags } from './tables/tags';
import { templates } from './tables/templates';
import { users } from './tables/users';
import { vmpools } from './tables/vmpools';
import { vms } from './tables/vms';
import { vnicprofiles } from './tables/vnicprofiles';
import { watchdogs } from './tables/watchdogs';
import type { ResourceTable } from './types';

export const tables = {
  datacenters, clusters, networks, vnicprofiles, storagedomains, storageconnections, hosts, vms, disks, nics, cdroms,
  snapshots, numanodes, watchdogs, templates, vmpools, users, groups, roles, permits, permissions, tags, macpools,
  quotas, events,
} satisfies Record<string, ResourceTable>;

export type Segment = keyof typeof tables;

export function tableFor(segment: string): ResourceTable | undefined {
  return (tables as Record<string, ResourceTable>)[segment];
}

export type { Condition, ElementDef, ElementType, FormField, FormValue, FormValues, ResourceTable, Unit } from './types';
export { applyFollows, columns, followValue, formFields, groupFields, isRequired, isVisible, validate, type Mode } from './form';
export { fromEntity, toRequestBody } from './body';
export { arrayPaths, resolvePath } from './xsdPath';
export { valueAt } from './paths';
export { displayUnit, bytesFromDisplay, bytesToDisplay } from './units';
export { requiredOnCreate } from './rsdl';
