// A confirmation for a device change; removals make the user type the item's name first.
import DialogContentText from '@mui/material/DialogContentText';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { TaskRequest } from '../../tasks';
import TaskDialog from './TaskDialog';
import { t } from '../../i18n';

interface Props {
  title: string;
  text: string;
  submitLabel: string;
  request: TaskRequest;
  onClose: () => void;
  /** The name to type (removals). */
  typeName?: string;
}

export default function ConfirmDialog({ title, text, submitLabel, request, onClose, typeName }: Props) {
  const [typed, setTyped] = useState('');
  const ok = !typeName || typed === typeName;
  return (
    <TaskDialog open title={title} submitLabel={submitLabel} onClose={onClose} danger={!!typeName} disabled={!ok} request={() => request}>
      <DialogContentText>{text}</DialogContentText>
      {typeName ? (
        <TextField size="small" fullWidth autoComplete="off" label={t('Type {{typeName}} to confirm', { typeName })} value={typed}
          onChange={(e) => setTyped(e.target.value)} error={typed !== '' && !ok} helperText={typed !== '' && !ok ? t('The name does not match') : undefined} />
      ) : null}
    </TaskDialog>
  );
}
