// Watchdog devices (guide Table 6.1): add, edit (model, action), remove.
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import QueryState from '../../components/QueryState';
import SubTable from '../../components/SubTable';
import { humanize } from '../../components/format';
import type { XmlObject } from '../../xsd/parse';
import AddDeviceDialog from './AddDeviceDialog';
import ConfirmDialog from './ConfirmDialog';
import { useDevices } from './useDevices';
import { deviceRequest, itemHref, subPath } from './vmRequests';
import { t } from '../../i18n';

export default function VmWatchdogsTab({ vm }: { vm: XmlObject }) {
  const query = useDevices(String(vm.id), 'watchdogs');
  const [dialog, setDialog] = useState<ReactNode>(null);
  const close = () => setDialog(null);
  const base = subPath(vm, 'watchdogs');
  return (
    <Stack spacing={2}>
      <Stack direction="row"><Button variant="outlined" onClick={() => setDialog(<AddDeviceDialog vm={vm} sub="watchdogs" onClose={close} />)}>{t('Add watchdog')}</Button></Stack>
      <QueryState query={query} label={t('Loading watchdogs')} isEmpty={(i) => i.length === 0} empty={<Typography color="text.secondary">{t('No watchdog.')}</Typography>}>
        {(items) => (
          <SubTable label={t('Watchdogs')} items={items} columns={[
            { header: t('Model'), value: (w) => w.model ?? '' },
            { header: t('Action'), value: (w) => humanize(w.action) },
            { header: t('Actions'), value: (w) => (
              <Stack direction="row" spacing={0.5} role="group" aria-label={t('Actions for watchdog {{value}}', { value: String(w.model ?? '') })}>
                <Button size="small" onClick={() => setDialog(<AddDeviceDialog vm={vm} sub="watchdogs" item={w} onClose={close} />)}>{t('Edit')}</Button>
                <Button size="small" color="error" onClick={() => setDialog(
                  <ConfirmDialog title={t('Remove watchdog')} submitLabel={t('Remove')} onClose={close} text={`The ${String(w.model ?? '')} watchdog will be removed.`}
                    request={deviceRequest(vm, 'Remove watchdog', 'DELETE', itemHref(base, w))} />)}>{t('Remove')}</Button>
              </Stack>
            ) },
          ]} />
        )}
      </QueryState>
      {dialog}
    </Stack>
  );
}
