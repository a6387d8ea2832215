import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { InlineFailure as Failure } from './useInlineTask';

export default function InlineFailure({ failure }: { failure: Failure | null }) {
  if (!failure) return null;
  return (
    <Alert severity="error" role="alert">
      <AlertTitle>{failure.label} failed: {failure.error.reason}</AlertTitle>
      {failure.error.detail}
    </Alert>
  );
}
