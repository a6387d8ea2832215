// Add or change one limit of a quota: the cluster (storage domain) it applies to, or all of the data
// center's, and its numbers (empty: unlimited). The RSDL has no update for a limit, so a change removes the
// old limit and adds the new one; if the engine refuses the new one the old one is put back. The engine's
// fault stays in the dialog with what the user typed.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { apiPath } from '../../api';
import ErrorAlert from '../../components/ErrorAlert';
import { runTask, type TaskTarget } from '../../tasks';
import type { XmlObject } from '../../xsd/parse';
import { KINDS, limitBody, problems, restoreBody, valuesOf, type LimitKind, type LimitValues } from './quotaLimits';
import { t } from '../../i18n';

interface Props {
  kind: LimitKind;
  /** The limits collection href. */
  href: string;
  /** The limit being changed (none: a new limit). */
  limit?: XmlObject;
  /** Clusters or storage domains of the quota's data center. */
  choices: XmlObject[];
  target: TaskTarget;
  onClose: () => void;
  onDone: () => void;
}

export default function QuotaLimitDialog({ kind, href, limit, choices, target, onClose, onDone }: Props) {
  const noun = t(KINDS[kind].noun);
  const all = t(KINDS[kind].all);
  const [values, setValues] = useState<LimitValues>(() => valuesOf(limit, kind));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [touched, setTouched] = useState(false);
  const bad = problems(values, kind);
  const set = (k: keyof LimitValues) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));
  const title = limit ? t('Edit {{what}}', { what: noun }) : t('Add {{what}}', { what: noun });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (Object.keys(bad).length) return;
    setBusy(true);
    setError(null);
    const post = (body: { root: string; value: XmlObject }) => runTask({ label: `${title} to quota ${target.name ?? ''}`, method: 'POST', path: apiPath(href), body, target });
    try {
      if (limit) await (await runTask({ label: `Remove old ${noun} of quota ${target.name ?? ''}`, method: 'DELETE', path: apiPath(`${href}/${String(limit.id)}`), target })).done;
      try {
        await (await post(limitBody(values, kind))).done;
      } catch (refused) {
        if (limit) await post(restoreBody(limit, kind)).catch(() => undefined);
        throw refused;
      }
      onDone();
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const num = (k: 'memory' | 'vcpus' | 'storage', label: string, unit: string) => (
    <TextField fullWidth margin="normal" label={label} value={values[k]} onChange={set(k)} inputMode="decimal"
      error={touched && Boolean(bad[k])} helperText={(touched && bad[k]) || `${unit}; leave empty for unlimited`} />
  );
  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="xs" aria-labelledby="quota-limit-title">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id="quota-limit-title">{title}</DialogTitle>
        <DialogContent>
          {error ? <ErrorAlert error={error} /> : null}
          <TextField select fullWidth margin="normal" label={kind === 'quotaclusterlimits' ? t('Cluster') : t('Storage domain')} value={values.target} onChange={set('target')}>
            <MenuItem value="">{all}</MenuItem>
            {choices.map((c) => <MenuItem key={String(c.id)} value={String(c.id)}>{String(c.name ?? c.id)}</MenuItem>)}
          </TextField>
          {kind === 'quotaclusterlimits' ? <>{num('memory', t('Memory limit'), 'GiB')}{num('vcpus', t('vCPU limit'), t('virtual CPUs'))}</> : num('storage', t('Storage limit'), 'GiB')}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>{t('Cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>{busy ? t('Saving…') : limit ? t('Save') : t('Add')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
