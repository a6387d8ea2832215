// Every sub-collection the guide gives a resource (routes index, guide chapters 10–26) has a tab in that
// collection's tab table, so it is reachable from the portal; and every collection with a page is routed.
import { describe, expect, it } from 'vitest';
import type { DetailConfig } from '../components/detail';
import { clusterDetail } from '../resources/clusters/ClusterDetailPage';
import { datacenterDetail } from '../resources/datacenters/DatacenterDetailPage';
import { diskDetail } from '../resources/disks/DiskDetailPage';
import { groupDetail } from '../resources/groups/GroupDetailPage';
import { hostDetail } from '../resources/hosts/HostDetailPage';
import { networkDetail } from '../resources/networks/NetworkDetailPage';
import { roleDetail } from '../resources/roles/RoleDetailPage';
import { storagedomainDetail } from '../resources/storagedomains/StoragedomainDetailPage';
import { templateDetail } from '../resources/templates/TemplateDetailPage';
import { userDetail } from '../resources/users/UserDetailPage';
import { vmpoolDetail } from '../resources/vmpools/VmpoolDetailPage';
import { affinitygroupDetail } from '../resources/affinitygroups/AffinitygroupDetailPage';
import { cpuprofileDetail } from '../resources/cpuprofiles/CpuprofileDetailPage';
import { diskprofileDetail } from '../resources/diskprofiles/DiskprofileDetailPage';
import { hostNicDetail } from '../resources/hosts/HostNicDetailPage';
import { iscsibondDetail } from '../resources/iscsibonds/IscsibondDetailPage';
import { quotaDetail } from '../resources/quotas/QuotaDetailPage';
import { vnicprofileDetail } from '../resources/vnicprofiles/VnicprofileDetailPage';
import { DETAIL_ROUTES, SUB_DETAIL_ROUTES } from './detailRoutes';

const GUIDE_SUBS: [DetailConfig, string[]][] = [
  [datacenterDetail, ['storagedomains', 'clusters', 'networks', 'permissions', 'quotas', 'iscsibonds', 'qoss']],
  [clusterDetail, ['networks', 'permissions', 'glustervolumes', 'glusterhooks', 'affinitygroups', 'cpuprofiles']],
  [hostDetail, ['nics', 'networkattachments', 'storage', 'numanodes', 'statistics', 'permissions', 'tags', 'hooks',
    'katelloerrata', 'devices', 'fenceagents', 'unmanagednetworks', 'storageconnectionextensions']],
  [networkDetail, ['permissions', 'vnicprofiles', 'labels']],
  [storagedomainDetail, ['permissions', 'disks', 'files', 'vms', 'templates', 'storageconnections', 'disksnapshots', 'diskprofiles', 'images']],
  [templateDetail, ['disks', 'nics', 'cdroms', 'permissions', 'tags', 'watchdogs']],
  [vmpoolDetail, ['permissions']],
  [diskDetail, ['statistics', 'permissions']],
  [userDetail, ['permissions', 'tags', 'roles']],
  [groupDetail, ['permissions', 'tags', 'roles']],
  [roleDetail, ['permits']],
  // RSDL (rsdl.xml) sub-collections of the profiles and of the sub-collection items with their own page.
  [vnicprofileDetail, ['permissions']],
  [cpuprofileDetail, ['permissions']],
  [diskprofileDetail, ['permissions']],
  [quotaDetail, ['quotaclusterlimits', 'quotastoragelimits', 'permissions']],
  [affinitygroupDetail, ['vms']],
  [iscsibondDetail, ['networks', 'storageconnections']],
  [hostNicDetail, ['statistics', 'labels', 'networkattachments']],
];

describe('detail tab tables', () => {
  it.each(GUIDE_SUBS.map(([c, subs]) => [c.collection, c, subs] as const))('%s: a tab for every sub-collection', (_name, config, subs) => {
    const offered = new Set(config.tabs.map((t) => t.rel ?? t.key));
    expect(subs.filter((s) => !offered.has(s))).toEqual([]);
    expect(config.tabs[0].key).toBe('general');
    expect(new Set(config.tabs.map((t) => t.key)).size).toBe(config.tabs.length);
  });

  it('routes every collection of the tables', () => {
    const routed = new Set([...DETAIL_ROUTES.map(([s]) => s), ...SUB_DETAIL_ROUTES.map(([p, s]) => `${p}/${s}`)]);
    for (const [config] of GUIDE_SUBS) expect(routed.has(config.parent ? `${config.parent.collection}/${config.parent.sub}` : config.collection)).toBe(true);
    for (const s of ['storageconnections', 'tags', 'macpools', 'events', 'jobs', 'instancetypes', 'bookmarks']) expect(routed.has(s)).toBe(true);
  });
});

describe('reachability from the parents', () => {
  const tab = (c: DetailConfig, key: string) => c.tabs.find((t) => t.key === key)!;
  it.each([
    [datacenterDetail, 'quotas'], [datacenterDetail, 'iscsibonds'], [clusterDetail, 'affinitygroups'],
  ] as const)('%#: %s items link to their own page', (config, key) => {
    expect(tab(config, key).linkItems).toBe(true);
    expect(SUB_DETAIL_ROUTES.some(([p, s]) => p === config.collection && s === key)).toBe(true);
  });
  it.each([
    [clusterDetail, 'cpuprofiles', 'cpuprofiles'], [networkDetail, 'vnicprofiles', 'vnicprofiles'], [storagedomainDetail, 'diskprofiles', 'diskprofiles'],
  ] as const)('%#: %s rows link to /%s/:id', (config, key, to) => {
    expect(tab(config, key).linkTo).toBe(to);
    expect(DETAIL_ROUTES.some(([s]) => s === to)).toBe(true);
  });
  it('asks before detaching a storage domain (typing its name) and before unassigning a network', () => {
    expect(tab(datacenterDetail, 'storagedomains').rowActions?.find((a) => a.label === 'Detach')?.confirm).toBe('typeName');
    expect(tab(clusterDetail, 'networks').rowActions?.find((a) => a.label === 'Unassign')?.confirm).toBe('ask');
  });
});
