// Attach a floating disk (guide 15.6.1.4): POST <vm>/disks with `<disk id="…"><active>true</active></disk>`.
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatBytes } from '../../components/format';
import { allQuery } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import TaskDialog from './TaskDialog';
import { deviceRequest, itemName, subPath, vmName } from './vmRequests';
import { t } from '../../i18n';

export default function AttachDiskDialog({ vm, onClose }: { vm: XmlObject; onClose: () => void }) {
  const disks = useQuery({ ...allQuery('disks'), staleTime: 0 });
  // A floating disk belongs to no VM; shareable disks may be attached to several.
  const free = (disks.data ?? []).filter((d) => !d.vm?.id || (d.shareable === true && d.vm.id !== vm.id));
  const [id, setId] = useState('');
  const [active, setActive] = useState(true);
  const disk = free.find((d) => d.id === id);
  return (
    <TaskDialog open onClose={onClose} title={t('Attach a disk to {{vm}}', { vm: vmName(vm) })} submitLabel={t('Attach')}
      request={() => (disk ? deviceRequest(vm, `Attach disk ${itemName(disk)}`, 'POST', subPath(vm, 'disks'),
        { root: 'disk', value: { id: disk.id, active } }) : 'Choose a disk.')}>
      <TextField select fullWidth size="small" label={t('Floating disk')} value={disk ? id : ''} onChange={(e) => setId(e.target.value)}
        helperText={disks.isPending ? t('Loading disks…') : free.length ? undefined : t('There is no floating disk')}>
        {free.map((d) => <MenuItem key={String(d.id)} value={String(d.id)}>{`${itemName(d)} (${formatBytes(d.provisioned_size ?? d.size)})`}</MenuItem>)}
      </TextField>
      <FormControlLabel label={t('Activate (plug) it')} control={<Checkbox checked={active} onChange={(e) => setActive(e.target.checked)} />} />
    </TaskDialog>
  );
}
