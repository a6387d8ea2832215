// The one way a page shows a query: data if there is any (with a warning when a background refresh
// failed), else the fault with Retry, else a skeleton, else an empty state. Never a blank page.
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiError } from '../api';
import ErrorAlert from './ErrorAlert';
import { t } from '../i18n';

interface Props<T> {
  query: Pick<UseQueryResult<T>, 'data' | 'error' | 'isPending' | 'refetch'>;
  children: (data: T) => ReactNode;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  skeleton?: ReactNode;
  label?: string;
}

export default function QueryState<T>({ query, children, isEmpty, empty, skeleton, label = 'Loading' }: Props<T>) {
  const retry = () => void query.refetch();
  if (query.data !== undefined) {
    const content = isEmpty?.(query.data) ? (empty ?? <Typography color="text.secondary">{t('Nothing here yet.')}</Typography>) : children(query.data);
    return (
      <>
        {query.error ? <ErrorAlert severity="warning" title={t('Showing earlier data: the refresh failed')} error={query.error} onRetry={retry} /> : null}
        {content}
      </>
    );
  }
  // Retrying a 404 cannot help; everything else may (a fault can be transient, the network can come back).
  if (query.error) return <ErrorAlert error={query.error} onRetry={isApiError(query.error) && query.error.kind === 'notFound' ? undefined : retry} />;
  if (query.isPending) {
    return (
      skeleton ?? (
        <Stack spacing={1} role="progressbar" aria-label={label} aria-busy="true">
          <Skeleton variant="text" width="40%" />
          <Skeleton variant="rectangular" height={24} />
          <Skeleton variant="rectangular" height={24} />
          <Skeleton variant="rectangular" height={24} />
        </Stack>
      )
    );
  }
  return <>{empty ?? <Typography color="text.secondary">{t('Nothing here yet.')}</Typography>}</>;
}
