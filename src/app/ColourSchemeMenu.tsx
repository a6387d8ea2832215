// Light, dark or the system's colour scheme, chosen from the top bar and remembered per browser.
import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightness';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import { useColorScheme } from '@mui/material/styles';
import { useState } from 'react';
import { t, tk } from '../i18n';

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
      <Tooltip title={title}>
        <IconButton color="inherit" aria-label={title} aria-haspopup="menu" onClick={(e) => setAnchor(e.currentTarget)}>
          {current.icon}
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {MODES.map((m) => (
          <MenuItem key={m.mode} role="menuitemradio" aria-checked={m.mode === current.mode} selected={m.mode === current.mode}
            onClick={() => { setMode(m.mode); setAnchor(null); }}>
            <ListItemIcon>{m.icon}</ListItemIcon>
            <ListItemText>{t(m.label)}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
