// One sub-collection tab: fetched when the tab opens, polled while a row is changing, names of referenced
// items from one list each, optional row actions and "attach existing".
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Link from '@mui/material/Link';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, apiPath, namesById } from '../../api';
import { Link as RouterLink } from 'react-router';
import { allQuery } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import type { ActionOutcome } from '../actions';
import ErrorAlert from '../ErrorAlert';
import QueryState from '../QueryState';
import SubTable from '../SubTable';
import AttachDialog from './AttachDialog';
import RowActions from './RowActions';
import { itemPath, tabKey, tabQuery, targetOf, type Scope } from './scope';
import { subColumns } from './subColumns';
import { isTransitional, POLL_MS, subHref } from './transitional';
import type { DetailTab } from './types';
import { inSentence, t } from '../../i18n';

interface Props { scope: Scope; object: XmlObject; tab: DetailTab }

export default function SubCollectionPanel({ scope, object, tab }: Props) {
  const { collection, id } = scope;
  const query = useQuery({
    ...tabQuery(scope, tab.key),
    refetchInterval: (q) => (q.state.data?.some((i) => isTransitional(i)) ? POLL_MS : false),
  });
  const lookups = useQueries({ queries: (tab.lookups ?? []).map((c) => ({ ...allQuery(c), retry: false })) });
  const maps = new Map((tab.lookups ?? []).map((c, i) => [c, namesById(lookups[i]?.data ?? [])]));
  const names = (c: string, ref: unknown) => (ref ? maps.get(c)?.get(String(ref)) ?? String(ref) : '');
  const [failure, setFailure] = useState<{ label: string; error: { reason: string; detail: string } } | null>(null);
  const [attaching, setAttaching] = useState(false);
  const target = targetOf(scope, String(object.name ?? id));
  const client = useQueryClient();
  const refresh = () => void client.invalidateQueries({ queryKey: tabKey(scope, tab.key) });
  const onOutcome = (label: string, o: ActionOutcome) => {
    setFailure(o.state === 'failed' && o.error ? { label, error: o.error } : null);
    refresh();
  };

  // An item with its own page under this object (a quota of a data center) links there by its name.
  const linkOf = tab.linkItems && !scope.parent
    ? (i: XmlObject, shown: string) => (i.id ? <Link component={RouterLink} to={itemPath(collection, id, tab.key, String(i.id))}>{shown}</Link> : shown)
    : undefined;
  let cols = subColumns(tab, names, linkOf);
  if (tab.rowActions?.length) {
    const actions = tab.rowActions;
    const ctx = { collection, id, object, scope };
    cols = [...cols, { header: t('Actions'), value: (i) => <RowActions item={i} actions={actions} target={target} onOutcome={onOutcome} ctx={ctx} name={tab.itemName?.(i, names)} /> }];
  }
  const lower = inSentence(t(tab.label));
  return (
    <Stack spacing={2}>
      {tab.attach ? (
        <Stack direction="row"><Button variant="outlined" onClick={() => setAttaching(true)}>{t(tab.attach.label)}</Button></Stack>
      ) : null}
      {failure ? <ErrorAlert title={t('{{label}} failed', { label: failure.label })} error={new ApiError({ status: 0, kind: 'fault', ...failure.error })} /> : null}
      <QueryState query={query} label={t('Loading {{lower}}', { lower })} isEmpty={(items) => items.length === 0}
        empty={<Typography color="text.secondary">{t('No {{lower}}.', { lower })}</Typography>}>
        {(items) => <SubTable label={t(tab.label)} items={items} columns={cols} />}
      </QueryState>
      {tab.attach ? (
        <AttachDialog open={attaching} onClose={() => setAttaching(false)} onDone={refresh} attach={tab.attach} href={apiPath(subHref(collection, object, tab.key))}
          present={new Set((query.data ?? []).map((i) => String(i.id)))} target={target}
          keep={tab.attach.filter ? (c) => tab.attach!.filter!(c, { collection, id, object, scope }) : undefined} />
      ) : null}
    </Stack>
  );
}
