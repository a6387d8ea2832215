// The pop-up list of the top bar's small menus (colour scheme, language). Its own chunk (lazyMenu.ts), so the
// login page loads MUI's Menu, Popover and Modal only when one of them is opened.
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import type { ReactNode } from 'react';

export interface MenuChoice {
  key: string;
  label: string;
  icon?: ReactNode;
  selected: boolean;
  /** The choice's own language (a language named in itself). */
  lang?: string;
  onChoose: () => void;
}

interface Props {
  anchor: HTMLElement | null;
  onClose: () => void;
  choices: MenuChoice[];
  /** `menuitemradio`: one of the choices is the current one (announced as checked). */
  radio?: boolean;
}

export default function MenuPopup({ anchor, onClose, choices, radio }: Props) {
  return (
    <Menu anchorEl={anchor} open={!!anchor} onClose={onClose}>
      {choices.map((c) => (
        <MenuItem key={c.key} lang={c.lang} selected={c.selected} role={radio ? 'menuitemradio' : undefined}
          aria-checked={radio ? c.selected : undefined} onClick={() => { onClose(); c.onChoose(); }}>
          {c.icon ? <ListItemIcon>{c.icon}</ListItemIcon> : null}
          <ListItemText>{c.label}</ListItemText>
        </MenuItem>
      ))}
    </Menu>
  );
}
