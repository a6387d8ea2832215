// Logged out → the login page (at the URL asked for); logged in → the portal (which puts the re-login
// dialog on top when the session is lost). On start, an existing engine session (cookie) is resumed.
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { parseEntryPoint, resumeSession } from '../api';
import { keys, useSession } from '../query';
import LoginPage from './LoginPage';
import { t } from '../i18n';

export default function AuthGate({ children }: { children: ReactNode }) {
  const { status } = useSession();
  const client = useQueryClient();
  useEffect(() => {
    if (status !== 'unknown') return;
    void resumeSession().then((res) => {
      if (res) client.setQueryData(keys.entry(), parseEntryPoint(res.value));
    });
  }, [status, client]);

  if (status === 'unknown') {
    return (
      <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
        <CircularProgress aria-label={t('Checking your session')} />
      </Box>
    );
  }
  if (status === 'loggedOut') return <LoginPage />;
  return children;
}
