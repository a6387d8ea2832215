// Grant a role to a user or a group on one object (guide 7.4.8: POST a <permission> with a role and a
// user or group to the object's permissions sub-collection). A refusal stays in the dialog, next to
// what the user chose.
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { allQuery } from '../../query';
import { performAction } from '../actions/runAction';
import type { XmlObject } from '../../xsd/parse';
import ApiCallButton from '../apicall/ApiCallButton';
import ErrorAlert from '../ErrorAlert';
import { principalLabel } from './principals';
import { t } from '../../i18n';

interface Props {
  open: boolean;
  onClose: () => void;
  /** After the engine confirmed the change. */
  onDone?: () => void;
  /** API path of the object's permissions sub-collection. */
  href: string;
  target: { collection: string; id: string; name: string };
}

type Kind = 'user' | 'group';

export default function AddPermissionDialog({ open, onClose, onDone, href, target }: Props) {
  const [kind, setKind] = useState<Kind>('user');
  const [principal, setPrincipal] = useState<XmlObject | null>(null);
  const [role, setRole] = useState<XmlObject | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const principals = useQuery({ ...allQuery(kind === 'user' ? 'users' : 'groups'), enabled: open });
  const roles = useQuery({ ...allQuery('roles'), enabled: open });

  const close = () => {
    setError(null);
    setPrincipal(null);
    setRole(null);
    onClose();
  };
  const request = (p: XmlObject, r: XmlObject) => ({
    label: t('Grant {{name}} to {{principal}} on {{name2}}', { name: String(r.name), principal: principalLabel(p), name2: target.name }),
    method: 'POST' as const, path: href, target,
    body: { root: 'permission', value: { role: { id: r.id }, [kind]: { id: p.id } } },
  });
  const submit = async () => {
    if (!principal || !role) return;
    setBusy(true);
    setError(null);
    const outcome = await performAction(request(principal, role));
    setBusy(false);
    if (outcome.state === 'failed') {
      setError(outcome.error);
      return;
    }
    onDone?.();
    close();
  };

  return (
    <Dialog open={open} onClose={busy ? undefined : close} fullWidth maxWidth="sm" aria-labelledby="add-permission-title">
      <DialogTitle id="add-permission-title">{t('Add permission on {{name}}', { name: target.name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {error ? <ErrorAlert error={error} /> : null}
          <RadioGroup row aria-label={t('Grant to')} value={kind} onChange={(e) => { setKind(e.target.value as Kind); setPrincipal(null); }}>
            <FormControlLabel value="user" control={<Radio />} label={t('User')} />
            <FormControlLabel value="group" control={<Radio />} label={t('Group')} />
          </RadioGroup>
          <Autocomplete
            options={principals.data ?? []}
            loading={principals.isPending}
            value={principal}
            onChange={(_e, v) => setPrincipal(v)}
            getOptionLabel={principalLabel}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            renderInput={(params) => <TextField {...params} label={kind === 'user' ? t('User') : t('Group')} required />}
          />
          <Autocomplete
            options={roles.data ?? []}
            loading={roles.isPending}
            value={role}
            onChange={(_e, v) => setRole(v)}
            getOptionLabel={(r) => String(r.name ?? r.id)}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            renderInput={(params) => <TextField {...params} label={t('Role')} required />}
          />
          {principals.error ? <ErrorAlert error={principals.error} title={t('Could not list {{kind}}s', { kind })} /> : null}
          {roles.error ? <ErrorAlert error={roles.error} title={t('Could not list roles')} /> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <ApiCallButton request={() => (principal && role ? request(principal, role) : t('Choose a user or group and a role first.'))} disabled={busy} />
        <Button onClick={close} disabled={busy}>{t('Cancel')}</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={!principal || !role || busy}>{busy ? t('Adding…') : t('Add')}</Button>
      </DialogActions>
    </Dialog>
  );
}
