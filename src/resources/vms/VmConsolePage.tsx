// `/vms/:id/console`: the VM's screen in the browser on its own page (a tab beside the portal), loaded lazily.
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import VncConsole from '../../components/console/VncConsole';
import QueryState from '../../components/QueryState';
import { detailQuery } from '../../query';
import { t } from '../../i18n';

export default function VmConsolePage() {
  const id = useParams().id ?? '';
  const query = useQuery(detailQuery('vms', id));
  return (
    <Stack spacing={1} sx={{ height: 'calc(100vh - 120px)' }}>
      <QueryState query={query} label={t('Loading virtual machine')} skeleton={<LinearProgress aria-label={t('Loading virtual machine')} />}>
        {(vm) => (
          <>
            <Typography variant="h5" component="h1">{t('Console of {{name}}', { name: String(vm.name ?? id) })}</Typography>
            <VncConsole vm={vm} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
