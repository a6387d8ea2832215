// The header's (and login page's) language menu; the choice is remembered in this browser (src/i18n). The
// menu itself loads on the first click (LanguageChoices).
import TranslateIcon from '@mui/icons-material/Translate';
import Button from '@mui/material/Button';
import { lazy, Suspense, useState } from 'react';
import { currentLocale, LANGUAGES, t } from '../i18n';

const LanguageChoices = lazy(() => import('./LanguageChoices'));

export default function LanguageMenu() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const current = LANGUAGES.find((l) => l.code === currentLocale()) ?? LANGUAGES[0];
  return (
    <>
      <Button color="inherit" startIcon={<TranslateIcon />} aria-haspopup="menu" aria-expanded={!!anchor}
        aria-label={t('Language: {{language}}', { language: current.name })} onClick={(e) => setAnchor(e.currentTarget)}>
        {current.code.toUpperCase()}
      </Button>
      {anchor ? (
        <Suspense fallback={null}>
          <LanguageChoices anchor={anchor} current={current.code} onClose={() => setAnchor(null)} />
        </Suspense>
      ) : null}
    </>
  );
}
