// Network interfaces (guide 15.6.2): add and edit through the NIC form, plug/unplug (activate/deactivate),
// link state (PUT linked), remove.
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { namesById } from '../../api';
import QueryState from '../../components/QueryState';
import SubTable from '../../components/SubTable';
import { allQuery } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import AddDeviceDialog from './AddDeviceDialog';
import ConfirmDialog from './ConfirmDialog';
import InlineFailure from './InlineFailure';
import { useDevices } from './useDevices';
import { useInlineTask } from './useInlineTask';
import { deviceRequest, itemHref, itemName, subPath } from './vmRequests';
import { t } from '../../i18n';

export default function VmNicsTab({ vm }: { vm: XmlObject }) {
  const query = useDevices(String(vm.id), 'nics');
  const profiles = useQuery(allQuery('vnicprofiles'));
  const networks = useQuery(allQuery('networks'));
  const { run, busy, failure } = useInlineTask();
  const [dialog, setDialog] = useState<ReactNode>(null);
  const close = () => setDialog(null);
  const base = subPath(vm, 'nics');
  const profileNames = namesById(profiles.data ?? []);
  const networkNames = namesById(networks.data ?? []);

  const actions = (n: XmlObject) => {
    const href = itemHref(base, n);
    const name = itemName(n);
    const plugged = n.plugged !== false;
    const linked = n.linked !== false;
    return (
      <Stack direction="row" spacing={0.5} role="group" aria-label={t('Actions for {{name}}', { name })}>
        <Button size="small" onClick={() => setDialog(<AddDeviceDialog vm={vm} sub="nics" item={n} onClose={close} />)}>{t('Edit')}</Button>
        <Button size="small" disabled={!!busy} onClick={() => void run(deviceRequest(vm, `${plugged ? 'Unplug' : 'Plug'} ${name}`, 'POST',
          `${href}/${plugged ? 'deactivate' : 'activate'}`, { root: 'action', value: {} }))}>{plugged ? t('Unplug') : t('Plug')}</Button>
        <Button size="small" disabled={!!busy} onClick={() => void run(deviceRequest(vm, `${linked ? 'Link down' : 'Link up'} ${name}`, 'PUT', href,
          { root: 'nic', value: { linked: !linked } }))}>{linked ? t('Link down') : t('Link up')}</Button>
        <Button size="small" color="error" onClick={() => setDialog(
          <ConfirmDialog title={t('Remove {{name}}', { name })} submitLabel={t('Remove')} typeName={name} onClose={close}
            text={`The network interface ${name} will be removed from ${String(vm.name)}.`}
            request={deviceRequest(vm, `Remove NIC ${name}`, 'DELETE', href)} />)}>{t('Remove')}</Button>
      </Stack>
    );
  };

  return (
    <Stack spacing={2}>
      <Stack direction="row"><Button variant="outlined" onClick={() => setDialog(<AddDeviceDialog vm={vm} sub="nics" onClose={close} />)}>{t('Add NIC')}</Button></Stack>
      <InlineFailure failure={failure} />
      <QueryState query={query} label={t('Loading NICs')} isEmpty={(i) => i.length === 0} empty={<Typography color="text.secondary">{t('No network interfaces.')}</Typography>}>
        {(items) => (
          <SubTable label={t('NICs')} items={items} columns={[
            { header: t('Name'), value: itemName },
            { header: t('Profile / network'), value: (n) => (n.vnic_profile?.id ? profileNames.get(n.vnic_profile.id) ?? n.vnic_profile.id : n.network?.id ? networkNames.get(n.network.id) ?? n.network.id : 'Empty') },
            { header: t('MAC address'), value: (n) => n.mac?.address ?? '' },
            { header: t('Type'), value: (n) => n.interface ?? '' },
            { header: t('Card'), value: (n) => (n.plugged === false ? 'Unplugged' : 'Plugged') },
            { header: t('Link'), value: (n) => (n.linked === false ? 'Down' : 'Up') },
            { header: t('Actions'), value: actions },
          ]} />
        )}
      </QueryState>
      {dialog}
    </Stack>
  );
}
