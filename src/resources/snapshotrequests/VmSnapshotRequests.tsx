// The "Snapshot requests" tab of a VM: the create form with the VM preset, and this VM's requests.
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import QueryState from '../../components/QueryState';
import { requestsQuery } from './queries';
import RequestForm from './RequestForm';
import RequestsTable from './RequestsTable';
import { t } from '../../i18n';

export default function VmSnapshotRequests({ vmId, vmName }: { vmId: string; vmName: string }) {
  const query = useQuery(requestsQuery());
  return (
    <Stack spacing={3}>
      <Stack spacing={1}>
        <Typography variant="h6" component="h2">{t('Request a snapshot of {{vmName}}', { vmName })}</Typography>
        <RequestForm vmId={vmId} vmName={vmName} engineNow={query.data?.meta.now} />
      </Stack>
      <Stack spacing={1}>
        <Typography variant="h6" component="h2">{t('Requests for this VM')}</Typography>
        <QueryState query={query} label={t('Loading snapshot requests')} isEmpty={(d) => !d.data.some((r) => r.vm_uuid === vmId)}
          empty={<Typography color="text.secondary">{t('No snapshot requests for this VM yet.')}</Typography>}>
          {(d) => <RequestsTable requests={d.data.filter((r) => r.vm_uuid === vmId)} showVm={false} label={t('Snapshot requests of {{vmName}}', { vmName })} />}
        </QueryState>
      </Stack>
    </Stack>
  );
}
