// A row's name in a list, linking to its detail page with the list's own URL parameters (search, sort,
// page), so the detail page's previous/next and "back" follow the view the user came from. A router link
// with the shared `row-link` style (src/app/sharedStyles.ts), not a styled component: a list has one per row.
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';

export default function RowLink({ to, children }: { to: string; children: ReactNode }) {
  const { search } = useLocation();
  return <Link className="row-link" to={`${to}${search}`}>{children}</Link>;
}
