// /snapshotrequests — every request the user made (administrators: everyone's), updating while they move.
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import QueryState from '../../components/QueryState';
import { requestsQuery } from './queries';
import RequestsTable from './RequestsTable';

export default function SnapshotRequestsPage() {
  const query = useQuery(requestsQuery());
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">Snapshot requests</Typography>
      <Typography color="text.secondary">
        Snapshots taken at a chosen time and deleted by themselves after 1 to 72 hours. Make one from a virtual machine’s “Snapshot requests” tab.
      </Typography>
      <QueryState query={query} label="Loading snapshot requests" isEmpty={(d) => d.data.length === 0}
        empty={<Typography color="text.secondary">No snapshot requests yet.</Typography>}>
        {(d) => <RequestsTable requests={d.data} label="Snapshot requests" />}
      </QueryState>
    </Stack>
  );
}
