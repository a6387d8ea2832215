// The create and edit page of any collection with an element table, at `/<segment>/new`,
// `/<segment>/<id>/edit`, and below a parent for sub-collections (`/vms/<id>/nics/new`).
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { detailQuery, entryPointQuery, subQuery } from '../../query';
import { tableFor, type Mode } from '../../schema';
import ErrorAlert from '../ErrorAlert';
import QueryState from '../QueryState';
import type { FormContext } from './fieldProps';
import ResourceForm, { type ResourceFormProps } from './ResourceForm';
import { singular } from './saveRequest';
import { inSentence, t, tSchema } from '../../i18n';

type Extra = Partial<Pick<ResourceFormProps, 'header' | 'hidden' | 'required' | 'refSources' | 'defaults' | 'submitLabel'>>;

export interface FormRoute { collection: string; parentId?: string; sub?: string; id?: string }

export function useFormRoute(): FormRoute {
  const { collection = '', parentId, sub, id } = useParams();
  return { collection, parentId, sub, id };
}

export default function ResourceFormPage({ mode, route, extra = {}, afterSave }: { mode: Mode; route?: FormRoute; extra?: Extra; afterSave?: string }) {
  const fromUrl = useFormRoute();
  const { collection, parentId, sub, id } = route ?? fromUrl;
  const navigate = useNavigate();
  const segment = sub ?? collection;
  const table = tableFor(segment);
  const ep = useQuery(entryPointQuery());
  const top = useQuery({ ...detailQuery(collection, id ?? ''), enabled: mode === 'edit' && !sub && !!id });
  const siblings = useQuery({ ...subQuery(collection, parentId ?? '', sub ?? ''), enabled: mode === 'edit' && !!sub && !!parentId });
  const back = afterSave ?? (sub ? `/${collection}/${parentId}` : `/${collection}`);
  // Below a VM or template the object belongs to its parent's cluster (enum values, quotas); below a cluster
  // or data center, to that one.
  const ownedByCluster = !!sub && !!parentId && (collection === 'vms' || collection === 'templates');
  const parent = useQuery({ ...detailQuery(collection, parentId ?? ''), enabled: ownedByCluster });
  const parentCluster = parent.data?.cluster?.id;
  const context: FormContext = !sub || !parentId ? {}
    : collection === 'clusters' ? { cluster: parentId }
    : collection === 'datacenters' ? { dataCenter: parentId }
    : { cluster: typeof parentCluster === 'string' ? parentCluster : undefined };

  if (!table || !(mode === 'create' ? table.create : table.update)) {
    return <ErrorAlert error={new Error(`The portal has no ${mode === 'create' ? 'create' : 'edit'} form for “${segment}”.`)} />;
  }
  const what = inSentence(tSchema(singular(table.label)));
  const title = mode === 'create' ? t('New {{what}}', { what }) : t('Edit {{what}}', { what });
  const entity = mode === 'edit'
    ? (sub ? { ...siblings, data: siblings.data?.find((s) => s.id === id) } : top)
    : { data: {}, error: null, isPending: false, refetch: top.refetch };
  return (
    <Stack spacing={2} sx={{ maxWidth: 1100 }}>
      <Typography variant="h5" component="h1">{title}</Typography>
      <QueryState query={ep} label={t('Loading')}>
        {(entry) => (
          <QueryState query={entity} label={t('Loading {{label}}', { label: table.label })}>
            {(initial) => {
              const root = entry.collections[collection] ?? `/${collection}`;
              return (
                <ResourceForm
                  table={table}
                  mode={mode}
                  collection={collection}
                  collectionPath={sub ? `${root}/${encodeURIComponent(parentId ?? '')}/${sub}` : root}
                  initial={mode === 'edit' ? initial : undefined}
                  context={context}
                  {...extra}
                  onSaved={() => navigate(back)}
                  onCancel={() => navigate(back)}
                />
              );
            }}
          </QueryState>
        )}
      </QueryState>
    </Stack>
  );
}
