import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useLocation } from 'react-router';

export default function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">Page not found</Typography>
      <Typography>There is no page at {pathname}.</Typography>
      <Link component={RouterLink} to="/">Go to the dashboard</Link>
    </Stack>
  );
}
