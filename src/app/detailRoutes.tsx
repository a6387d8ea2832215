// `/<segment>/:id` for every collection with a detail page (VMs have their own route in AppRoutes).
// Each page is its own chunk, loaded when first opened, so the first load carries only the shell and lists.
import { lazy, type ComponentType } from 'react';
const AffinitygroupDetailPage = lazy(() => import('../resources/affinitygroups/AffinitygroupDetailPage'));
const BookmarkDetailPage = lazy(() => import('../resources/bookmarks/BookmarkDetailPage'));
const ClusterDetailPage = lazy(() => import('../resources/clusters/ClusterDetailPage'));
const CpuprofileDetailPage = lazy(() => import('../resources/cpuprofiles/CpuprofileDetailPage'));
const DatacenterDetailPage = lazy(() => import('../resources/datacenters/DatacenterDetailPage'));
const DiskDetailPage = lazy(() => import('../resources/disks/DiskDetailPage'));
const DiskprofileDetailPage = lazy(() => import('../resources/diskprofiles/DiskprofileDetailPage'));
const EventDetailPage = lazy(() => import('../resources/events/EventDetailPage'));
const GroupDetailPage = lazy(() => import('../resources/groups/GroupDetailPage'));
const HostDetailPage = lazy(() => import('../resources/hosts/HostDetailPage'));
const HostNicDetailPage = lazy(() => import('../resources/hosts/HostNicDetailPage'));
const InstancetypeDetailPage = lazy(() => import('../resources/instancetypes/InstancetypeDetailPage'));
const IscsibondDetailPage = lazy(() => import('../resources/iscsibonds/IscsibondDetailPage'));
const JobDetailPage = lazy(() => import('../resources/jobs/JobDetailPage'));
const MacpoolDetailPage = lazy(() => import('../resources/macpools/MacpoolDetailPage'));
const NetworkDetailPage = lazy(() => import('../resources/networks/NetworkDetailPage'));
const QuotaDetailPage = lazy(() => import('../resources/quotas/QuotaDetailPage'));
const RoleDetailPage = lazy(() => import('../resources/roles/RoleDetailPage'));
const StorageconnectionDetailPage = lazy(() => import('../resources/storageconnections/StorageconnectionDetailPage'));
const StoragedomainDetailPage = lazy(() => import('../resources/storagedomains/StoragedomainDetailPage'));
const TagDetailPage = lazy(() => import('../resources/tags/TagDetailPage'));
const TemplateDetailPage = lazy(() => import('../resources/templates/TemplateDetailPage'));
const UserDetailPage = lazy(() => import('../resources/users/UserDetailPage'));
const VmpoolDetailPage = lazy(() => import('../resources/vmpools/VmpoolDetailPage'));
const VnicprofileDetailPage = lazy(() => import('../resources/vnicprofiles/VnicprofileDetailPage'));

export const DETAIL_ROUTES: [segment: string, Page: ComponentType][] = [
  ['datacenters', DatacenterDetailPage],
  ['clusters', ClusterDetailPage],
  ['hosts', HostDetailPage],
  ['networks', NetworkDetailPage],
  ['storagedomains', StoragedomainDetailPage],
  ['storageconnections', StorageconnectionDetailPage],
  ['templates', TemplateDetailPage],
  ['vmpools', VmpoolDetailPage],
  ['disks', DiskDetailPage],
  ['users', UserDetailPage],
  ['groups', GroupDetailPage],
  ['roles', RoleDetailPage],
  ['tags', TagDetailPage],
  ['macpools', MacpoolDetailPage],
  ['events', EventDetailPage],
  ['jobs', JobDetailPage],
  ['instancetypes', InstancetypeDetailPage],
  ['vnicprofiles', VnicprofileDetailPage],
  ['cpuprofiles', CpuprofileDetailPage],
  ['diskprofiles', DiskprofileDetailPage],
  ['bookmarks', BookmarkDetailPage],
];

/** `/<parent>/:parentId/<sub>/:id` for items of a sub-collection that have their own page. */
export const SUB_DETAIL_ROUTES: [parent: string, sub: string, Page: ComponentType][] = [
  ['datacenters', 'quotas', QuotaDetailPage],
  ['datacenters', 'iscsibonds', IscsibondDetailPage],
  ['clusters', 'affinitygroups', AffinitygroupDetailPage],
  ['hosts', 'nics', HostNicDetailPage],
];
