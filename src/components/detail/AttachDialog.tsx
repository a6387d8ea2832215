// Attach an existing resource to a sub-collection (a storage domain to a data center, a network to a
// cluster, a tag to a host): pick one, POST `<element id=…/>` to the sub-collection. The engine's fault
// stays in the dialog beside the choice.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { allQuery } from '../../query';
import { runTask } from '../../tasks';
import ApiCallButton from '../apicall/ApiCallButton';
import ErrorAlert from '../ErrorAlert';
import type { XmlObject } from '../../xsd/parse';
import type { AttachExisting } from './types';
import { t } from '../../i18n';

interface Props {
  open: boolean;
  onClose: () => void;
  onDone?: () => void;
  attach: AttachExisting;
  /** Sub-collection href to POST to. */
  href: string;
  /** Ids already attached (not offered again). */
  present: ReadonlySet<string>;
  target: { collection: string; id: string; name?: string };
  /** Only these choices (AttachExisting.filter, bound to the object). */
  keep?: (candidate: XmlObject) => boolean;
}

export default function AttachDialog({ open, onClose, onDone, attach, href, present, target, keep }: Props) {
  const choices = useQuery({ ...allQuery(attach.collection), enabled: open });
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const label = t(attach.label);
  const options = (choices.data ?? []).filter((c) => c.id && !present.has(String(c.id)) && (keep?.(c) ?? true));
  const request = () => {
    const name = options.find((o) => o.id === chosen)?.name ?? chosen;
    return { label: t('{{label}} {{name}} to {{value}}', { label, name, value: target.name ?? target.id }), method: 'POST' as const, path: href,
      body: { root: attach.element, value: { id: chosen } }, target };
  };
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const task = await runTask(request());
      await task.done;
      onDone?.();
      setChosen('');
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} fullWidth maxWidth="xs" aria-labelledby="attach-title">
      <DialogTitle id="attach-title">{label}</DialogTitle>
      <DialogContent>
        {error ? <ErrorAlert error={error} /> : null}
        <TextField select fullWidth margin="normal" label={label} value={chosen} onChange={(e) => setChosen(e.target.value)}
          helperText={choices.isPending ? t('Loading…') : options.length ? undefined : t('Nothing left to attach')}>
          {options.map((o) => <MenuItem key={String(o.id)} value={String(o.id)}>{String(o.name ?? o.id)}</MenuItem>)}
        </TextField>
      </DialogContent>
      <DialogActions>
        <ApiCallButton request={() => (chosen ? request() : t('Choose an entry in the list first.'))} disabled={busy} />
        <Button onClick={onClose} disabled={busy}>{t('Cancel')}</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={!chosen || busy}>{busy ? t('Working…') : label}</Button>
      </DialogActions>
    </Dialog>
  );
}
