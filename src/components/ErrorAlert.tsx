// An error as the engine stated it: reason, detail, and Retry when retrying can help.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { isApiError } from '../api';
import { t } from '../i18n';

export function errorText(error: unknown): { reason: string; detail: string } {
  if (isApiError(error)) return { reason: error.reason, detail: error.detail };
  if (error instanceof Error) return { reason: error.message || error.name, detail: '' };
  // A fault already read from an answer (a failed task, an action's `<fault>`).
  if (error && typeof error === 'object' && typeof (error as { reason?: unknown }).reason === 'string') {
    const f = error as { reason: string; detail?: unknown };
    return { reason: f.reason, detail: typeof f.detail === 'string' ? f.detail : '' };
  }
  return { reason: String(error), detail: '' };
}

interface Props { error: unknown; onRetry?: () => void; severity?: 'error' | 'warning'; title?: string }

export default function ErrorAlert({ error, onRetry, severity = 'error', title }: Props) {
  const { reason, detail } = errorText(error);
  return (
    <Alert
      severity={severity}
      role="alert"
      action={onRetry ? <Button color="inherit" size="small" onClick={onRetry}>{t('Retry')}</Button> : undefined}
    >
      <AlertTitle>{title ?? reason}</AlertTitle>
      {title ? <div>{reason}</div> : null}
      {detail ? <div>{detail}</div> : null}
    </Alert>
  );
}
