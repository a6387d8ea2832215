// The dialog for one action or removal on one resource: its parameters, a confirmation (typing the name for a
// removal, an irreversible action or a forced one), progress until the engine reports the end, and the
// engine's fault shown inside the dialog next to the values the user chose, which stay.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useState, type FormEvent } from 'react';
import type { FormValues } from '../../schema';
import { actionTableFor } from '../../schema/actions';
import type { XmlObject } from '../../xsd/parse';
import ParamField from './ParamField';
import { useResourceCompat } from '../form/useCompat';
import { actionRequest, choiceLabel, performAction, resourceName, type ActionChoice, type ActionOutcome } from './runAction';
import ApiCallButton from '../apicall/ApiCallButton';
import ErrorAlert from '../ErrorAlert';
import TypeNameField from './TypeNameField';
import TaskProgress, { type TaskPhase } from './TaskProgress';
import { t, tSchema } from '../../i18n';

export interface ActionDialogProps {
  /** API segment of the resource's collection (`hosts`); its action table gives the removal's parameters. */
  segment: string;
  resource: XmlObject;
  /** The action to run or `'remove'`; `null` keeps the dialog closed. */
  choice: ActionChoice | null;
  onClose: () => void;
  /** Called after the engine reported the action complete (the dialog has closed). */
  onDone?: (choice: ActionChoice) => void;
}


/** Whether the user must type the resource's name: removals, `typeName` actions, and anything forced. */
export function needsTypedName(choice: ActionChoice, values: FormValues): boolean {
  return choice === 'remove' || choice.confirm === 'typeName' || values.force === true;
}

function DialogBody({ segment, resource, choice, onClose, onDone }: ActionDialogProps & { choice: ActionChoice }) {
  const params = choice === 'remove' ? actionTableFor(segment)?.remove?.params : choice.params;
  const [values, setValues] = useState<FormValues>({});
  const [typed, setTyped] = useState('');
  const [phase, setPhase] = useState<TaskPhase>('edit');
  const [error, setError] = useState<ActionOutcome['error']>();
  const compat = useResourceCompat(resource);
  const name = resourceName(resource);
  const label = choiceLabel(choice);
  const mustType = needsTypedName(choice, values);
  const missing = (params ?? []).some((p) => p.required && (values[p.path] === undefined || values[p.path] === ''));
  const busy = phase !== 'edit';
  const canRun = !busy && !missing && (!mustType || typed === name);

  const request = () => actionRequest(segment, resource, choice, params, values);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!canRun) return;
    setError(undefined);
    setPhase('sending');
    const outcome = await performAction(request(), () => setPhase('waiting'));
    if (outcome.state === 'complete') {
      onClose();
      onDone?.(choice);
      return;
    }
    setError(outcome.error);
    setPhase('edit');
  };

  return (
    <form onSubmit={submit} noValidate>
      <DialogTitle>{`${label} ${name}`}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {choice !== 'remove' && choice.help ? <DialogContentText>{tSchema(choice.help)}</DialogContentText> : null}
          {choice === 'remove' ? <DialogContentText>{t('{{name}} will be removed. This cannot be undone.', { name })}</DialogContentText> : null}
          {(params ?? []).map((p) => (
            <ParamField key={p.path} def={p} value={values[p.path]} disabled={busy} compat={compat}
              onChange={(v) => setValues((old) => ({ ...old, [p.path]: v }))} />
          ))}
          {mustType ? (
            <TypeNameField name={name} typed={typed} onChange={setTyped} disabled={busy} />
          ) : null}
          {error ? <ErrorAlert error={error} /> : null}
          <TaskProgress phase={phase} label={label} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <ApiCallButton request={request} disabled={busy} />
        <Button onClick={onClose} disabled={busy}>{t('Cancel')}</Button>
        <Button type="submit" variant="contained" color={choice === 'remove' || mustType ? 'error' : 'primary'} disabled={!canRun}>
          {label}
        </Button>
      </DialogActions>
    </form>
  );
}

export default function ActionDialog(props: ActionDialogProps) {
  const { choice, onClose } = props;
  return (
    <Dialog open={choice !== null} onClose={onClose} fullWidth maxWidth="sm">
      {choice !== null ? <DialogBody {...props} choice={choice} /> : null}
    </Dialog>
  );
}
