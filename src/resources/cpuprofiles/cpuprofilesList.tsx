// /cpuprofiles: CPU profiles, one or more per cluster (QoS limits for virtual machine CPUs); not searchable.
import type { ListView } from '../../components/listView';
import { nameColumn } from '../../components/tableColumns';
import { t, tk } from '../../i18n';

export const cpuprofilesList: ListView = {
  segment: 'cpuprofiles', label: tk('CPU Profiles'), noun: tk('CPU profiles'), refs: ['clusters'], defaultSort: '',
  columns: (names) => [
    nameColumn('cpuprofiles'),
    { field: 'cluster', headerName: t('Cluster'), flex: 1, valueGetter: (_v, r) => (r.cluster?.id ? names('clusters', r.cluster.id) : '') },
    { field: 'description', headerName: t('Description'), flex: 2, valueGetter: (_v, r) => r.description ?? '' },
  ],
};
