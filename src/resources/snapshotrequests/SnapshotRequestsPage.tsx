// /snapshotrequests — every request the user made (administrators: everyone's), updating while they move.
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import QueryState from '../../components/QueryState';
import { requestsQuery } from './queries';
import RequestsTable from './RequestsTable';
import { t } from '../../i18n';

export default function SnapshotRequestsPage() {
  const query = useQuery(requestsQuery());
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">{t('Snapshot requests')}</Typography>
      <Typography color="text.secondary">
        {t('Snapshots taken at a chosen time and deleted by themselves after 1 to 72 hours. Make one from a virtual machine’s “Snapshot requests” tab.')}
      </Typography>
      <QueryState query={query} label={t('Loading snapshot requests')} isEmpty={(d) => d.data.length === 0}
        empty={<Typography color="text.secondary">{t('No snapshot requests yet.')}</Typography>}>
        {(d) => <RequestsTable requests={d.data} label={t('Snapshot requests')} />}
      </QueryState>
    </Stack>
  );
}
