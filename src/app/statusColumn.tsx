// The status column of a collection without its own list view.
import type { ResourceColumn } from '../components/ResourceTable';
import StatusChip from '../components/StatusChip';
import { humanize } from '../components/format';

const statusColumn: ResourceColumn = {
  field: 'status', headerName: 'Status', width: 150,
  valueGetter: (_v, r) => humanize(r.status?.state), renderCell: ({ row }) => <StatusChip state={row.status?.state} />,
};
export default statusColumn;
