// A quota's cluster or storage limits (guide 9.5.3) with their usage, and the forms that add, change and
// remove them. Choices are the clusters / storage domains of the quota's data center.
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { apiPath } from '../../api';
import QueryState from '../../components/QueryState';
import SubTable, { type SubColumn } from '../../components/SubTable';
import { ConfirmRowDialog, subHref, type TabContext } from '../../components/detail';
import { allQuery, keys, nestedQuery, subQuery } from '../../query';
import { runTask } from '../../tasks';
import type { XmlObject } from '../../xsd/parse';
import QuotaLimitDialog from './QuotaLimitDialog';
import { KINDS, type LimitKind } from './quotaLimits';
import { inSentence, t } from '../../i18n';

interface Props { ctx: TabContext; kind: LimitKind; label: string; columns: SubColumn[] }

export default function QuotaLimitsTab({ ctx, kind, label, columns }: Props) {
  const dcId = ctx.scope.parent?.id ?? String(ctx.object.data_center?.id ?? '');
  const quotaId = ctx.id;
  const limits = useQuery(nestedQuery('datacenters', dcId, 'quotas', quotaId, kind));
  const clusters = useQuery({ ...allQuery('clusters'), enabled: kind === 'quotaclusterlimits' });
  const domains = useQuery({ ...subQuery('datacenters', dcId, 'storagedomains'), enabled: kind === 'quotastoragelimits' });
  const choices = kind === 'quotaclusterlimits'
    ? (clusters.data ?? []).filter((c) => String(c.data_center?.id ?? '') === dcId)
    : (domains.data ?? []);
  const client = useQueryClient();
  const refresh = () => void client.invalidateQueries({ queryKey: keys.nested('datacenters', dcId, 'quotas', quotaId, kind) });
  const [dialog, setDialog] = useState<ReactNode>(null);
  const close = () => setDialog(null);
  const href = subHref('quotas', ctx.object, kind);
  const target = { collection: 'datacenters', id: dcId, name: String(ctx.object.name ?? quotaId) };
  const { ref } = KINDS[kind];
  const noun = t(KINDS[kind].noun);
  const all = t(KINDS[kind].all);
  const nameOf = (l: XmlObject) => (l[ref]?.id ? String(choices.find((c) => c.id === l[ref].id)?.name ?? l[ref].id) : inSentence(all));
  const open = (limit?: XmlObject) => setDialog(
    <QuotaLimitDialog kind={kind} href={href} limit={limit} choices={choices} target={target} onClose={close} onDone={refresh} />);
  const remove = (l: XmlObject) => setDialog(
    <ConfirmRowDialog label={t('Remove {{what}}', { what: noun })} name={nameOf(l)} typeName={false} onClose={close} onDone={refresh}
      consequence={t('Quota {{quota}} no longer limits {{name}} by this rule.', { quota: target.name, name: nameOf(l) })}
      run={async () => {
        try {
          return { state: await (await runTask({ label: `Remove ${noun} ${nameOf(l)} of quota ${target.name}`, method: 'DELETE', path: apiPath(`${href}/${String(l.id)}`), target })).done };
        } catch (e) {
          const err = e as { reason?: string; detail?: string };
          return { state: 'failed', error: { reason: err.reason ?? 'Request failed', detail: err.detail ?? String(e) } };
        }
      }} />);
  const actions: SubColumn = { header: t('Actions'), value: (l) => (
    <Stack direction="row" spacing={0.5} role="group" aria-label={t('Actions for {{what}} {{name}}', { what: noun, name: nameOf(l) })}>
      <Button size="small" onClick={() => open(l)}>{t('Edit')}</Button>
      <Button size="small" color="error" onClick={() => remove(l)}>{t('Remove')}</Button>
    </Stack>
  ) };
  return (
    <Stack spacing={2}>
      <Stack direction="row"><Button variant="outlined" onClick={() => open()}>{t('Add {{what}}', { what: noun })}</Button></Stack>
      <QueryState query={limits} label={t('Loading {{label}}', { label: inSentence(label) })} isEmpty={(items) => items.length === 0}
        empty={<Typography color="text.secondary">{t('No {{what}}: the quota limits nothing here.', { what: inSentence(label) })}</Typography>}>
        {(items) => <SubTable label={label} items={items} columns={[...columns, actions]} />}
      </QueryState>
      {dialog}
    </Stack>
  );
}
