// /vms/:id — general information and one tab per sub-collection (the open tab is in the URL).
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import QueryState from '../../components/QueryState';
import { detailQuery } from '../../query';
import VmGeneral from './VmGeneral';
import VmSubPanel from './VmSubPanel';
import { VM_TABS } from './vmSubTables';

export default function VmDetailPage() {
  const id = useParams().id ?? '';
  const [sp, setSp] = useSearchParams();
  const query = useQuery(detailQuery('vms', id));
  const tab = VM_TABS.find((t) => t.sub === sp.get('tab')) ?? VM_TABS[0];

  return (
    <QueryState query={query} label="Loading virtual machine">
      {(vm) => (
        <Stack spacing={2}>
          <Typography variant="h5" component="h1">{String(vm.name ?? id)}</Typography>
          <Paper variant="outlined" sx={{ p: 2 }}><VmGeneral vm={vm} /></Paper>
          <Paper variant="outlined">
            <Tabs value={tab.sub} onChange={(_e, v: string) => setSp({ tab: v }, { replace: true })} variant="scrollable" aria-label="Virtual machine details">
              {VM_TABS.map((t) => <Tab key={t.sub} value={t.sub} label={t.label} id={`vm-tab-${t.sub}`} aria-controls={`vm-panel-${t.sub}`} />)}
            </Tabs>
            <div role="tabpanel" id={`vm-panel-${tab.sub}`} aria-labelledby={`vm-tab-${tab.sub}`} style={{ padding: 16 }}>
              <VmSubPanel key={tab.sub} vmId={id} tab={tab} />
            </div>
          </Paper>
        </Stack>
      )}
    </QueryState>
  );
}
