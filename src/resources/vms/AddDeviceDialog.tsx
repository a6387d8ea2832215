// Add or edit a VM device through the one form engine (ResourceForm, driven by the element table of `sub`):
// disks (guide 15.6.1, Ex. 15.12), NICs (15.6.2), watchdogs.
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import ResourceForm from '../../components/form/ResourceForm';
import { tableFor, type FormValues } from '../../schema';
import type { XmlObject } from '../../xsd/parse';
import { subPath, vmName } from './vmRequests';
import { t } from '../../i18n';

const DEFAULTS: Record<string, FormValues> = {
  disks: { interface: 'virtio', format: 'cow', sparse: true, active: true },
  nics: { interface: 'virtio', linked: true, plugged: true },
  watchdogs: { model: 'i6300esb', action: 'reset' },
};

interface Props { vm: XmlObject; sub: 'disks' | 'nics' | 'watchdogs'; item?: XmlObject; onClose: () => void }

export default function AddDeviceDialog({ vm, sub, item, onClose }: Props) {
  const table = tableFor(sub);
  if (!table) return null;
  const what = table.label.replace(/s$/, '').toLowerCase();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{item ? t('Edit {{what}} {{value}}', { what, value: String(item.name ?? item.alias ?? '') }) : t('Add {{what}} to {{vm}}', { what, vm: vmName(vm) })}</DialogTitle>
      <DialogContent>
        <ResourceForm table={table} mode={item ? 'edit' : 'create'} collectionPath={subPath(vm, sub)} collection="vms"
          initial={item} defaults={item ? undefined : DEFAULTS[sub]} onSaved={onClose} onCancel={onClose}
          submitLabel={item ? t('Save') : t('Add')} />
      </DialogContent>
    </Dialog>
  );
}
