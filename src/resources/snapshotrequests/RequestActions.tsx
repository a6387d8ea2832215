// The buttons a request offers in its current state: Cancel before it runs, Delete now once taken.
import Button from '@mui/material/Button';
import { useState } from 'react';
import ConfirmActionDialog from './ConfirmActionDialog';
import { useCancelRequest, useDeleteNow } from './queries';
import type { SnapshotRequest } from './requestsApi';
import { t } from '../../i18n';

export default function RequestActions({ request: r }: { request: SnapshotRequest }) {
  const [open, setOpen] = useState<'cancel' | 'delete' | undefined>();
  const cancel = useCancelRequest();
  const deleteNow = useDeleteNow();
  const m = open === 'cancel' ? cancel : deleteNow;
  const close = () => { setOpen(undefined); cancel.reset(); deleteNow.reset(); };
  const run = () => m.mutate({ id: r.id, vmId: r.vm_uuid }, { onSuccess: close });
  return (
    <>
      {r.can_cancel ? <Button size="small" onClick={() => setOpen('cancel')} aria-label={t('Cancel {{name}}', { name: r.snapshot.name })}>{t('Cancel')}</Button> : null}
      {r.can_delete_now ? <Button size="small" color="error" onClick={() => setOpen('delete')} aria-label={t('Delete snapshot {{name}} now', { name: r.snapshot.name })}>{t('Delete now')}</Button> : null}
      <ConfirmActionDialog
        open={open !== undefined}
        title={open === 'cancel' ? t('Cancel request {{name}}?', { name: r.snapshot.name }) : t('Delete snapshot {{name}} now?', { name: r.snapshot.name })}
        text={open === 'cancel'
          ? `No snapshot of ${r.vm_name} will be taken for this request.`
          : `The snapshot of ${r.vm_name} is deleted now instead of at ${new Date(r.snapshot.to_date).toLocaleString()}. It cannot be undone.`}
        confirmLabel={open === 'cancel' ? t('Cancel request') : t('Delete snapshot')}
        pending={m.isPending}
        error={m.error}
        onConfirm={run}
        onClose={close}
      />
    </>
  );
}
