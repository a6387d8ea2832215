// The bulk result table: a ticket (or the engine's reason) per VM, a countdown, CSV and a zip of .vv files.
// Everything is in this component's state; "Close" (or leaving the page) forgets the tickets.
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { toCsv } from '../../components/console/csv';
import { downloadBlob, downloadText, zipTexts } from '../../components/console/download';
import { issueTicket } from '../../components/console/ticket';
import { formatDuration } from '../../components/console/useCountdown';
import type { XmlObject } from '../../xsd/parse';
import { CSV_COLUMNS, issueAll, rowOf, vvFiles, type BulkRow } from './bulkTickets';
import { t } from '../../i18n';

function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  return now;
}

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');

export default function BulkTickets({ vms, expiry, onClose }: { vms: XmlObject[]; expiry: number; onClose: () => void }) {
  const [rows, setRows] = useState<BulkRow[]>(() => vms.map(rowOf));
  const started = useRef(false);
  const now = useNow();
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void issueAll(vms.map(rowOf), (vm) => issueTicket(vm, expiry),
      (id, patch) => setRows((old) => old.map((r) => (r.id === id ? { ...r, ...patch } : r))));
  }, [vms, expiry]);
  const running = rows.some((r) => r.state === 'queued' || r.state === 'running');
  const issued = rows.filter((r) => r.state === 'issued').length;
  const files = running ? [] : vvFiles(rows);

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={t('Bulk tickets')}>
      <Stack spacing={1}>
        <Typography variant="h6" component="h2">{t('Tickets for {{length}} virtual machines', { length: rows.length })}</Typography>
        <Typography role="status" aria-live="polite">
          {running ? t('Issuing: {{value}} of {{length}} done', { value: rows.length - rows.filter((r) => r.state === 'queued' || r.state === 'running').length, length: rows.length })
            : t('{{issued}} issued, {{value}} failed', { issued, value: rows.length - issued })}
        </Typography>
        <Table size="small" aria-label={t('Issued tickets')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('Virtual machine')}</TableCell><TableCell>{t('Result')}</TableCell><TableCell>{t('Console')}</TableCell>
              <TableCell>{t('Ticket')}</TableCell><TableCell>{t('Expires in')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => {
              const disp = r.vm.display ?? {};
              const left = r.ticket ? Math.max(0, Math.ceil((r.ticket.expiresAt - now) / 1000)) : 0;
              return (
                <TableRow key={r.id}>
                  <TableCell>{r.name}</TableCell>
                  <TableCell>{r.state === 'failed' ? t('Failed: {{value}}', { value: r.error ?? '' }) : r.state === 'issued' ? t('Issued') : r.state === 'running' ? t('Issuing…') : t('Queued')}</TableCell>
                  <TableCell>{disp.address ? `${String(disp.type ?? '').toUpperCase()} ${disp.address}:${disp.secure_port ?? disp.port}` : '—'}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{r.ticket && left > 0 ? r.ticket.value : r.ticket ? t('expired') : ''}</TableCell>
                  <TableCell>{r.ticket ? (left > 0 ? formatDuration(left) : t('Expired')) : ''}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        <Stack direction="row" spacing={1}>
          <Button variant="contained" disabled={running || !issued}
            onClick={() => downloadText(`console-tickets-${stamp()}.csv`, toCsv(CSV_COLUMNS, rows), 'text/csv')}>{t('Download CSV')}</Button>
          <Button variant="contained" disabled={running || !files.length}
            onClick={() => downloadBlob(`console-files-${stamp()}.zip`, new Blob([zipTexts(files) as BlobPart], { type: 'application/zip' }))}>
            {t('Download .vv files (zip)')}
          </Button>
          <Button onClick={onClose} disabled={running}>{t('Close and forget tickets')}</Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
