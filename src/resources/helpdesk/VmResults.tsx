// The helpdesk's search results: pick one VM (its console panel opens) or tick several for bulk tickets.
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import StatusChip from '../../components/StatusChip';
import type { XmlObject } from '../../xsd/parse';
import { t } from '../../i18n';

interface Props {
  vms: XmlObject[];
  selectedId?: string;
  onSelect: (id: string) => void;
  checked: Set<string>;
  onCheck: (ids: Set<string>) => void;
}

export default function VmResults({ vms, selectedId, onSelect, checked, onCheck }: Props) {
  const all = vms.length > 0 && vms.every((v) => checked.has(String(v.id)));
  const toggle = (id: string) => {
    const next = new Set(checked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onCheck(next);
  };
  return (
    <Table size="small" aria-label={t('Matching virtual machines')}>
      <TableHead>
        <TableRow>
          <TableCell padding="checkbox">
            <Checkbox checked={all} indeterminate={!all && checked.size > 0} slotProps={{ input: { 'aria-label': t('Select all') } }}
              onChange={() => onCheck(all ? new Set() : new Set(vms.map((v) => String(v.id))))} />
          </TableCell>
          <TableCell>{t('Name')}</TableCell><TableCell>{t('Status')}</TableCell><TableCell>{t('Console')}</TableCell><TableCell>{t('Description')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {vms.map((vm) => {
          const id = String(vm.id);
          const name = String(vm.name ?? id);
          return (
            <TableRow key={id} selected={id === selectedId} hover>
              <TableCell padding="checkbox">
                <Checkbox checked={checked.has(id)} onChange={() => toggle(id)} slotProps={{ input: { 'aria-label': t('Select {{name}}', { name }) } }} />
              </TableCell>
              <TableCell>
                <Button size="small" onClick={() => onSelect(id)} aria-pressed={id === selectedId} sx={{ textTransform: 'none' }}>{name}</Button>
              </TableCell>
              <TableCell><StatusChip state={vm.status?.state} /></TableCell>
              <TableCell>{vm.display?.type ? String(vm.display.type).toUpperCase() : ''}</TableCell>
              <TableCell>{String(vm.description ?? '')}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
