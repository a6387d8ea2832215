// Run once (guide 15.7.1-15.7.2): boot order, a CD from the ISO domain, stateless, paused, display type, a
// host, and cloud-init. Sent as `start` with a <vm>; the settings last until the VM stops. Boot devices and
// display types are what /capabilities lists for the VM's cluster version.
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { allQuery } from '../../query';
import { humanize } from '../../components/format';
import { useResourceCompat } from '../../components/form/useCompat';
import { useCapabilityValues } from '../../components/form/useEnumOptions';
import type { XmlObject } from '../../xsd/parse';
import IsoSelect from './IsoSelect';
import { emptyRunOnce, runOnceBody, type RunOnce } from './runOnceBody';
import TaskDialog from './TaskDialog';
import { vmAction, vmName } from './vmRequests';
import { t, tk } from '../../i18n';

/** The words for the boot devices the engine lists; another device shows as the engine spells it. */
const DEVICE_LABELS: Record<string, string> = { hd: tk('Hard disk'), cdrom: tk('CD-ROM'), network: tk('Network (PXE)') };
const deviceLabel = (dev: string) => (DEVICE_LABELS[dev] ? t(DEVICE_LABELS[dev]) : humanize(dev));

export default function RunOnceDialog({ vm, open, onClose }: { vm: XmlObject; open: boolean; onClose: () => void }) {
  const [r, setR] = useState<RunOnce>(() => emptyRunOnce(vm));
  const hosts = useQuery({ ...allQuery('hosts'), enabled: open });
  const compat = useResourceCompat(vm);
  const displayTypes = useCapabilityValues('display_types', compat);
  // The VM's own boot order stays offered while the capabilities load (or if this version does not list it).
  const devices = [...new Set([...useCapabilityValues('boot_devices', compat), ...r.boot])];
  const set = <K extends keyof RunOnce>(k: K, v: RunOnce[K]) => setR((old) => ({ ...old, [k]: v }));
  const setBoot = (i: number, dev: string) => {
    const next = [...r.boot];
    next[i] = dev;
    if (i === 0 && next[1] === dev) next[1] = '';
    set('boot', next.filter(Boolean));
  };
  const candidates = (hosts.data ?? []).filter((h) => h.status?.state === 'up' && (!vm.cluster?.id || h.cluster?.id === vm.cluster.id));
  const check = (k: 'stateless' | 'pause' | 'cloudInit', label: string) => (
    <FormControlLabel label={label} control={<Checkbox checked={r[k]} onChange={(e) => set(k, e.target.checked)} />} />
  );
  return (
    <TaskDialog open={open} onClose={onClose} title={t('Run {{vm}} once', { vm: vmName(vm) })} submitLabel={t('Run once')}
      request={() => (r.boot.includes('cdrom') && !r.iso ? 'Choose a CD image to boot from CD-ROM.' : vmAction(vm, 'start', 'Run once', runOnceBody(r)))}>
      <Stack direction="row" spacing={1}>
        {[0, 1].map((i) => (
          <TextField key={i} select size="small" fullWidth label={i === 0 ? t('First boot device') : t('Second boot device')}
            value={r.boot[i] ?? ''} onChange={(e) => setBoot(i, e.target.value)}>
            {i > 0 ? <MenuItem value=""><em>{t('None')}</em></MenuItem> : null}
            {devices.filter((d) => i === 0 || d !== r.boot[0]).map((d) => <MenuItem key={d} value={d}>{deviceLabel(d)}</MenuItem>)}
          </TextField>
        ))}
      </Stack>
      <IsoSelect value={r.iso} onChange={(v) => set('iso', v)} label={t('Attach CD')} />
      <Stack direction="row" spacing={1}>
        <TextField select size="small" fullWidth label={t('Display')} value={r.displayType} onChange={(e) => set('displayType', e.target.value)}>
          <MenuItem value=""><em>{t('As configured')}</em></MenuItem>
          {displayTypes.map((d) => <MenuItem key={d} value={d}>{humanize(d)}</MenuItem>)}
        </TextField>
        <TextField select size="small" fullWidth label={t('Run on host')} value={r.hostId} onChange={(e) => set('hostId', e.target.value)}
          helperText={hosts.isPending ? t('Loading hosts…') : undefined}>
          <MenuItem value=""><em>{t('Any host (engine chooses)')}</em></MenuItem>
          {candidates.map((h) => <MenuItem key={String(h.id)} value={String(h.id)}>{String(h.name)}</MenuItem>)}
        </TextField>
      </Stack>
      <Stack direction="row" spacing={2}>
        {check('stateless', 'Stateless (discard changes on shut down)')}
        {check('pause', 'Start paused')}
      </Stack>
      {check('cloudInit', 'Initialize with cloud-init')}
      {r.cloudInit ? (
        <Stack spacing={1.5}>
          <Stack direction="row" spacing={1}>
            <TextField size="small" fullWidth label={t('Host name')} value={r.hostName} onChange={(e) => set('hostName', e.target.value)} />
            <TextField size="small" fullWidth label={t('DNS servers')} value={r.dns} onChange={(e) => set('dns', e.target.value)} />
          </Stack>
          <Stack direction="row" spacing={1}>
            <TextField size="small" fullWidth label={t('User name')} value={r.userName} onChange={(e) => set('userName', e.target.value)} />
            <TextField size="small" fullWidth label={t('Password')} type="password" autoComplete="new-password" value={r.password} onChange={(e) => set('password', e.target.value)} />
          </Stack>
          <TextField size="small" fullWidth label={t('Authorized SSH keys')} multiline minRows={2} value={r.sshKey} onChange={(e) => set('sshKey', e.target.value)} />
          <TextField size="small" fullWidth label={t('Custom script')} multiline minRows={2} value={r.customScript} onChange={(e) => set('customScript', e.target.value)} />
        </Stack>
      ) : null}
    </TaskDialog>
  );
}
