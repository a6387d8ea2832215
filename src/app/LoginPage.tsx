// Shown whenever nobody is logged in, at whatever URL was asked for (which stays, so logging in lands there).
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import LoginForm from '../components/LoginForm';
import { rememberDomain } from '../components/knownDomains';
import { useLogin } from '../query';
import ColourSchemeMenu from './ColourSchemeMenu';
import LanguageMenu from './LanguageMenu';
import { t } from '../i18n';

export default function LoginPage() {
  const login = useLogin();
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: (th) => (th.palette.mode === 'dark' ? th.palette.background.default : th.palette.grey[100]), p: 2 }}>
      <Paper sx={{ p: 4, pt: 1, width: '100%', maxWidth: 420 }}>
        {/* A row of their own above the title, so a narrow screen never puts them over it. */}
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', mr: -3, color: 'text.secondary' }}><ColourSchemeMenu /><LanguageMenu /></Box>
        <Typography variant="h5" component="h1" gutterBottom>{t('oVirt Administration Portal')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{t('Log in with your engine account.')}</Typography>
        <LoginForm onSubmit={(l) => login.mutate(l, { onSuccess: () => rememberDomain(l.domain) })} pending={login.isPending} error={login.error} />
      </Paper>
    </Box>
  );
}
