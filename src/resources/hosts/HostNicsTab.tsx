// A host's NICs and bonds (guide 14.7.2) with its networking: select two NICs to bond them, attach a network
// to a NIC or detach one (14.7.2.3.1), remove a bond, then "Save network configuration" (14.8.8
// commitnetconfig) so the changes survive a reboot. Every change is a task; refusals show where the user acted.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { namesById } from '../../api';
import { performAction, type ActionOutcome } from '../../components/actions';
import { ConfirmRowDialog, itemPath } from '../../components/detail';
import ErrorAlert from '../../components/ErrorAlert';
import QueryState from '../../components/QueryState';
import StatusChip from '../../components/StatusChip';
import { formatStat } from '../../components/statistics';
import { allQuery, keys, subQuery } from '../../query';
import type { TaskRequest } from '../../tasks';
import type { XmlObject } from '../../xsd/parse';
import AttachNetworkDialog from './AttachNetworkDialog';
import CreateBondDialog from './CreateBondDialog';
import SetupNetworksDialog from './SetupNetworksDialog';
import { layoutOf } from './setupNetworksModel';
import { commitRequest, detachNetworkRequest, enslaved, isBond, networksByNic, removeBondRequest, slavesOf } from './hostNetworking';
import { t } from '../../i18n';

type Asking = { label: string; name: string; consequence: string; typeName: boolean; request: TaskRequest };
const nameOf = (o: XmlObject | undefined) => String(o?.name ?? o?.id ?? '');

