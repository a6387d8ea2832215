// A row's name in a list, linking to its detail page with the list's own URL parameters (search, sort,
// page), so the detail page's previous/next and "back" follow the view the user came from.
import Link from '@mui/material/Link';
import type { ReactNode } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';

export default function RowLink({ to, children }: { to: string; children: ReactNode }) {
  const { search } = useLocation();
  return <Link component={RouterLink} to={`${to}${search}`}>{children}</Link>;
}
