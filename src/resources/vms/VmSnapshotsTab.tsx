// Snapshots (guide 15.6.5): take, restore, preview then commit or undo, clone a new VM, delete; and the backup
// sequence of guide 8.1 as a guided dialog.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import QueryState from '../../components/QueryState';
import StatusChip from '../../components/StatusChip';
import SubTable from '../../components/SubTable';
import { formatDate, humanize } from '../../components/format';
import type { XmlObject } from '../../xsd/parse';
import BackupDialog from './BackupDialog';
import ConfirmDialog from './ConfirmDialog';
import InlineFailure from './InlineFailure';
import { CloneFromSnapshotDialog, CreateSnapshotDialog } from './SnapshotDialogs';
import { useDevices } from './useDevices';
import { useInlineTask } from './useInlineTask';
import { deviceRequest, itemHref, subPath, vmAction } from './vmRequests';
import { t } from '../../i18n';

export default function VmSnapshotsTab({ vm }: { vm: XmlObject }) {
  const query = useDevices(String(vm.id), 'snapshots');
  const { run, busy, failure } = useInlineTask();
  const [dialog, setDialog] = useState<ReactNode>(null);
  const close = () => setDialog(null);
  const base = subPath(vm, 'snapshots');
  const down = String(vm.status?.state) === 'down';
  const previewing = (query.data ?? []).find((s) => s.snapshot_status === 'in_preview');

  const actions = (s: XmlObject) => {
    if (s.type === 'active') return null; // the VM's current state, not a snapshot one can act on
    const d = `"${String(s.description ?? '')}"`;
    const locked = s.snapshot_status === 'locked';
    const off = !!busy || locked || !down || !!previewing;
    return (
      <Stack direction="row" spacing={0.5} role="group" aria-label={t('Actions for snapshot {{d}}', { d })} sx={{ flexWrap: 'wrap' }}>
        <Button size="small" disabled={off} onClick={() => setDialog(
          <ConfirmDialog title={t('Restore snapshot {{d}}', { d })} submitLabel={t('Restore')} onClose={close}
            text={`${String(vm.name)} returns to the state of ${d}; changes made since are lost.`}
            request={deviceRequest(vm, `Restore snapshot ${d}`, 'POST', `${itemHref(base, s)}/restore`, { root: 'action', value: {} })} />)}>{t('Restore')}</Button>
        <Button size="small" disabled={off}
          onClick={() => void run(vmAction(vm, 'preview_snapshot', `Preview snapshot ${d} of`, { snapshot: { id: s.id } }))}>{t('Preview')}</Button>
        <Button size="small" disabled={locked || !down} onClick={() => setDialog(<CloneFromSnapshotDialog vm={vm} snapshot={s} onClose={close} />)}>{t('Clone VM')}</Button>
        <Button size="small" disabled={locked} onClick={() => setDialog(<BackupDialog vm={vm} snapshot={s} onClose={close} />)}>{t('Back up')}</Button>
        <Button size="small" color="error" disabled={locked || s.snapshot_status === 'in_preview'} onClick={() => setDialog(
          <ConfirmDialog title={t('Delete snapshot {{d}}', { d })} submitLabel={t('Delete')} onClose={close} typeName={String(s.description ?? '')}
            text={`The snapshot ${d} will be deleted; the VM itself stays as it is.`}
            request={deviceRequest(vm, `Delete snapshot ${d}`, 'DELETE', itemHref(base, s))} />)}>{t('Delete')}</Button>
      </Stack>
    );
  };

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" onClick={() => setDialog(<CreateSnapshotDialog vm={vm} onClose={close} />)}>{t('Take snapshot')}</Button>
        <Button variant="outlined" onClick={() => setDialog(<BackupDialog vm={vm} onClose={close} />)}>{t('Back up (guided)')}</Button>
      </Stack>
      {previewing ? (
        <Alert severity="info" action={
          <Stack direction="row" spacing={1}>
            <Button size="small" disabled={!!busy || !down} onClick={() => void run(vmAction(vm, 'commit_snapshot', 'Commit previewed snapshot of'))}>{t('Commit')}</Button>
            <Button size="small" disabled={!!busy || !down} onClick={() => void run(vmAction(vm, 'undo_snapshot', 'Undo snapshot preview of'))}>{t('Undo')}</Button>
          </Stack>}>
          {t('Previewing “{{value}}”: commit to keep it, or undo to return to the state before.', { value: String(previewing.description ?? '') })} </Alert>
      ) : null}
      {!down ? <Typography variant="body2" color="text.secondary">{t('Restore, preview and clone need the VM down.')}</Typography> : null}
      <InlineFailure failure={failure} />
      <QueryState query={query} label={t('Loading snapshots')} isEmpty={(i) => i.length === 0} empty={<Typography color="text.secondary">{t('No snapshots.')}</Typography>}>
        {(items) => (
          <SubTable label={t('Snapshots')} items={items} columns={[
            { header: t('Description'), value: (s) => s.description ?? '' },
            { header: t('Date'), value: (s) => formatDate(s.date) },
            { header: t('Type'), value: (s) => humanize(s.type) },
            { header: t('Memory'), value: (s) => (s.persist_memorystate === true ? 'Yes' : 'No') },
            { header: t('Status'), value: (s) => <StatusChip state={s.snapshot_status} /> },
            { header: t('Actions'), value: actions },
          ]} />
        )}
      </QueryState>
      {dialog}
    </Stack>
  );
}
