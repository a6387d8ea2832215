// `/vms/:id/console`: the VM's screen in the browser on its own page (a tab beside the portal), loaded lazily.
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import VncConsole from '../../components/console/VncConsole';
import QueryState from '../../components/QueryState';
import { detailQuery } from '../../query';

export default function VmConsolePage() {
  const id = useParams().id ?? '';
  const query = useQuery(detailQuery('vms', id));
  return (
    <Stack spacing={1} sx={{ height: 'calc(100vh - 120px)' }}>
      <QueryState query={query} label="Loading virtual machine" skeleton={<LinearProgress aria-label="Loading virtual machine" />}>
        {(vm) => (
          <>
            <Typography variant="h5" component="h1">Console of {String(vm.name ?? id)}</Typography>
            <VncConsole vm={vm} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
