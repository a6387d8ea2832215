// "New" and "Edit" buttons list and detail pages place; they lead to the form routes
// (`/<segment>/new`, `/<segment>/<id>/edit`, and the same below a parent for sub-collections).
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import Button from '@mui/material/Button';
import { Link } from 'react-router';
import { singular } from './saveRequest';
import { tableFor } from '../../schema';
import { currentLocale, t, tSchema } from '../../i18n';

interface Parent { collection: string; id: string }

const base = (segment: string, parent?: Parent) => (parent ? `/${parent.collection}/${encodeURIComponent(parent.id)}/${segment}` : `/${segment}`);

export const newPath = (segment: string, parent?: Parent) => `${base(segment, parent)}/new`;
export const editPath = (segment: string, id: string, parent?: Parent) => `${base(segment, parent)}/${encodeURIComponent(id)}/edit`;

/** Shown only for collections the engine lets a client create in (the table names a create operation). */
export default function NewButton({ segment, parent, label }: { segment: string; parent?: Parent; label?: string }) {
  const table = tableFor(segment);
  if (!table?.create) return null;
  return (
    <Button component={Link} to={newPath(segment, parent)} variant="contained" startIcon={<AddIcon />}>
      {label ?? t('New {{what}}', { what: currentLocale() !== 'en' ? tSchema(singular(table.label)) : singular(table.label).toLowerCase().replace(/^vm /, 'VM ').replace(/^vnic/, 'vNIC').replace(/^mac/, 'MAC').replace(/^cd-rom/, 'CD-ROM').replace(/numa/, 'NUMA') })}
    </Button>
  );
}

export function EditButton({ segment, id, parent, label }: { segment: string; id: string; parent?: Parent; label?: string }) {
  if (!tableFor(segment)?.update) return null;
  return <Button component={Link} to={editPath(segment, id, parent)} startIcon={<EditIcon />}>{label ?? t('Edit')}</Button>;
}
