// Before a bulk action: what will happen to which items, the action's parameters (the same for every item),
// and for removals or forced actions the number of items typed to confirm.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import type { ElementDef, FormValues } from '../../schema';
import { needsTypedName } from './ActionDialog';
import ParamField from './ParamField';
import { choiceLabel, type ActionChoice } from './runAction';
import { t } from '../../i18n';

interface Props {
  choice: ActionChoice;
  params?: ElementDef[];
  names: string[];
  /** Plural noun for the items ("hosts"). */
  noun: string;
  onCancel: () => void;
  onConfirm: (values: FormValues) => void;
}

export default function BulkConfirmDialog({ choice, params, names, noun, onCancel, onConfirm }: Props) {
  const [values, setValues] = useState<FormValues>({});
  const [typed, setTyped] = useState('');
  const count = String(names.length);
  const mustType = needsTypedName(choice, values);
  const missing = (params ?? []).some((p) => p.required && (values[p.path] === undefined || values[p.path] === ''));
  const canRun = !missing && (!mustType || typed === count);
  const title = `${choiceLabel(choice)} ${names.length} ${noun}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (canRun) onConfirm(values);
  };
  return (
    <Dialog open onClose={onCancel} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <DialogContentText>{`${choiceLabel(choice)}: ${names.join(', ')}`}</DialogContentText>
            {(params ?? []).map((p) => (
              <ParamField key={p.path} def={p} value={values[p.path]} onChange={(v) => setValues((o) => ({ ...o, [p.path]: v }))} />
            ))}
            {mustType ? (
              <TextField size="small" label={t('Type {{count}} to confirm', { count })} value={typed} autoComplete="off"
                onChange={(e) => setTyped(e.target.value)} />
            ) : null}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>{t('Cancel')}</Button>
          <Button type="submit" variant="contained" color={mustType ? 'error' : 'primary'} disabled={!canRun}>{title}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
