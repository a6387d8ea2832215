// Events as a table, newest first; text only (the engine's descriptions are never rendered as HTML).
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import type { XmlObject } from '../../xsd/parse';
import { formatDate } from '../format';
import SeverityChip from './SeverityChip';
import { t } from '../../i18n';

interface Props { label: string; events: readonly XmlObject[]; onRemove?: (e: XmlObject) => void; showCorrelation?: boolean }

export default function EventsList({ label, events, onRemove, showCorrelation = true }: Props) {
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell>{t('Severity')}</TableCell>
          <TableCell>{t('Time')}</TableCell>
          <TableCell>{t('Message')}</TableCell>
          <TableCell>{t('Origin')}</TableCell>
          {showCorrelation ? <TableCell>{t('Correlation ID')}</TableCell> : null}
          {onRemove ? <TableCell padding="checkbox">{t('Remove')}</TableCell> : null}
        </TableRow>
      </TableHead>
      <TableBody>
        {events.map((e) => (
          <TableRow key={String(e.id)} data-event-id={String(e.id)}>
            <TableCell><SeverityChip severity={e.severity} /></TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(e.time)}</TableCell>
            <TableCell>{String(e.description ?? '')}</TableCell>
            <TableCell>{String(e.origin ?? '')}</TableCell>
            {showCorrelation ? <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>{String(e.correlation_id ?? '')}</TableCell> : null}
            {onRemove ? (
              <TableCell padding="checkbox">
                <Tooltip title={t('Remove event')}>
                  <IconButton size="small" aria-label={t('Remove event {{id}}', { id: String(e.id) })} onClick={() => onRemove(e)}><DeleteIcon fontSize="small" /></IconButton>
                </Tooltip>
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
