import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useLocation } from 'react-router';
import { t } from '../i18n';

export default function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">{t('Page not found')}</Typography>
      <Typography>{t('There is no page at {{pathname}}.', { pathname })}</Typography>
      <Link component={RouterLink} to="/">{t('Go to the dashboard')}</Link>
    </Stack>
  );
}
