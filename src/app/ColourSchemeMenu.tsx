// Light, dark or the system's colour scheme, chosen from the top bar (and the login page) and remembered per browser.
import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightness';
import IconButton from '@mui/material/IconButton';
import { useColorScheme } from '@mui/material/styles';
import { useState } from 'react';
import { t, tk } from '../i18n';
import LazyMenuPopup, { preloadMenu } from './LazyMenuPopup';

type Mode = 'light' | 'dark' | 'system';

const MODES: { mode: Mode; label: string; icon: React.ReactNode }[] = [
  { mode: 'light', label: tk('Light'), icon: <LightModeIcon fontSize="small" /> },
  { mode: 'dark', label: tk('Dark'), icon: <DarkModeIcon fontSize="small" /> },
  { mode: 'system', label: tk('Same as the system'), icon: <SettingsBrightnessIcon fontSize="small" /> },
];

export default function ColourSchemeMenu() {
  const { mode, setMode } = useColorScheme();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const current = MODES.find((m) => m.mode === (mode ?? 'system')) ?? MODES[2];
  const title = t('Colour scheme: {{scheme}}', { scheme: t(current.label) });
  return (
    <>
      {/* A native title, not MUI's Tooltip: the login page shows this button and stays without Popper. */}
      <IconButton color="inherit" title={title} aria-label={title} aria-haspopup="menu" aria-expanded={!!anchor} {...preloadMenu}
        onClick={(e) => setAnchor(e.currentTarget)}>
        {current.icon}
      </IconButton>
      <LazyMenuPopup anchor={anchor} onClose={() => setAnchor(null)} radio
        choices={MODES.map((m) => ({ key: m.mode, label: t(m.label), icon: m.icon, selected: m.mode === current.mode, onChoose: () => setMode(m.mode) }))} />
    </>
  );
}
