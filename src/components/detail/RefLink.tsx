// A reference to another resource as a link to its page, named by the engine (looked up once, cached).
import Link from '@mui/material/Link';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { detailQuery } from '../../query';
import { DETAIL_COLLECTIONS } from './refs';

interface Props {
  collection: string;
  id: unknown;
  /** Known name; otherwise the referenced resource is fetched (once per id, shared with its own page). */
  name?: string;
}

export default function RefLink({ collection, id, name }: Props) {
  const key = id === undefined || id === null || id === '' ? '' : String(id);
  const hasPage = DETAIL_COLLECTIONS.has(collection);
  const looked = useQuery({ ...detailQuery(collection, key), enabled: !!key && !name, retry: false, staleTime: 60_000 });
  if (!key) return <>—</>;
  const shown = name ?? (looked.data?.name ? String(looked.data.name) : key);
  if (!hasPage) return <>{shown}</>;
  return <Link component={RouterLink} to={`/${collection}/${encodeURIComponent(key)}`}>{shown}</Link>;
}
