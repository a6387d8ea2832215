// The VM page's action bar: what the VM's state allows (schema/actions/vms.ts), the everyday ones as buttons and
// the rest in a menu. Run once, migrate, export and the console have their own dialogs; the others use the
// generic ActionDialog (confirmation, typed name for removal, fault inside the dialog).
import MoreVertIcon from '@mui/icons-material/MoreVert';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ActionDialog, type ActionChoice } from '../../components/actions';
import { allowedActions, removable, type ActionDef } from '../../schema/actions';
import { vms as vmTable } from '../../schema/actions/vms';
import type { XmlObject } from '../../xsd/parse';
import ConsoleDialog from './ConsoleDialog';
import ExportDialog from './ExportDialog';
import MigrateDialog from './MigrateDialog';
import RunOnceDialog from './RunOnceDialog';
import { vmName } from './vmRequests';
import { t } from '../../i18n';

const PRIMARY = new Set(['start', 'runonce', 'stop', 'shutdown', 'suspend', 'reboot', 'migrate', 'cancelmigration', 'ticket']);
const OWN_DIALOG = new Set(['runonce', 'migrate', 'export', 'ticket']);
const keyOf = (c: ActionChoice) => (c === 'remove' ? 'remove' : c.key ?? c.name);

export default function VmActions({ vm }: { vm: XmlObject }) {
  const navigate = useNavigate();
  const [open, setOpen] = useState<ActionChoice | null>(null);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const state = vm.status?.state === undefined ? undefined : String(vm.status.state);
  const choices: ActionChoice[] = [...allowedActions(vmTable, state, vm)];
  if (removable(vmTable, state)) choices.push('remove');
  const primary = choices.filter((c) => PRIMARY.has(keyOf(c)));
  const more = choices.filter((c) => !PRIMARY.has(keyOf(c)));
  const label = (c: ActionChoice) => (c === 'remove' ? 'Remove' : c.key === 'ticket' || c.name === 'ticket' ? 'Console' : c.label);
  const openKey = open ? keyOf(open) : '';
  const close = () => setOpen(null);
  const generic = open && !OWN_DIALOG.has(openKey) ? open : null;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }} role="group" aria-label={t('Actions for {{vm}}', { vm: vmName(vm) })}>
      {primary.map((c) => (
        <Button key={keyOf(c)} size="small" variant={keyOf(c) === 'start' || keyOf(c) === 'ticket' ? 'contained' : 'outlined'} onClick={() => setOpen(c)}>
          {label(c)}
        </Button>
      ))}
      {more.length ? (
        <>
          <Button size="small" endIcon={<MoreVertIcon fontSize="small" />} aria-haspopup="menu" onClick={(e) => setAnchor(e.currentTarget)}>{t('More')}</Button>
          <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
            {more.map((c) => <MenuItem key={keyOf(c)} onClick={() => { setAnchor(null); setOpen(c); }}>{label(c)}</MenuItem>)}
          </Menu>
        </>
      ) : null}
      {openKey === 'runonce' ? <RunOnceDialog vm={vm} open onClose={close} /> : null}
      {openKey === 'migrate' ? <MigrateDialog vm={vm} open onClose={close} /> : null}
      {openKey === 'export' ? <ExportDialog vm={vm} open onClose={close} /> : null}
      <ConsoleDialog vm={vm} open={openKey === 'ticket'} onClose={close} />
      <ActionDialog segment="vms" resource={vm} choice={generic as ActionDef | 'remove' | null} onClose={close}
        onDone={(c) => { if (c === 'remove') navigate('/vms'); }} />
    </Stack>
  );
}
