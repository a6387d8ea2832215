// Guide 8.1 as a guided sequence: snapshot → attach its disks to the backup VM → (the user backs up) → detach →
// delete the snapshot. Each step runs when the user says so; a failure stays on its step with Retry.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepContent from '@mui/material/StepContent';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { errorText } from '../../components/ErrorAlert';
import { allQuery } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import { attachSnapshotDisk, deleteSnapshot, detachDisk, snapshotDisks, takeSnapshot } from './backupFlow';
import { itemName, vmName } from './vmRequests';
import { t } from '../../i18n';

const STEPS = ['Take a snapshot', 'Attach its disks to the backup VM', 'Back up the data', 'Detach the disks', 'Delete the snapshot'];

export default function BackupDialog({ vm, snapshot: given, onClose }: { vm: XmlObject; snapshot?: XmlObject; onClose: () => void }) {
  const vms = useQuery(allQuery('vms'));
  const [step, setStep] = useState(given ? 1 : 0);
  const [description, setDescription] = useState(`BACKUP ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`);
  const [snapshot, setSnapshot] = useState<XmlObject | undefined>(given);
  const [backupId, setBackupId] = useState('');
  const [disks, setDisks] = useState<XmlObject[]>([]);
  const [note, setNote] = useState<string>();
  const [removeSnapshot, setRemoveSnapshot] = useState(!given);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ reason: string; detail: string }>();
  const backupVm = (vms.data ?? []).find((v) => v.id === backupId);
  const others = (vms.data ?? []).filter((v) => v.id !== vm.id);

  const go = async (fn: () => Promise<void>, next: number) => {
    setBusy(true);
    setError(undefined);
    try {
      await fn();
      setStep(next);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const steps: Record<number, () => Promise<void>> = {
    0: async () => setSnapshot(await takeSnapshot(vm, description)),
    1: async () => {
      if (!backupVm || !snapshot) throw new Error('Choose the backup VM');
      const found = await snapshotDisks(vm, snapshot);
      setNote(found.fromVm ? 'The engine does not list snapshot disks; the VM\'s disk ids were used (they are the same).' : undefined);
      for (const d of found.disks) await attachSnapshotDisk(backupVm, d, snapshot);
      setDisks(found.disks);
    },
    2: async () => undefined,
    3: async () => { for (const d of disks) await detachDisk(backupVm!, d); },
    4: async () => { if (removeSnapshot && snapshot) await deleteSnapshot(vm, snapshot); },
  };
  const body: Record<number, ReactNode> = {
    0: <TextField size="small" fullWidth label={t('Snapshot description')} value={description} onChange={(e) => setDescription(e.target.value)} />,
    1: (
      <Stack spacing={1}>
        <Typography variant="body2">{t('Snapshot: “{{value}}”', { value: String(snapshot?.description ?? '') })}</Typography>
        <TextField select size="small" fullWidth label={t('Backup VM (runs the backup software)')} value={backupVm ? backupId : ''} onChange={(e) => setBackupId(e.target.value)}>
          {others.map((v) => <MenuItem key={String(v.id)} value={String(v.id)}>{String(v.name)}</MenuItem>)}
        </TextField>
      </Stack>
    ),
    2: (
      <Typography variant="body2">
        {t('Attached to')} {backupVm ? vmName(backupVm) : ''}: {disks.map(itemName).join(', ') || t('no disks')}{t('. Run the backup software on the backup VM now, then continue.')}
      </Typography>
    ),
    3: <Typography variant="body2">{t('The disks leave the backup VM; nothing is deleted.')}</Typography>,
    4: <FormControlLabel label={t('Delete the snapshot now')} control={<Checkbox checked={removeSnapshot} onChange={(e) => setRemoveSnapshot(e.target.checked)} />} />,
  };
  const labels = ['Take snapshot', 'Attach disks', 'Backup done: continue', 'Detach disks', removeSnapshot ? 'Delete snapshot' : 'Keep snapshot and finish'];
  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('Back up {{vm}}', { vm: vmName(vm) })}</DialogTitle>
      <DialogContent>
        <Stepper activeStep={step} orientation="vertical">
          {STEPS.map((label, i) => (
            <Step key={label}>
              <StepLabel>{label}</StepLabel>
              <StepContent>
                <Stack spacing={1.5}>
                  {body[i]}
                  {note && i === 2 ? <Alert severity="info">{note}</Alert> : null}
                  {error ? <Alert severity="error" role="alert"><strong>{error.reason}</strong> {error.detail}</Alert> : null}
                  {busy ? <LinearProgress aria-label={t('Working')} /> : null}
                  <Stack direction="row"><Button variant="contained" disabled={busy || (i === 1 && !backupVm)} onClick={() => void go(steps[i], i + 1)}>{error ? t('Retry') : labels[i]}</Button></Stack>
                </Stack>
              </StepContent>
            </Step>
          ))}
        </Stepper>
        {step === STEPS.length ? <Alert severity="success" role="status">{t('Backup sequence finished.')}</Alert> : null}
      </DialogContent>
      <DialogActions><Button onClick={onClose} disabled={busy}>{step === STEPS.length ? t('Close') : t('Cancel')}</Button></DialogActions>
    </Dialog>
  );
}
