// The list pages' "Add user from directory" / "Add group from directory" button and its dialog.
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import Button from '@mui/material/Button';
import { useState } from 'react';
import AddFromDirectoryDialog from './AddFromDirectoryDialog';
import type { DirectoryKind } from './directory';
import { t } from '../../i18n';

export default function AddFromDirectoryButton({ kind }: { kind: DirectoryKind }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" variant="outlined" startIcon={<PersonAddIcon />} onClick={() => setOpen(true)}>
        {kind === 'users' ? t('Add user from directory') : t('Add group from directory')}
      </Button>
      {open ? <AddFromDirectoryDialog kind={kind} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

export const AddUsersFromDirectory = () => <AddFromDirectoryButton kind="users" />;
export const AddGroupsFromDirectory = () => <AddFromDirectoryButton kind="groups" />;
