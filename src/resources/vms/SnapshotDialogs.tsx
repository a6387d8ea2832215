// Take a snapshot (guide 15.6.5.1: description, optionally the memory state of a running VM) and clone a new VM
// from one (15.6.5.2: POST /vms with <snapshots><snapshot id/></snapshots>).
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { allQuery } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import TaskDialog from './TaskDialog';
import { deviceRequest, subPath, vmName } from './vmRequests';
import { t } from '../../i18n';

export function CreateSnapshotDialog({ vm, onClose }: { vm: XmlObject; onClose: () => void }) {
  const running = String(vm.status?.state) === 'up';
  const [description, setDescription] = useState('');
  const [memory, setMemory] = useState(false);
  return (
    <TaskDialog open onClose={onClose} title={t('Take a snapshot of {{vm}}', { vm: vmName(vm) })} submitLabel={t('Take snapshot')}
      request={() => (description.trim() ? deviceRequest(vm, `Snapshot "${description.trim()}"`, 'POST', subPath(vm, 'snapshots'),
        { root: 'snapshot', value: { description: description.trim(), ...(memory ? { persist_memorystate: true } : {}) } }) : 'A description is required.')}>
      <TextField size="small" fullWidth required autoFocus label={t('Description')} value={description} onChange={(e) => setDescription(e.target.value)} />
      <FormControlLabel disabled={!running} label={running ? t('Save memory (the running state, restorable later)') : t('Save memory (only for a running VM)')}
        control={<Checkbox checked={memory && running} onChange={(e) => setMemory(e.target.checked)} />} />
    </TaskDialog>
  );
}

export function CloneFromSnapshotDialog({ vm, snapshot, onClose }: { vm: XmlObject; snapshot: XmlObject; onClose: () => void }) {
  const clusters = useQuery(allQuery('clusters'));
  const [name, setName] = useState(`${vmName(vm)}-clone`);
  const [cluster, setCluster] = useState(String(vm.cluster?.id ?? ''));
  return (
    <TaskDialog open onClose={onClose} title={t('New VM from snapshot "{{value}}"', { value: String(snapshot.description ?? '') })} submitLabel={t('Create VM')}
      request={() => (name.trim() && cluster ? {
        label: t('Create VM {{value}} from a snapshot of {{vm}}', { value: name.trim(), vm: vmName(vm) }), method: 'POST', path: '/vms',
        body: { root: 'vm', value: {
          name: name.trim(), cluster: { id: cluster }, ...(vm.template?.id ? { template: { id: vm.template.id } } : {}),
          snapshots: { snapshot: [{ id: snapshot.id }] },
        } },
        target: { collection: 'vms', name: name.trim() },
      } : 'A name and a cluster are required.')}>
      <TextField size="small" fullWidth required label={t('Name of the new VM')} value={name} onChange={(e) => setName(e.target.value)} />
      <TextField select size="small" fullWidth required label={t('Cluster')} value={(clusters.data ?? []).some((c) => c.id === cluster) ? cluster : ''}
        onChange={(e) => setCluster(e.target.value)}>
        {(clusters.data ?? []).map((c) => <MenuItem key={String(c.id)} value={String(c.id)}>{String(c.name)}</MenuItem>)}
      </TextField>
    </TaskDialog>
  );
}
