// Leaving a form with unsaved changes asks first: in-app navigation through react-router's blocker (needs a
// data router; under a plain router only the browser's own prompt applies), reload/close through beforeunload.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useContext, useEffect, type RefObject } from 'react';
import { UNSAFE_DataRouterContext, useBlocker } from 'react-router';
import { t } from '../../i18n';

interface Props {
  /** Read at navigation time, so a save that just finished can leave without a prompt. */
  dirty: RefObject<boolean>;
}

function RouterBlocker({ dirty }: Props) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => !!dirty.current && currentLocation.pathname !== nextLocation.pathname);
  return (
    <Dialog open={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} aria-labelledby="unsaved-title">
      <DialogTitle id="unsaved-title">{t('Leave without saving?')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('The changes in this form have not been saved. A draft stays in this browser tab until you leave it.')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => blocker.reset?.()} autoFocus>{t('Stay')}</Button>
        <Button color="warning" onClick={() => blocker.proceed?.()}>{t('Leave')}</Button>
      </DialogActions>
    </Dialog>
  );
}

export default function UnsavedChangesGuard({ dirty }: Props) {
  const dataRouter = useContext(UNSAFE_DataRouterContext);
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!dirty.current) return;
      e.preventDefault();
      e.returnValue = ''; // older browsers need it set
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
  return dataRouter ? <RouterBlocker dirty={dirty} /> : null;
}
