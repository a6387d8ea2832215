// Per-row actions in a list: an "Actions" column whose button opens a menu of what the row's state allows.
// The menu and the dialog live outside the grid (a dialog inside a grid cell would get the grid's keyboard
// handling), so the hook returns the column and the element to render beside the table.
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useMemo, useState, type ReactNode } from 'react';
import type { XmlObject } from '../../xsd/parse';
import type { ResourceColumn } from '../ResourceTable';
import ActionDialog from './ActionDialog';
import { choicesFor } from './ActionButtons';
import { choiceLabel, resourceName, type ActionChoice } from './runAction';
import { t } from '../../i18n';

const MORE_VERT = 'M12 8c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2zm0 2c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2zm0 6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2z';

/** A page's own dialog for an action, by the action's name, in place of the generic action dialog. */
export type RowActionDialogs = Record<string, (row: XmlObject, onClose: () => void) => ReactNode>;

export function useRowActions(segment: string, onDone?: (choice: ActionChoice, resource: XmlObject) => void, dialogs: RowActionDialogs = {}): { column: ResourceColumn; element: ReactNode } {
  const [menu, setMenu] = useState<{ row: XmlObject; anchor: HTMLElement } | null>(null);
  const [open, setOpen] = useState<{ row: XmlObject; choice: ActionChoice } | null>(null);
  // One column object while the segment stays: a new one per render would make the grid render every cell again.
  const column: ResourceColumn = useMemo(() => ({
    field: '__actions', headerName: t('Actions'), width: 80, sortable: false, disableColumnMenu: true,
    renderCell: ({ row }) => (choicesFor(segment, row).length ? (
      // A plain button with the shared `row-menu-button` style: a list has one per row (issue 12).
      <button type="button" className="row-menu-button" aria-label={t('Actions for {{row}}', { row: resourceName(row) })} aria-haspopup="menu"
        onClick={(e) => { e.stopPropagation(); setMenu({ row, anchor: e.currentTarget }); }}>
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d={MORE_VERT} /></svg>
      </button>
    ) : null),
  }), [segment]);
  const choices = menu ? choicesFor(segment, menu.row) : [];
  const element = (
    <>
      <Menu anchorEl={menu?.anchor} open={!!menu} onClose={() => setMenu(null)}>
        {choices.map((c) => (
          <MenuItem key={c === 'remove' ? 'remove' : c.name} onClick={() => { if (menu) setOpen({ row: menu.row, choice: c }); setMenu(null); }}>
            {choiceLabel(c)}
          </MenuItem>
        ))}
      </Menu>
      {open && open.choice !== 'remove' && dialogs[open.choice.name] ? dialogs[open.choice.name](open.row, () => setOpen(null))
        : open ? (
          <ActionDialog segment={segment} resource={open.row} choice={open.choice} onClose={() => setOpen(null)}
            onDone={(c) => onDone?.(c, open.row)} />
        ) : null}
    </>
  );
  return { column, element };
}
