// `/<segment>/:id` for every collection with a detail page (VMs have their own route in AppRoutes).
import type { ComponentType } from 'react';
import AffinitygroupDetailPage from '../resources/affinitygroups/AffinitygroupDetailPage';
import BookmarkDetailPage from '../resources/bookmarks/BookmarkDetailPage';
import ClusterDetailPage from '../resources/clusters/ClusterDetailPage';
import CpuprofileDetailPage from '../resources/cpuprofiles/CpuprofileDetailPage';
import DatacenterDetailPage from '../resources/datacenters/DatacenterDetailPage';
import DiskDetailPage from '../resources/disks/DiskDetailPage';
import DiskprofileDetailPage from '../resources/diskprofiles/DiskprofileDetailPage';
import EventDetailPage from '../resources/events/EventDetailPage';
import GroupDetailPage from '../resources/groups/GroupDetailPage';
import HostDetailPage from '../resources/hosts/HostDetailPage';
import HostNicDetailPage from '../resources/hosts/HostNicDetailPage';
import InstancetypeDetailPage from '../resources/instancetypes/InstancetypeDetailPage';
import IscsibondDetailPage from '../resources/iscsibonds/IscsibondDetailPage';
import JobDetailPage from '../resources/jobs/JobDetailPage';
import MacpoolDetailPage from '../resources/macpools/MacpoolDetailPage';
import NetworkDetailPage from '../resources/networks/NetworkDetailPage';
import QuotaDetailPage from '../resources/quotas/QuotaDetailPage';
import RoleDetailPage from '../resources/roles/RoleDetailPage';
import StorageconnectionDetailPage from '../resources/storageconnections/StorageconnectionDetailPage';
import StoragedomainDetailPage from '../resources/storagedomains/StoragedomainDetailPage';
import TagDetailPage from '../resources/tags/TagDetailPage';
import TemplateDetailPage from '../resources/templates/TemplateDetailPage';
import UserDetailPage from '../resources/users/UserDetailPage';
import VmpoolDetailPage from '../resources/vmpools/VmpoolDetailPage';
import VnicprofileDetailPage from '../resources/vnicprofiles/VnicprofileDetailPage';

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
