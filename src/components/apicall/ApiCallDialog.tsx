// The request a form or dialog would send, as a curl command and as the raw HTTP request with its XML body,
// with a copy button. Built from prepareTask, the function runTask sends with, so it shows what is sent.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useSession } from '../../query';
import { prepareTask, type TaskRequest } from '../../tasks';
import { toCurl, toHttp } from './apiCall';

type View = 'curl' | 'http';

interface Props {
  request: TaskRequest | string | undefined;
  onClose: () => void;
}

export default function ApiCallDialog({ request, onClose }: Props) {
  const { user } = useSession();
  const [view, setView] = useState<View>('curl');
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  const texts = useMemo(() => {
    if (!request || typeof request === 'string') return undefined;
    const prepared = prepareTask(request);
    return { curl: toCurl(prepared, window.location.origin, user), http: toHttp(prepared, window.location.host) };
  }, [request, user]);
  const copy = async () => {
    if (!texts) return;
    try {
      await navigator.clipboard.writeText(texts[view]);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="api-call-title">
      <DialogTitle id="api-call-title">API call</DialogTitle>
      <DialogContent>
        {texts ? (
          <>
            <DialogContentText>
              {request && typeof request !== 'string' ? `${request.label}: ` : ''}the request this will send. The portal's own request carries its
              session cookie; curl asks for the password instead. Each request gets its own Correlation-Id.
            </DialogContentText>
            <Tabs value={view} onChange={(_e, v: View) => { setView(v); setCopied(undefined); }} aria-label="Format">
              <Tab value="curl" label="curl" id="api-call-tab-curl" aria-controls="api-call-panel" />
              <Tab value="http" label="HTTP (XML)" id="api-call-tab-http" aria-controls="api-call-panel" />
            </Tabs>
            <Box component="pre" id="api-call-panel" role="tabpanel" aria-labelledby={`api-call-tab-${view}`} tabIndex={0}
              sx={{ m: 0, mt: 1, p: 2, overflow: 'auto', maxHeight: '50vh', bgcolor: 'action.hover', borderRadius: 1, fontSize: 13, whiteSpace: 'pre' }}>
              {texts[view]}
            </Box>
            {copied ? <Typography role="status" variant="body2" sx={{ mt: 1 }}>{copied === 'yes' ? 'Copied to the clipboard.' : 'Copying failed: select the text and copy it.'}</Typography> : null}
          </>
        ) : (
          <Alert severity="info">{typeof request === 'string' ? request : 'Nothing has changed, so nothing would be sent.'}</Alert>
        )}
      </DialogContent>
      <DialogActions>
        {texts ? <Button onClick={() => void copy()}>Copy</Button> : null}
        <Button variant="contained" onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
