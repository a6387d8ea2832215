// Migrate (guide 15.7.9): to a chosen host of the VM's cluster (live list, its current host left out) or
// wherever the engine's scheduler decides.
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { allQuery } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import TaskDialog from './TaskDialog';
import { vmAction, vmName } from './vmRequests';
import { t } from '../../i18n';

export default function MigrateDialog({ vm, open, onClose }: { vm: XmlObject; open: boolean; onClose: () => void }) {
  const [hostId, setHostId] = useState('');
  const [force, setForce] = useState(false);
  const hosts = useQuery({ ...allQuery('hosts'), enabled: open, refetchInterval: open ? 10_000 : false });
  const here = (hosts.data ?? []).find((h) => h.id === vm.host?.id);
  const targets = (hosts.data ?? []).filter((h) => h.id !== vm.host?.id && h.status?.state === 'up' && (!vm.cluster?.id || h.cluster?.id === vm.cluster.id));
  return (
    <TaskDialog open={open} onClose={onClose} title={t('Migrate {{vm}}', { vm: vmName(vm) })} submitLabel={t('Migrate')}
      request={() => vmAction(vm, 'migrate', 'Migrate', { ...(hostId ? { host: { id: hostId } } : {}), ...(force ? { force: true } : {}) })}>
      <TextField select size="small" fullWidth label={t('Destination host')} value={hostId} onChange={(e) => setHostId(e.target.value)}
        helperText={t('Now on {{value}}{{value2}}', { value: here ? String(here.name) : vm.host?.id ?? 'no host', value2: hosts.isPending ? ' · loading hosts…' : targets.length ? '' : ' · no other host is up in this cluster' })}>
        <MenuItem value=""><em>{t('Automatic (the engine chooses)')}</em></MenuItem>
        {targets.map((h) => <MenuItem key={String(h.id)} value={String(h.id)}>{String(h.name)}</MenuItem>)}
      </TextField>
      <FormControlLabel label={t('Force (even if the VM is marked non-migratable)')} control={<Checkbox checked={force} onChange={(e) => setForce(e.target.checked)} />} />
    </TaskDialog>
  );
}
