// Tags assigned to an object (guide 24.3: POST a tag reference to `<href>/tags` to assign, DELETE
// `<href>/tags/<tag>` to unassign). Used by host, user, group, template and VM pages.
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiPath } from '../../api';
import { allQuery, detailQuery, keys, subQuery } from '../../query';
import { runTask } from '../../tasks';
import type { XmlObject } from '../../xsd/parse';
import ErrorAlert from '../ErrorAlert';
import QueryState from '../QueryState';
import SubTable from '../SubTable';
import RefLink from './RefLink';
import { subHref } from './transitional';
import { t } from '../../i18n';

export interface TagsTabProps { collection: string; id: string }

/** The root tag (guide 24.4.1) cannot be assigned. */
const isRoot = (t: XmlObject) => t.name === 'root' && !t.parent;

export default function TagsTab({ collection, id }: TagsTabProps) {
  const client = useQueryClient();
  const object = useQuery(detailQuery(collection, id));
  const assigned = useQuery(subQuery(collection, id, 'tags'));
  const all = useQuery({ ...allQuery('tags'), retry: false });
  const [choice, setChoice] = useState<XmlObject | null>(null);
  const [error, setError] = useState<{ what: string; error: unknown } | null>(null);
  const [busy, setBusy] = useState(false);
  const name = String(object.data?.name ?? id);
  const href = object.data ? apiPath(subHref(collection, object.data, 'tags')) : undefined;
  const have = new Set((assigned.data ?? []).map((t) => String(t.id)));
  const options = (all.data ?? []).filter((t) => !isRoot(t) && !have.has(String(t.id)));

  const run = async (what: string, req: Parameters<typeof runTask>[0]) => {
    setBusy(true);
    setError(null);
    try {
      await (await runTask(req)).done;
      setChoice(null);
    } catch (e) {
      setError({ what, error: e });
    } finally {
      setBusy(false);
      void client.invalidateQueries({ queryKey: keys.sub(collection, id, 'tags') });
    }
  };
  const target = { collection, id, name };
  const assign = () => choice && href && run('assign', {
    label: t('Tag {{name}} with {{tag}}', { name, tag: String(choice.name) }), method: 'POST', path: href, target, body: { root: 'tag', value: { id: choice.id } },
  });
  const unassign = (tag: XmlObject) => href && run('remove', {
    label: t('Remove tag {{tag}} from {{name}}', { tag: String(tag.name), name }), method: 'DELETE',
    path: typeof tag.href === 'string' ? apiPath(tag.href) : `${href}/${encodeURIComponent(String(tag.id))}`, target,
  });

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Autocomplete sx={{ width: 320 }} size="small" options={options} value={choice} loading={all.isPending}
          onChange={(_e, v) => setChoice(v)} getOptionLabel={(t) => String(t.name ?? t.id)} isOptionEqualToValue={(a, b) => a.id === b.id}
          renderInput={(params) => <TextField {...params} label={t('Tag to assign')} />} />
        <Button variant="outlined" onClick={() => void assign()} disabled={!choice || busy || !href}>{t('Assign tag')}</Button>
      </Stack>
      {error ? <ErrorAlert error={error.error} title={error.what === 'assign' ? t('The tag was not assigned') : t('The tag was not removed')} /> : null}
      <QueryState query={assigned} label={t('Loading tags')} isEmpty={(items) => items.length === 0}
        empty={<Typography color="text.secondary">{t('No tags assigned.')}</Typography>}>
        {(items) => (
          <SubTable label={t('Tags')} items={items} columns={[
            { header: t('Name'), value: (t) => <RefLink collection="tags" id={t.id} name={String(t.name ?? t.id)} /> },
            { header: t('Description'), value: (t) => String(t.description ?? '') },
            { header: t('Actions'), value: (tag) => (
              <Button size="small" color="error" disabled={busy} onClick={() => void unassign(tag)} aria-label={t('Remove tag {{tag}}', { tag: String(tag.name ?? tag.id) })}>{t('Remove')}</Button>
            ) },
          ]} />
        )}
      </QueryState>
    </Stack>
  );
}
