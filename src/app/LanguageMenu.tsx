// The header's language menu; the choice is remembered in this browser (src/i18n).
import TranslateIcon from '@mui/icons-material/Translate';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { chooseLanguage, currentLocale, LANGUAGES, t } from '../i18n';

export default function LanguageMenu() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const current = LANGUAGES.find((l) => l.code === currentLocale()) ?? LANGUAGES[0];
  return (
    <>
      <Button color="inherit" startIcon={<TranslateIcon />} aria-haspopup="menu" aria-expanded={!!anchor}
        aria-label={t('Language: {{language}}', { language: current.name })} onClick={(e) => setAnchor(e.currentTarget)}>
        {current.code.toUpperCase()}
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {LANGUAGES.map((l) => (
          // Each language is named in itself, so whoever cannot read the current one still finds theirs.
          <MenuItem key={l.code} lang={l.code} selected={l.code === current.code}
            onClick={() => { setAnchor(null); void chooseLanguage(l.code); }}>{l.name}</MenuItem>
        ))}
      </Menu>
    </>
  );
}
