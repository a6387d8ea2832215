// The VM's screen in the browser (noVNC, loaded only when a console opens): a ticket from the engine, a
// WebSocket to the portal server's console proxy (which reaches the display the engine reports), the ticket
// as VNC password. Toolbar: scale, full screen, Ctrl+Alt+Del, type text or the clipboard, reconnect.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useRef, useState } from 'react';
import type RFB from '@novnc/novnc';
import type { XmlObject } from '../../xsd/parse';
import { errorText } from '../ErrorAlert';
import { keysymOf, STATE_TEXT, stateAfterClose, type ConsoleState } from './consoleState';
import { issueTicket, type ConsoleTicket } from './ticket';
import { formatDuration, useCountdown } from './useCountdown';
import { t } from '../../i18n';

const proxyUrl = (vmId: string) => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/portal/api/console/vms/${encodeURIComponent(vmId)}`;

export default function VncConsole({ vm, expiry = 300 }: { vm: XmlObject; expiry?: number }) {
  const screen = useRef<HTMLDivElement>(null);
  const rfb = useRef<RFB | undefined>(undefined);
  const [state, setState] = useState<ConsoleState>('ticket');
  const [detail, setDetail] = useState('');
  const [ticket, setTicket] = useState<ConsoleTicket>();
  const [scale, setScale] = useState(true);
  const [text, setText] = useState('');
  const left = useCountdown(ticket?.expiresAt);
  const leftRef = useRef(left);
  leftRef.current = left;

  const connect = useCallback(async () => {
    rfb.current?.disconnect();
    setState('ticket');
    setDetail('');
    try {
      const issued = await issueTicket(vm, expiry);
      setTicket(issued.ticket);
      if (issued.vm.display?.type !== 'vnc') return setState('spice');
      setState('connecting');
      const { default: Rfb } = await import('@novnc/novnc');
      const ws = new WebSocket(proxyUrl(String(vm.id)));
      ws.binaryType = 'arraybuffer';
      ws.addEventListener('close', (e) => {
        if (e.code === 1000 || e.code === 1005) return;
        const left = Math.ceil((issued.ticket.expiresAt - Date.now()) / 1000);
        setState(e.code === 4410 ? 'expired' : stateAfterClose(e.code, left));
        setDetail(e.reason);
      });
      const view = new Rfb(screen.current!, ws, { credentials: { password: issued.ticket.value }, shared: true });
      view.scaleViewport = scale;
      view.addEventListener('connect', () => { setState('connected'); view.focus(); });
      view.addEventListener('securityfailure', (e) => { setState('refused'); setDetail(String((e as CustomEvent).detail?.reason ?? 'Authentication failed.')); });
      view.addEventListener('disconnect', () => setState((s) => (s === 'connected' || s === 'connecting' ? 'disconnected' : s)));
      rfb.current = view;
    } catch (e) {
      const { reason, detail: d } = errorText(e);
      setState(/not running/i.test(d) ? 'down' : 'refused');
      setDetail([reason, d].filter(Boolean).join(': '));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [vm, expiry]);

  useEffect(() => {
    void connect();
    return () => rfb.current?.disconnect();
  }, [connect]);
  useEffect(() => { if (rfb.current) rfb.current.scaleViewport = scale; }, [scale]);

  const typeText = (s: string) => {
    for (const ch of s) {
      const k = keysymOf(ch);
      rfb.current?.sendKey(k, null, true);
      rfb.current?.sendKey(k, null, false);
    }
  };
  const paste = async () => {
    try {
      typeText(await navigator.clipboard.readText());
    } catch {
      setDetail(t('The browser did not give the clipboard: type or paste the text into the field.'));
    }
  };
  const connected = state === 'connected';
  const severity = connected ? 'success' : state === 'connecting' || state === 'ticket' ? 'info' : 'warning';
  return (
    <Stack spacing={1} sx={{ height: '100%' }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }} role="toolbar" aria-label={t('Console controls')}>
        <FormControlLabel control={<Switch checked={scale} onChange={(e) => setScale(e.target.checked)} />} label={t('Scale to window')} />
        <Button size="small" onClick={() => void screen.current?.requestFullscreen?.()} disabled={!connected}>{t('Full screen')}</Button>
        <Button size="small" onClick={() => rfb.current?.sendCtrlAltDel()} disabled={!connected}>{t('Send Ctrl+Alt+Del')}</Button>
        <TextField size="small" label={t('Text to type')} value={text} onChange={(e) => setText(e.target.value)} disabled={!connected}
          onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); typeText(`${text}\n`); setText(''); } }} />
        <Button size="small" onClick={() => { typeText(text); setText(''); }} disabled={!connected || !text}>{t('Type')}</Button>
        <Button size="small" onClick={() => void paste()} disabled={!connected}>{t('Paste clipboard as keys')}</Button>
        <Button size="small" variant="contained" onClick={() => void connect()} disabled={state === 'ticket' || state === 'connecting'}>{t('Reconnect')}</Button>
      </Stack>
      <Alert severity={severity} role="status" aria-label={t('Console state')}>
        <strong>{t(STATE_TEXT[state])}</strong>{detail ? ` — ${detail}` : ''}
        {state === 'spice' ? ` — ${t('the browser console speaks VNC only; use the .vv file for remote-viewer.')}` : ''}
      </Alert>
      {ticket ? (
        <Typography role="timer" aria-label={t('Ticket remaining time')} variant="body2" color={left < 30 ? 'warning.main' : 'text.secondary'}>
          {left > 0 ? t('Ticket valid for {{time}}', { time: formatDuration(left) }) : t('Ticket expired: Reconnect gets a new one.')}
        </Typography>
      ) : null}
      <div ref={screen} aria-label={t('Screen of {{name}}', { name: String(vm.name ?? vm.id) })} role="img"
        style={{ flex: 1, minHeight: 440, background: '#101418', overflow: 'hidden' }} />
    </Stack>
  );
}
