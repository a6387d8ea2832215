// AppBar + Drawer; the drawer lists the known collections the entry point links to.
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { entryPointQuery, useLogout, useSession } from '../query';
import EventNotifier from '../components/events/EventNotifier';
import { useChangeFeed } from '../components/events/useChangeFeed';
import RefreshControl from '../components/refresh/RefreshControl';
import TasksButton from '../components/tasks/TasksButton';
import SlowRequestsNotice from '../components/pending/SlowRequestsNotice';
import LanguageMenu from './LanguageMenu';
import { navEntries } from './navigation';
import { t } from '../i18n';

const WIDTH = 220;

function NavItem({ to, label }: { to: string; label: string }) {
  return (
    <ListItemButton component={NavLink} to={to} end={to === '/'} sx={{ '&.active': { bgcolor: 'action.selected', fontWeight: 600 } }}>
      <ListItemText primary={label} />
    </ListItemButton>
  );
}

export default function Layout({ children }: { children: ReactNode }) {
  const entry = useQuery(entryPointQuery());
  const { user } = useSession();
  const logout = useLogout();
  useChangeFeed();
  const product = entry.data?.productInfo?.name ?? 'oVirt';
  return (
    <Box sx={{ display: 'flex' }}>
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1 }}>
        <Toolbar>
          <Typography variant="h6" component="div" sx={{ flexGrow: 1 }}>{t('{{product}} — Administration Portal', { product })}</Typography>
          <RefreshControl />
          <EventNotifier />
          <TasksButton />
          <LanguageMenu />
          {user ? <Typography variant="body2" sx={{ mr: 2 }}>{user}</Typography> : null}
          <Button color="inherit" onClick={() => logout.mutate()} disabled={logout.isPending}>{t('Log out')}</Button>
        </Toolbar>
      </AppBar>
      <Drawer variant="permanent" sx={{ width: WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: WIDTH, boxSizing: 'border-box' } }}>
        <Toolbar />
        <Box component="nav" aria-label={t('Main')}>
          <List dense>
            <NavItem to="/" label={t('Dashboard')} />
            {navEntries(entry.data?.collections ?? {}).map((e) => <NavItem key={e.segment} to={`/${e.segment}`} label={t(e.label)} />)}
          </List>
        </Box>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, p: 3, minWidth: 0 }}>
        <Toolbar />
        <SlowRequestsNotice />
        {children}
      </Box>
    </Box>
  );
}
