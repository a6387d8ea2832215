// Export (guide 15.7.11) to an export storage domain; `exclusive` overwrites a VM of the same name there,
// `discard_snapshots` collapses the snapshots.
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

export default function ExportDialog({ vm, open, onClose }: { vm: XmlObject; open: boolean; onClose: () => void }) {
  const domains = useQuery({ ...allQuery('storagedomains'), enabled: open });
  const exportDomains = (domains.data ?? []).filter((d) => d.type === 'export');
  const [sd, setSd] = useState('');
  const [exclusive, setExclusive] = useState(false);
  const [discard, setDiscard] = useState(false);
  const chosen = sd || (exportDomains.length === 1 ? String(exportDomains[0].id) : '');
  return (
    <TaskDialog open={open} onClose={onClose} title={t('Export {{vm}}', { vm: vmName(vm) })} submitLabel={t('Export')}
      request={() => (chosen ? vmAction(vm, 'export', 'Export', {
        storage_domain: { id: chosen }, ...(exclusive ? { exclusive: true } : {}), ...(discard ? { discard_snapshots: true } : {}),
      }) : 'Choose an export domain.')}>
      <TextField select size="small" fullWidth required label={t('Export domain')} value={chosen} onChange={(e) => setSd(e.target.value)}
        helperText={domains.isPending ? t('Loading storage domains…') : exportDomains.length ? undefined : t('There is no export domain')}>
        {exportDomains.map((d) => <MenuItem key={String(d.id)} value={String(d.id)}>{String(d.name)}</MenuItem>)}
      </TextField>
      <FormControlLabel label={t('Overwrite a VM of the same name (exclusive)')} control={<Checkbox checked={exclusive} onChange={(e) => setExclusive(e.target.checked)} />} />
      <FormControlLabel label={t('Collapse snapshots (discard_snapshots)')} control={<Checkbox checked={discard} onChange={(e) => setDiscard(e.target.checked)} />} />
    </TaskDialog>
  );
}
