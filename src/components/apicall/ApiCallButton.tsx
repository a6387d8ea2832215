// "API call" beside a form's or dialog's submit button: opens the exact request the submit would send.
// `request` is the same function the submit uses, called when the view opens, so the two cannot drift.
import Button from '@mui/material/Button';
import CodeIcon from '@mui/icons-material/Code';
import { useState } from 'react';
import type { TaskRequest } from '../../tasks';
import { t } from '../../i18n';
import ApiCallDialog from './ApiCallDialog';

export interface ApiCallButtonProps {
  /** The request the submit would send now, or why there is none yet (a message). */
  request: () => TaskRequest | string | undefined;
  disabled?: boolean;
}

export default function ApiCallButton({ request, disabled }: ApiCallButtonProps) {
  const [shown, setShown] = useState<TaskRequest | string | undefined | null>(null);
  return (
    <>
      <Button startIcon={<CodeIcon />} onClick={() => setShown(request())} disabled={disabled} sx={{ mr: 'auto' }}>
        {t('API call')}
      </Button>
      {shown !== null ? <ApiCallDialog request={shown} onClose={() => setShown(null)} /> : null}
    </>
  );
}
