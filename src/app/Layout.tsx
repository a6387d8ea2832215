// AppBar + Drawer; the drawer lists the known collections the entry point links to. Below the `md`
// breakpoint (a phone) the drawer is a temporary one behind a menu button, and the bar keeps only its essentials
// (the refresh interval and the language move into the drawer).
// A skip link is the first thing Tab reaches; global shortcuts (useShortcuts) are listed in the `?` dialog.
import KeyboardIcon from '@mui/icons-material/Keyboard';
import LogoutIcon from '@mui/icons-material/Logout';
import MenuIcon from '@mui/icons-material/Menu';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import { entryPointQuery, useLogout, useSession } from '../query';
import EventNotifier from '../components/events/EventNotifier';
import { useChangeFeed } from '../components/events/useChangeFeed';
import RefreshControl from '../components/refresh/RefreshControl';
import TasksButton from '../components/tasks/TasksButton';
import SlowRequestsNotice from '../components/pending/SlowRequestsNotice';
import ColourSchemeMenu from './ColourSchemeMenu';
import LanguageMenu from './LanguageMenu';
import { navEntries } from './navigation';
import ShortcutsDialog from './ShortcutsDialog';
import SkipLink from './SkipLink';
import { useShortcuts } from './useShortcuts';
import { t } from '../i18n';

const WIDTH = 220;

function NavItem({ to, label }: { to: string; label: string }) {
  return (
    <ListItem disablePadding>
      <ListItemButton component={NavLink} to={to} end={to === '/'} sx={{ '&.active': { bgcolor: 'action.selected', fontWeight: 600 } }}>
        <ListItemText primary={label} />
      </ListItemButton>
    </ListItem>
  );
}

export default function Layout({ children }: { children: ReactNode }) {
  const entry = useQuery(entryPointQuery());
  const { user } = useSession();
  const logout = useLogout();
  useChangeFeed();
  const phone = useMediaQuery(useTheme().breakpoints.down('md'), { noSsr: true });
  const [navOpen, setNavOpen] = useState(false);
  const [help, setHelp] = useState(false);
  const { pathname } = useLocation();
  useEffect(() => setNavOpen(false), [pathname]);
  const toNavigation = useCallback(() => {
    if (phone) setNavOpen(true);
    else document.querySelector<HTMLElement>('#main-navigation a')?.focus();
  }, [phone]);
  useShortcuts({ onHelp: useCallback(() => setHelp(true), []), onNavigation: toNavigation });
  const product = entry.data?.productInfo?.name ?? 'oVirt';
  const nav = (
    <Box component="nav" id="main-navigation" aria-label={t('Main')}>
      <List dense>
        <NavItem to="/" label={t('Dashboard')} />
        {navEntries(entry.data?.collections ?? {}).map((e) => <NavItem key={e.segment} to={`/${e.segment}`} label={t(e.label)} />)}
      </List>
    </Box>
  );
  return (
    <Box sx={{ display: 'flex' }}>
      <SkipLink target="main-content" />
      <AppBar position="fixed" sx={{ zIndex: (th) => th.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: phone ? 0.5 : 0 }}>
          {phone ? (
            <IconButton color="inherit" edge="start" aria-label={t('Open navigation')} aria-expanded={navOpen} onClick={() => setNavOpen(true)}><MenuIcon /></IconButton>
          ) : null}
          <Typography variant="h6" component="div" noWrap sx={{ flexGrow: 1, minWidth: 0 }}>
            {phone ? product : t('{{product}} — Administration Portal', { product })}
          </Typography>
          {phone ? null : <RefreshControl />}
          <EventNotifier />
          <TasksButton />
          <ColourSchemeMenu />
          {phone ? null : <LanguageMenu />}
          {phone ? null : (
            <Tooltip title={t('Keyboard shortcuts (?)')}>
              <IconButton color="inherit" aria-label={t('Keyboard shortcuts')} onClick={() => setHelp(true)}><KeyboardIcon /></IconButton>
            </Tooltip>
          )}
          {user && !phone ? <Typography variant="body2" sx={{ mx: 2 }}>{user}</Typography> : null}
          {phone ? (
            <IconButton color="inherit" edge="end" aria-label={t('Log out')} onClick={() => logout.mutate()} disabled={logout.isPending}><LogoutIcon /></IconButton>
          ) : (
            <Button color="inherit" onClick={() => logout.mutate()} disabled={logout.isPending} sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}>{t('Log out')}</Button>
          )}
        </Toolbar>
      </AppBar>
      {phone ? (
        <Drawer variant="temporary" open={navOpen} onClose={() => setNavOpen(false)} sx={{ '& .MuiDrawer-paper': { width: 260 } }}>
          <Toolbar />
          {user ? <Typography variant="body2" sx={{ p: 2 }}>{user}</Typography> : null}
          <Box sx={{ px: 2, pb: 1, color: 'text.primary', display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}><RefreshControl /><LanguageMenu /></Box>
          {nav}
        </Drawer>
      ) : (
        <Drawer variant="permanent" sx={{ width: WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: WIDTH, boxSizing: 'border-box' } }}>
          <Toolbar />
          {nav}
        </Drawer>
      )}
      <Box component="main" id="main-content" tabIndex={-1} sx={{ flexGrow: 1, p: phone ? 1.5 : 3, minWidth: 0, '&:focus': { outline: 'none' } }}>
        <Toolbar />
        <SlowRequestsNotice />
        {children}
      </Box>
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </Box>
  );
}
