// /cpuprofiles: CPU profiles, one or more per cluster (QoS limits for virtual machine CPUs); not searchable.
import type { ListView } from '../../components/listView';
import { nameColumn } from '../../components/tableColumns';

export const cpuprofilesList: ListView = {
  segment: 'cpuprofiles', label: 'CPU Profiles', noun: 'CPU profiles', refs: ['clusters'], defaultSort: '',
  columns: (names) => [
    nameColumn('cpuprofiles'),
    { field: 'cluster', headerName: 'Cluster', flex: 1, valueGetter: (_v, r) => (r.cluster?.id ? names('clusters', r.cluster.id) : '') },
    { field: 'description', headerName: 'Description', flex: 2, valueGetter: (_v, r) => r.description ?? '' },
  ],
};
