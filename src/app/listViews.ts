// Which list view serves which collection segment (each declared in its resource folder). A collection
// without one still gets a list of name, status and description.
import type { ListView } from '../components/listView';
import { nameColumn } from '../components/tableColumns';
import StatusChipColumn from './statusColumn';
import { clustersList } from '../resources/clusters/clustersList';
import { cpuprofilesList } from '../resources/cpuprofiles/cpuprofilesList';
import { datacentersList } from '../resources/datacenters/datacentersList';
import { disksList } from '../resources/disks/disksList';
import { domainsList } from '../resources/domains/domainsList';
import { groupsList } from '../resources/groups/groupsList';
import { hostsList } from '../resources/hosts/hostsList';
import { instancetypesList } from '../resources/instancetypes/instancetypesList';
import { jobsList } from '../resources/jobs/jobsList';
import { macpoolsList } from '../resources/macpools/macpoolsList';
import { networksList } from '../resources/networks/networksList';
import { rolesList } from '../resources/roles/rolesList';
import { storageconnectionsList } from '../resources/storageconnections/storageconnectionsList';
import { storagedomainsList } from '../resources/storagedomains/storagedomainsList';
import { tagsList } from '../resources/tags/tagsList';
import { templatesList } from '../resources/templates/templatesList';
import { usersList } from '../resources/users/usersList';
import { vmpoolsList } from '../resources/vmpools/vmpoolsList';
import { vnicprofilesList } from '../resources/vnicprofiles/vnicprofilesList';
import { t } from '../i18n';

const VIEWS: ListView[] = [
  datacentersList, clustersList, hostsList, networksList, vnicprofilesList, cpuprofilesList, storagedomainsList, storageconnectionsList,
  disksList, templatesList, vmpoolsList, instancetypesList, usersList, groupsList, domainsList, rolesList, tagsList, macpoolsList, jobsList,
];
const BY_SEGMENT = new Map(VIEWS.map((v) => [v.segment, v]));

export function listViewFor(segment: string, label: string): ListView {
  return BY_SEGMENT.get(segment) ?? {
    segment, label, noun: label.toLowerCase(), refs: [], defaultSort: '',
    columns: () => [nameColumn(segment), StatusChipColumn, { field: 'description', headerName: t('Description'), flex: 2, valueGetter: (_v, r) => r.description ?? '' }],
  };
}
