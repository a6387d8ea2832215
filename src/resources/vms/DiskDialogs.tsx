// Resize (guide 15.6.1.1: PUT provisioned_size, also while the disk is in use; sizes only grow) and move to
// another data domain (RSDL vms/{vm}/disks/{disk}/move with <storage_domain id/>; live storage migration).
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatBytes } from '../../components/format';
import { allQuery } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import TaskDialog from './TaskDialog';
import { deviceRequest, itemName } from './vmRequests';
import { t } from '../../i18n';

const GiB = 1024 ** 3;

interface Props { vm: XmlObject; disk: XmlObject; href: string; onClose: () => void }

export function ResizeDiskDialog({ vm, disk, href, onClose }: Props) {
  const current = Number(disk.provisioned_size ?? disk.size ?? 0);
  const [gib, setGib] = useState(String(Math.ceil(current / GiB) + 1));
  const bytes = Math.round(Number(gib) * GiB);
  const bad = !Number.isFinite(bytes) || bytes <= current;
  return (
    <TaskDialog open onClose={onClose} title={t('Resize {{disk}}', { disk: itemName(disk) })} submitLabel={t('Resize')}
      request={() => (bad ? `The new size must be larger than ${formatBytes(current)}.`
        : deviceRequest(vm, `Resize disk ${itemName(disk)} to ${gib} GiB`, 'PUT', href, { root: 'disk', value: { provisioned_size: bytes } }))}>
      <TextField size="small" type="number" label={t('New size (GiB)')} value={gib} onChange={(e) => setGib(e.target.value)}
        error={gib !== '' && bad} helperText={t('Now {{current}}; a disk can only grow.', { current: formatBytes(current) })}
        slotProps={{ htmlInput: { min: 1, step: 1 } }} />
    </TaskDialog>
  );
}

export function MoveDiskDialog({ vm, disk, href, onClose }: Props) {
  const domains = useQuery(allQuery('storagedomains'));
  const here = new Set([].concat(disk.storage_domains?.storage_domain ?? []).map((s: XmlObject) => String(s.id)));
  const targets = (domains.data ?? []).filter((d) => d.type === 'data' && !here.has(String(d.id)));
  const [sd, setSd] = useState('');
  return (
    <TaskDialog open onClose={onClose} title={t('Move {{disk}}', { disk: itemName(disk) })} submitLabel={t('Move')}
      request={() => (sd ? deviceRequest(vm, `Move disk ${itemName(disk)}`, 'POST', `${href}/move`, { root: 'action', value: { storage_domain: { id: sd } } })
        : 'Choose a storage domain.')}>
      <TextField select fullWidth size="small" label={t('Target storage domain')} value={sd} onChange={(e) => setSd(e.target.value)}
        helperText={domains.isPending ? t('Loading storage domains…') : targets.length ? t('A running VM keeps running (live storage migration).') : t('No other data domain')}>
        {targets.map((d) => <MenuItem key={String(d.id)} value={String(d.id)}>{String(d.name)}</MenuItem>)}
      </TextField>
    </TaskDialog>
  );
}
