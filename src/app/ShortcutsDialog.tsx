// The `?` help: the keyboard shortcuts and how to move around without a mouse.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Box from '@mui/material/Box';
import { SHORTCUTS } from './shortcuts';
import { t } from '../i18n';

const Key = ({ k }: { k: string }) => (
  <Box component="kbd" sx={{ px: 0.75, py: 0.25, border: 1, borderColor: 'divider', borderRadius: 1, fontFamily: 'monospace', bgcolor: 'action.hover' }}>{k}</Box>
);

export default function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="shortcuts-title" fullWidth maxWidth="sm">
      <DialogTitle id="shortcuts-title">{t('Keyboard shortcuts')}</DialogTitle>
      <DialogContent>
        <Table size="small" aria-labelledby="shortcuts-title">
          <TableHead><TableRow><TableCell>{t('Key')}</TableCell><TableCell>{t('What it does')}</TableCell></TableRow></TableHead>
          <TableBody>
            {SHORTCUTS.map((s) => (
              <TableRow key={s.id}>
                <TableCell>{s.keys.map((k) => <Key key={k} k={k} />)}</TableCell>
                <TableCell>{t(s.what)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <DialogContentText sx={{ mt: 2 }}>
          {t('Tab and Shift+Tab move between links, buttons and fields; Enter opens a link or presses a button; the first Tab on a page offers “{{skip}}”. In a list, each name is a link to its page; on a page, the action buttons open their dialogs, where Enter submits and Escape closes. Shortcuts do nothing while you type in a field.', { skip: t('Skip to main content') })}
        </DialogContentText>
      </DialogContent>
      <DialogActions><Button onClick={onClose} variant="contained">{t('Close')}</Button></DialogActions>
    </Dialog>
  );
}
