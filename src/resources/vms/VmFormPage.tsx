// Create or edit a virtual machine (guide 15.5.1, 15.5.2). Creation paths: from a template, optionally with
// its disks cloned (15.6.1.2 `<disks><clone>`), or from a snapshot of another VM (15.6.5.2). The Initialization
// section asks for cloud-init or Sysprep (Table 15.1 `initialization`), defaulting from the OS type.
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import RefPicker from '../../components/form/RefPicker';
import ResourceFormPage, { useFormRoute } from '../../components/form/ResourceFormPage';
import type { FormValue } from '../../schema';
import { t, tk } from '../../i18n';

type Source = 'template' | 'snapshot';

/** guide 15.6.5.2: a VM from a snapshot still names a template, the Blank one. */
const BLANK_TEMPLATE = '00000000-0000-0000-0000-000000000000';
const SOURCE_VM = { path: 'source_vm', label: tk('Source virtual machine'), type: 'ref', ref: 'vms', group: 'General',
  help: tk('The virtual machine whose snapshot the new one is made from.') } as const;

export default function VmFormPage({ mode }: { mode: 'create' | 'edit' }) {
  const route = useFormRoute();
  const [source, setSource] = useState<Source>('template');
  const [sourceVm, setSourceVm] = useState<string>();
  if (mode === 'edit') return <ResourceFormPage mode="edit" route={{ collection: 'vms', id: route.id }} afterSave="/vms" />;

  const header = ({ set }: { set: (path: string, v: FormValue) => void }) => (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack spacing={2}>
        <FormControl>
          <FormLabel id="vm-source">{t('Create from')}</FormLabel>
          <RadioGroup row aria-labelledby="vm-source" value={source} onChange={(e) => {
            const next = e.target.value as Source;
            setSource(next);
            if (next === 'snapshot') set('template', BLANK_TEMPLATE);
          }}>
            <FormControlLabel value="template" control={<Radio />} label={t('A template')} />
            <FormControlLabel value="snapshot" control={<Radio />} label={t('A snapshot of another virtual machine')} />
          </RadioGroup>
        </FormControl>
        {source === 'snapshot' ? (
          <RefPicker el={SOURCE_VM} value={sourceVm} required disabled={false}
            onChange={(v) => { setSourceVm(typeof v === 'string' ? v : undefined); set('snapshots.snapshot', []); }} />
        ) : null}
      </Stack>
    </Paper>
  );
  return (
    <ResourceFormPage
      mode="create"
      route={{ collection: 'vms' }}
      afterSave="/vms"
      extra={{
        header,
        hidden: source === 'template' ? ['snapshots.snapshot'] : ['disks.clone', 'permissions.clone'],
        required: source === 'snapshot' ? ['snapshots.snapshot'] : [],
        // Until a source VM is chosen the snapshot list is empty (and the snapshot stays required).
        refSources: { 'snapshots.snapshot': { collection: 'vms', id: sourceVm ?? '', sub: 'snapshots', waitingFor: 'source virtual machine',
          // The "Active VM" snapshot is the VM as it runs now, not a saved state: the engine clones only a taken snapshot.
          exclude: (s) => s.type === 'active' } },
      }}
    />
  );
}
