// /instancetypes: hardware profiles for new virtual machines; memory and CPU topology in words.
import { nameColumn } from '../../components/tableColumns';
import { formatBytes, formatTopology } from '../../components/format';
import type { ListView } from '../../components/listView';
import { t, tk } from '../../i18n';

export const instancetypesList: ListView = {
  segment: 'instancetypes', label: tk('Instance Types'), noun: tk('instance types'), refs: [], defaultSort: 'name',
  placeholder: tk('e.g. memory>2048'),
  columns: () => [
    nameColumn('instancetypes'),
    { field: 'memory', headerName: t('Memory'), sortBy: 'memory', width: 120, valueGetter: (_v, r) => formatBytes(r.memory) },
    { field: 'cpu', headerName: t('CPU (cores×sockets)'), width: 170, valueGetter: (_v, r) => formatTopology(r.cpu?.topology) },
    { field: 'description', headerName: t('Description'), sortBy: 'description', flex: 2, valueGetter: (_v, r) => r.description ?? '' },
  ],
};
