// Requests with their status, VM, times, snapshot and messages (all shown as text, never as HTML).
import Box from '@mui/material/Box';
import Collapse from '@mui/material/Collapse';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import ExpandLess from '@mui/icons-material/ExpandLess';
import ExpandMore from '@mui/icons-material/ExpandMore';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import StatusChip from '../../components/StatusChip';
import { formatDate } from '../../components/format';
import RequestActions from './RequestActions';
import type { SnapshotRequest } from './requestsApi';
import { t } from '../../i18n';

const LEVEL_COLOR = { info: 'text.primary', warning: 'warning.main', error: 'error.main' } as const;

function Messages({ request: r }: { request: SnapshotRequest }) {
  return (
    <Box component="ol" aria-label={t('Messages of {{name}}', { name: r.snapshot.name })} sx={{ m: 0, pl: 3 }}>
      {r.messages.map((m, i) => (
        <Typography component="li" variant="body2" key={i} sx={{ color: LEVEL_COLOR[m.level] }}>
          {formatDate(m.at)}{m.server ? ` (server ${m.server})` : ''} — {m.level === 'info' ? '' : `${m.level}: `}{m.text}
        </Typography>
      ))}
    </Box>
  );
}

export default function RequestsTable({ requests, showVm = true, label }: { requests: SnapshotRequest[]; showVm?: boolean; label: string }) {
  const [expanded, setExpanded] = useState<number | undefined>();
  const columns = showVm ? 9 : 8;
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell />
          <TableCell>{t('Request')}</TableCell>
          {showVm ? <TableCell>{t('VM')}</TableCell> : null}
          <TableCell>{t('Status')}</TableCell>
          <TableCell>{t('Start')}</TableCell>
          <TableCell>{t('Delete at')}</TableCell>
          <TableCell>{t('Snapshot')}</TableCell>
          <TableCell>{t('Latest message')}</TableCell>
          <TableCell>{t('Actions')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {requests.map((r) => {
          const open = expanded === r.id;
          const last = r.messages.at(-1);
          return (
            <Fragment key={r.id}>
              <TableRow aria-label={t('Request {{name}}', { name: r.snapshot.name })}>
                <TableCell padding="checkbox">
                  <IconButton size="small" aria-expanded={open} aria-label={t('{{value}} messages of {{name}}', { value: open ? 'Hide' : 'Show', name: r.snapshot.name })} onClick={() => setExpanded(open ? undefined : r.id)}>
                    {open ? <ExpandLess /> : <ExpandMore />}
                  </IconButton>
                </TableCell>
                <TableCell>
                  <div>{r.snapshot.name}</div>
                  <Typography variant="caption" color="text.secondary">{r.snapshot.description} · {r.snapshot.valid_for} h · {r.user.username}</Typography>
                </TableCell>
                {showVm ? <TableCell><Link to={`/vms/${encodeURIComponent(r.vm_uuid)}?tab=snapshotrequests`}>{r.vm_name}</Link></TableCell> : null}
                <TableCell><StatusChip state={r.status.toLowerCase()} /></TableCell>
                <TableCell>{formatDate(r.snapshot.from_date)}</TableCell>
                <TableCell>{formatDate(r.snapshot.to_date)}</TableCell>
                <TableCell>{r.snapshot.snap_id ?? '—'}</TableCell>
                <TableCell sx={{ maxWidth: 360, color: last ? LEVEL_COLOR[last.level] : undefined }}>{last?.text ?? ''}</TableCell>
                <TableCell><RequestActions request={r} /></TableCell>
              </TableRow>
              <TableRow>
                <TableCell colSpan={columns} sx={{ py: 0, borderBottom: open ? undefined : 'none' }}>
                  <Collapse in={open} unmountOnExit><Box sx={{ py: 1 }}><Messages request={r} /></Box></Collapse>
                </TableCell>
              </TableRow>
            </Fragment>
          );
        })}
      </TableBody>
    </Table>
  );
}
