// A small read-only table for a sub-collection (a VM's disks, NICs, ...), driven by a column list.
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import type { XmlObject } from '../xsd/parse';
import { t } from '../i18n';

export interface SubColumn { header: string; value: (item: XmlObject) => ReactNode }

export default function SubTable({ label, items, columns }: { label: string; items: XmlObject[]; columns: SubColumn[] }) {
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>{columns.map((c) => <TableCell key={c.header}>{t(c.header)}</TableCell>)}</TableRow>
      </TableHead>
      <TableBody>
        {items.map((item, i) => (
          <TableRow key={String(item.id ?? i)}>
            {columns.map((c) => <TableCell key={c.header}>{c.value(item)}</TableCell>)}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
