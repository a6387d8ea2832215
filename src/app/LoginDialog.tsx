// The session was lost (401 after login): ask again without leaving the page; the requests that
// failed wait and are retried once the user is back (api/session.ts requireLogin).
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LoginForm from '../components/LoginForm';
import { rememberDomain } from '../components/knownDomains';
import { useLogin, useLogout, useSession } from '../query';
import { t } from '../i18n';

export default function LoginDialog() {
  const { status, user } = useSession();
  const login = useLogin();
  const logout = useLogout();
  const [name, domain] = user ? [user.slice(0, user.lastIndexOf('@')), user.slice(user.lastIndexOf('@') + 1)] : ['', 'internal'];
  return (
    <Dialog open={status === 'expired'} aria-labelledby="relogin-title">
      <DialogTitle id="relogin-title">{t('Your session has ended')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('Log in again to continue where you were.')}</DialogContentText>
        <LoginForm
          onSubmit={(l) => login.mutate(l, { onSuccess: () => rememberDomain(l.domain) })}
          pending={login.isPending}
          error={login.error}
          initialUser={name}
          initialDomain={domain || 'internal'}
          extraActions={<Button onClick={() => logout.mutate()}>{t('Log out')}</Button>}
        />
      </DialogContent>
    </Dialog>
  );
}
