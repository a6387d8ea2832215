import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { InlineFailure as Failure } from './useInlineTask';
import { t } from '../../i18n';

export default function InlineFailure({ failure }: { failure: Failure | null }) {
  if (!failure) return null;
  return (
    <Alert severity="error" role="alert">
      <AlertTitle>{t('{{label}} failed: {{reason}}', { label: failure.label, reason: failure.error.reason })}</AlertTitle>
      {failure.error.detail}
    </Alert>
  );
}
