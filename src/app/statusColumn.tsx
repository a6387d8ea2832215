// The status column of a collection without its own list view.
import type { ResourceColumn } from '../components/ResourceTable';
import StatusChip from '../components/StatusChip';
import { humanize } from '../components/format';
import { tk } from '../i18n';

const statusColumn: ResourceColumn = {
  field: 'status', headerName: tk('Status'), width: 150,
  valueGetter: (_v, r) => humanize(r.status?.state), renderCell: ({ row }) => <StatusChip state={row.status?.state} />,
};
export default statusColumn;
