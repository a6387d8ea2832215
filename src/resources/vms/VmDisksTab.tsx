// Disks of a VM (guide 15.6.1): add a new one (the disk form), attach a floating disk, hot-plug and unplug
// (15.6.1.5 activate/deactivate), resize (PUT provisioned_size, allowed while in use), move to another storage
// domain (RSDL vms/{vm}/disks/{disk}/move), detach keeping the disk (8.1 step 6), remove.
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import QueryState from '../../components/QueryState';
import StatusChip from '../../components/StatusChip';
import SubTable from '../../components/SubTable';
import { formatBytes } from '../../components/format';
import type { XmlObject } from '../../xsd/parse';
import AddDeviceDialog from './AddDeviceDialog';
import AttachDiskDialog from './AttachDiskDialog';
import ConfirmDialog from './ConfirmDialog';
import { MoveDiskDialog, ResizeDiskDialog } from './DiskDialogs';
import InlineFailure from './InlineFailure';
import { useDevices } from './useDevices';
import { useInlineTask } from './useInlineTask';
import { deviceRequest, itemHref, itemName, subPath } from './vmRequests';
import { t } from '../../i18n';

const yesNo = (v: unknown) => (v === true ? 'Yes' : v === false ? 'No' : '');

export default function VmDisksTab({ vm }: { vm: XmlObject }) {
  const id = String(vm.id);
  const query = useDevices(id, 'disks');
  const { run, busy, failure } = useInlineTask();
  const [dialog, setDialog] = useState<ReactNode>(null);
  const close = () => setDialog(null);
  const base = subPath(vm, 'disks');

  const actions = (d: XmlObject) => {
    const href = itemHref(base, d);
    const name = itemName(d);
    const plugged = d.active !== false;
    const locked = d.status?.state === 'locked';
    return (
      <Stack direction="row" spacing={0.5} role="group" aria-label={t('Actions for {{name}}', { name })} sx={{ flexWrap: 'wrap' }}>
        <Button size="small" disabled={!!busy || locked}
          onClick={() => void run(deviceRequest(vm, `${plugged ? 'Deactivate' : 'Activate'} disk ${name}`, 'POST', `${href}/${plugged ? 'deactivate' : 'activate'}`, { root: 'action', value: {} }))}>
          {plugged ? t('Deactivate') : t('Activate')}
        </Button>
        <Button size="small" disabled={locked} onClick={() => setDialog(<ResizeDiskDialog vm={vm} disk={d} href={href} onClose={close} />)}>{t('Resize')}</Button>
        <Button size="small" disabled={locked} onClick={() => setDialog(<MoveDiskDialog vm={vm} disk={d} href={href} onClose={close} />)}>{t('Move')}</Button>
        <Button size="small" disabled={locked} onClick={() => setDialog(
          <ConfirmDialog title={t('Detach {{name}}', { name })} submitLabel={t('Detach')} onClose={close}
            text={`${name} leaves ${String(vm.name)} and stays as a floating disk (nothing is deleted).`}
            request={deviceRequest(vm, `Detach disk ${name}`, 'DELETE', href, { root: 'action', value: { detach: true } })} />)}>{t('Detach')}</Button>
        <Button size="small" color="error" disabled={locked} onClick={() => setDialog(
          <ConfirmDialog title={t('Remove {{name}}', { name })} submitLabel={t('Remove')} typeName={name} onClose={close}
            text={`${name} and its data will be deleted. This cannot be undone.`}
            request={deviceRequest(vm, `Remove disk ${name}`, 'DELETE', href)} />)}>{t('Remove')}</Button>
      </Stack>
    );
  };

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" onClick={() => setDialog(<AddDeviceDialog vm={vm} sub="disks" onClose={close} />)}>{t('Add disk')}</Button>
        <Button variant="outlined" onClick={() => setDialog(<AttachDiskDialog vm={vm} onClose={close} />)}>{t('Attach existing disk')}</Button>
      </Stack>
      <InlineFailure failure={failure} />
      <QueryState query={query} label={t('Loading disks')} isEmpty={(i) => i.length === 0} empty={<Typography color="text.secondary">{t('No disks.')}</Typography>}>
        {(items) => (
          <SubTable label={t('Disks')} items={items} columns={[
            { header: t('Name'), value: itemName },
            { header: t('Size'), value: (d) => formatBytes(d.provisioned_size ?? d.size) },
            { header: t('Actual size'), value: (d) => formatBytes(d.actual_size) },
            { header: t('Interface'), value: (d) => d.interface ?? '' },
            { header: t('Bootable'), value: (d) => yesNo(d.bootable) },
            { header: t('Active'), value: (d) => yesNo(d.active ?? true) },
            { header: t('Status'), value: (d) => <StatusChip state={d.status?.state} /> },
            { header: t('Actions'), value: actions },
          ]} />
        )}
      </QueryState>
      {dialog}
    </Stack>
  );
}
