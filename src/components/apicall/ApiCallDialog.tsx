// The request a form or dialog would send, as a curl command and as the raw HTTP request with its XML body,
// with a copy button. Built from prepareTask, the function runTask sends with, so it shows what is sent.
import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
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
import { useEffect, useState } from 'react';
import { t } from '../../i18n';
import { useSession } from '../../query';
import { prepareTask, type TaskRequest } from '../../tasks';
import { toCurl, toHttp } from './apiCall';

type View = 'curl' | 'http';
type Texts = Record<View, string>;

/** The request written both ways; asynchronous because writing its XML body loads the XML layer. */
function useTexts(request: TaskRequest | undefined, user: string | undefined) {
  const [made, setMade] = useState<{ of: TaskRequest; texts?: Texts; error?: string }>();
  useEffect(() => {
    if (!request) return;
    let live = true;
    prepareTask(request).then(
      (p) => live && setMade({ of: request, texts: { curl: toCurl(p, window.location.origin, user), http: toHttp(p, window.location.host) } }),
      (e: unknown) => live && setMade({ of: request, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => { live = false; };
  }, [request, user]);
  return request && made?.of === request ? made : undefined;
}

interface Props {
  request: TaskRequest | string | undefined;
  onClose: () => void;
}

export default function ApiCallDialog({ request, onClose }: Props) {
  const { user } = useSession();
  const [view, setView] = useState<View>('curl');
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  const task = request && typeof request !== 'string' ? request : undefined;
  const prepared = useTexts(task, user);
  const texts = prepared?.texts;
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
      <DialogTitle id="api-call-title">{t('API call')}</DialogTitle>
      <DialogContent>
        {texts ? (
          <>
            <DialogContentText>
              {t("{{label}}: the request this will send. The portal's own request carries its session cookie; curl asks for the password instead. Each request gets its own Correlation-Id.", { label: task?.label })}
            </DialogContentText>
            <Tabs value={view} onChange={(_e, v: View) => { setView(v); setCopied(undefined); }} aria-label={t('Format')}>
              <Tab value="curl" label="curl" id="api-call-tab-curl" aria-controls="api-call-panel" />
              <Tab value="http" label={t('HTTP (XML)')} id="api-call-tab-http" aria-controls="api-call-panel" />
            </Tabs>
            <Box component="pre" id="api-call-panel" role="tabpanel" aria-labelledby={`api-call-tab-${view}`} tabIndex={0}
              sx={{ m: 0, mt: 1, p: 2, overflow: 'auto', maxHeight: '50vh', bgcolor: 'action.hover', borderRadius: 1, fontSize: 13, whiteSpace: 'pre' }}>
              {texts[view]}
            </Box>
            {copied ? (
              <Typography role="status" variant="body2" sx={{ mt: 1 }}>
                {copied === 'yes' ? t('Copied to the clipboard.') : t('Copying failed: select the text and copy it.')}
              </Typography>
            ) : null}
          </>
        ) : task && !prepared ? (
          <LinearProgress aria-label={t('Preparing the request')} />
        ) : (
          <Alert severity={prepared?.error ? 'error' : 'info'}>
            {prepared?.error
              ? t('The request could not be prepared: {{error}}', { error: prepared.error })
              : typeof request === 'string' ? request : t('Nothing has changed, so nothing would be sent.')}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        {texts ? <Button onClick={() => void copy()}>{t('Copy')}</Button> : null}
        <Button variant="contained" onClick={onClose}>{t('Close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
