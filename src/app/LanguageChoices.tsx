// The open language menu: its own chunk, loaded on the first click, so the login page does not carry MUI's
// Menu, Popover and Modal for a menu most visitors never open (issue 12: the login page loads what it shows).
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { chooseLanguage, LANGUAGES, type Language } from '../i18n';

export default function LanguageChoices({ anchor, current, onClose }: { anchor: HTMLElement; current: Language; onClose: () => void }) {
  return (
    <Menu anchorEl={anchor} open onClose={onClose}>
      {LANGUAGES.map((l) => (
        // Each language is named in itself, so whoever cannot read the current one still finds theirs.
        <MenuItem key={l.code} lang={l.code} selected={l.code === current}
          onClick={() => { onClose(); void chooseLanguage(l.code); }}>{l.name}</MenuItem>
      ))}
    </Menu>
  );
}
