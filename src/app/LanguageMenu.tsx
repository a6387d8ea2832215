// The header's language menu; the choice is remembered in this browser (src/i18n).
import TranslateIcon from '@mui/icons-material/Translate';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { chooseLanguage, currentLocale, LANGUAGES, t } from '../i18n';
import LazyMenuPopup, { preloadMenu } from './LazyMenuPopup';

export default function LanguageMenu() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const current = LANGUAGES.find((l) => l.code === currentLocale()) ?? LANGUAGES[0];
  return (
    <>
      <Button color="inherit" startIcon={<TranslateIcon />} aria-haspopup="menu" aria-expanded={!!anchor} {...preloadMenu}
        aria-label={t('Language: {{language}}', { language: current.name })} onClick={(e) => setAnchor(e.currentTarget)}>
        {current.code.toUpperCase()}
      </Button>
      {/* Each language is named in itself, so whoever cannot read the current one still finds theirs. */}
      <LazyMenuPopup anchor={anchor} onClose={() => setAnchor(null)}
        choices={LANGUAGES.map((l) => ({ key: l.code, label: l.name, lang: l.code, selected: l.code === current.code, onChoose: () => void chooseLanguage(l.code) }))} />
    </>
  );
}
