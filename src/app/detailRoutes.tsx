// `/<segment>/:id` for every collection with a detail page (VMs have their own route in AppRoutes).
import type { ComponentType } from 'react';
import ClusterDetailPage from '../resources/clusters/ClusterDetailPage';
import DatacenterDetailPage from '../resources/datacenters/DatacenterDetailPage';
import DiskDetailPage from '../resources/disks/DiskDetailPage';
import EventDetailPage from '../resources/events/EventDetailPage';
import GroupDetailPage from '../resources/groups/GroupDetailPage';
import HostDetailPage from '../resources/hosts/HostDetailPage';
import InstancetypeDetailPage from '../resources/instancetypes/InstancetypeDetailPage';
import JobDetailPage from '../resources/jobs/JobDetailPage';
import MacpoolDetailPage from '../resources/macpools/MacpoolDetailPage';
import NetworkDetailPage from '../resources/networks/NetworkDetailPage';
import RoleDetailPage from '../resources/roles/RoleDetailPage';
import StorageconnectionDetailPage from '../resources/storageconnections/StorageconnectionDetailPage';
import StoragedomainDetailPage from '../resources/storagedomains/StoragedomainDetailPage';
import TagDetailPage from '../resources/tags/TagDetailPage';
import TemplateDetailPage from '../resources/templates/TemplateDetailPage';
import UserDetailPage from '../resources/users/UserDetailPage';
import VmpoolDetailPage from '../resources/vmpools/VmpoolDetailPage';

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
];