export default function HostNicsTab({ host }: { host: XmlObject }) {
  const id = String(host.id);
  const nics = useQuery(subQuery('hosts', id, 'nics'));
  const attachments = useQuery({ ...subQuery('hosts', id, 'networkattachments'), retry: false });
  const clusterId = host.cluster?.id ? String(host.cluster.id) : '';
  const clusterNetworks = useQuery({ ...subQuery('clusters', clusterId, 'networks'), enabled: !!clusterId, retry: false });
  const allNetworks = useQuery({ ...allQuery('networks'), retry: false });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bonding, setBonding] = useState(false);
  const [attachTo, setAttachTo] = useState<XmlObject | null>(null);
  const [asking, setAsking] = useState<Asking | null>(null);
  const [commit, setCommit] = useState<{ busy: boolean; outcome?: ActionOutcome }>({ busy: false });
  const [settingUp, setSettingUp] = useState(false);
  // After setupnetworks the host runs a configuration it has not saved (guide 14.8.8) until commitnetconfig.
  const [unsaved, setUnsaved] = useState(false);
  const client = useQueryClient();
  // The engine decides what the host now has: re-read its NICs and attachments after every change.
  const refresh = () => {
    void client.invalidateQueries({ queryKey: keys.sub('hosts', id, 'nics') });
    void client.invalidateQueries({ queryKey: keys.sub('hosts', id, 'networkattachments') });
  };

  const all = nics.data ?? [];
  const slaves = enslaved(all);
  const byNic = networksByNic(all, attachments.data);
  const netName = (nid: string) => namesById(allNetworks.data ?? []).get(nid) ?? nid;
  const attachedIds = new Set([...byNic.values()].flat());
  // Networks the host may still carry: its cluster's (guide 12.4), else every network, minus what is attached.
  const free = (clusterNetworks.data ?? allNetworks.data ?? []).filter((n) => !attachedIds.has(String(n.id)));
  const chosen = all.filter((n) => selected.has(String(n.id)));
  const bondable = chosen.length >= 2 && chosen.every((n) => !isBond(n) && !slaves.has(String(n.id)));
  const toggle = (nid: string) => setSelected((old) => {
    const next = new Set(old);
    if (next.has(nid)) next.delete(nid); else next.add(nid);
    return next;
  });
  const attachmentOf = (nic: XmlObject, networkId: string) =>
    (attachments.data ?? []).find((a) => String(a.host_nic?.id) === String(nic.id) && String(a.network?.id) === networkId);
  const askDetach = (nic: XmlObject, networkId: string) => {
    const a = attachmentOf(nic, networkId);
    const name = netName(networkId);
    if (!a) return;
    setAsking({ label: t('Detach'), name, typeName: false, request: detachNetworkRequest(host, nic, a, name),
      consequence: `${name} is detached from ${nameOf(nic)} on ${nameOf(host)}; VMs on this host lose that network until it is attached again. Save the network configuration to keep the change after a reboot.` });
  };
  const askRemoveBond = (bond: XmlObject) => setAsking({
    label: t('Remove bond'), name: nameOf(bond), typeName: true, request: removeBondRequest(host, bond),
    consequence: `${nameOf(bond)} is removed and ${slavesOf(bond).map((s) => nameOf(all.find((n) => n.id === s.id) ?? s)).join(' and ')} become separate NICs; networks on the bond are detached.`,
  });
  const save = async () => {
    setCommit({ busy: true });
    const outcome = await performAction(commitRequest(host));
    setCommit({ busy: false, outcome });
    if (outcome.state === 'complete') setUnsaved(false);
  };

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button variant="contained" disabled={!nics.data} onClick={() => setSettingUp(true)}>{t('Set up networks')}</Button>
        <Button variant="outlined" disabled={!bondable} onClick={() => setBonding(true)}>{t('Create bond')}</Button>
        <Button variant="contained" disabled={commit.busy} onClick={() => void save()}>
          {commit.busy ? t('Saving…') : t('Save network configuration')}
        </Button>
        <Typography variant="body2" color="text.secondary">
          {chosen.length && !bondable ? t('A bond needs two or more NICs that are not bonds or in a bond.') : t('Select two NICs to bond them.')}
        </Typography>
      </Stack>
      {unsaved ? (
        <Alert severity="warning" action={<Button color="inherit" size="small" disabled={commit.busy} onClick={() => void save()}>{t('Save network configuration')}</Button>}>
          {t('The network configuration of {{host}} is not yet saved: it is lost when the host reboots.', { host: nameOf(host) })}
        </Alert>
      ) : null}
      {commit.outcome?.state === 'failed' ? (
        <Alert severity="error" role="alert" onClose={() => setCommit({ busy: false })}>
          {t('The network configuration was not saved: {{value}} {{value2}}', { value: commit.outcome.error?.reason ?? '', value2: commit.outcome.error?.detail ?? '' })}
        </Alert>
      ) : commit.outcome?.state === 'complete' ? (
        <Alert severity="success" onClose={() => setCommit({ busy: false })}>{t('The network configuration of {{host}} is saved.', { host: nameOf(host) })}</Alert>
      ) : null}
      {attachments.error && !nics.error ? <ErrorAlert error={attachments.error} title={t('Network attachments could not be read')} /> : null}
      <QueryState query={nics} label={t('Loading NICs')} isEmpty={(items) => items.length === 0}
        empty={<Typography color="text.secondary">{t('The host reports no network interfaces.')}</Typography>}>
        {(items) => (
          <Table size="small" aria-label={t('NICs and bonds')}>
            <TableHead>
              <TableRow>
                <TableCell padding="checkbox" />
                {['Name', 'Networks', 'MAC address', 'IP address', 'Speed', 'Bond', 'Status', 'Actions'].map((h) => <TableCell key={h}>{h}</TableCell>)}
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((n) => {
                const nid = String(n.id);
                const nets = byNic.get(nid) ?? [];
                return (
                  <TableRow key={nid} selected={selected.has(nid)}>
                    <TableCell padding="checkbox">
                      <Checkbox checked={selected.has(nid)} onChange={() => toggle(nid)} slotProps={{ input: { 'aria-label': t('Select {{n}}', { n: nameOf(n) }) } }} />
                    </TableCell>
                    <TableCell><Link component={RouterLink} to={itemPath('hosts', id, 'nics', nid)}>{nameOf(n)}</Link></TableCell>
                    <TableCell>
                      <Stack spacing={0.5}>
                        {nets.map((net) => (
                          <Stack key={net} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                            <Chip size="small" label={netName(net)} />
                            {attachmentOf(n, net) ? (
                              <Button size="small" color="error" onClick={() => askDetach(n, net)} aria-label={t('Detach {{net}} from {{n}}', { net: netName(net), n: nameOf(n) })}>{t('Detach')}</Button>
                            ) : null}
                          </Stack>
                        ))}
                      </Stack>
                    </TableCell>
                    <TableCell>{String(n.mac?.address ?? '')}</TableCell>
                    <TableCell>{String(n.ip?.address ?? '')}</TableCell>
                    <TableCell>{n.speed ? formatStat(Number(n.speed), 'BITS_PER_SECOND') : ''}</TableCell>
                    <TableCell>{isBond(n) ? t('Bond of {{value}}', { value: slavesOf(n).map((s) => nameOf(all.find((x) => x.id === s.id) ?? s)).join(', ') }) : slaves.has(nid) ? t('In a bond') : ''}</TableCell>
                    <TableCell><StatusChip state={n.status?.state} /></TableCell>
                    <TableCell>
                      <Stack direction="row" spacing={1} role="group" aria-label={t('Actions for {{n}}', { n: nameOf(n) })}>
                        {!slaves.has(nid) ? <Button size="small" variant="outlined" onClick={() => setAttachTo(n)}>{t('Attach network')}</Button> : null}
                        {isBond(n) ? <Button size="small" variant="outlined" color="error" onClick={() => askRemoveBond(n)}>{t('Remove bond')}</Button> : null}
                      </Stack>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </QueryState>
      {bonding ? (
        <CreateBondDialog host={host} nics={all} slaves={chosen} networks={free} onClose={() => setBonding(false)} onDone={() => { setSelected(new Set()); refresh(); }} />
      ) : null}
      {settingUp ? (
        <SetupNetworksDialog host={host} initial={layoutOf(all, attachments.data)} networks={clusterNetworks.data ?? allNetworks.data ?? []} netName={netName}
          onClose={() => setSettingUp(false)} onDone={() => { setUnsaved(true); setCommit({ busy: false }); refresh(); }} />
      ) : null}
      {attachTo ? <AttachNetworkDialog host={host} nic={attachTo} networks={free} onClose={() => setAttachTo(null)} onDone={refresh} /> : null}
      {asking ? (
        <ConfirmRowDialog label={asking.label} name={asking.name} consequence={asking.consequence} typeName={asking.typeName}
          onClose={() => setAsking(null)} run={() => performAction(asking.request)} onDone={refresh} />
      ) : null}
    </Stack>
  );
}
