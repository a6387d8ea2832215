// Network labels of a logical network (guide 11.5.2-11.5.3) or a host NIC (14.7.2.4): a NIC and a network
// with the same label are associated automatically. Add a label by its text (`<label id="…"/>`), remove one.
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError, apiPath } from '../../api';
import type { XmlObject } from '../../xsd/parse';
import { performAction, type ActionOutcome } from '../actions';
import ErrorAlert from '../ErrorAlert';
import QueryState from '../QueryState';
import SubTable from '../SubTable';
import { tabKey, tabQuery, targetOf, type Scope } from './scope';
import { subHref } from './transitional';
import { t } from '../../i18n';

// A label is its own id in URLs (`…/labels/eth0`, guide 11.5.2): keep to identifier characters.
const VALID = /^[\w-]+$/;

export default function LabelsTab({ scope, object }: { scope: Scope; object: XmlObject }) {
  const labels = useQuery(tabQuery(scope, 'labels'));
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ title: string; error: NonNullable<ActionOutcome['error']> } | null>(null);
  const href = apiPath(subHref(scope.collection, object, 'labels'));
  const target = targetOf(scope, String(object.name ?? scope.id));
  const run = async (title: string, req: Parameters<typeof performAction>[0]) => {
    setBusy(true);
    setFailure(null);
    const o = await performAction(req);
    setBusy(false);
    void client.invalidateQueries({ queryKey: tabKey(scope, 'labels') });
    if (o.state === 'failed') setFailure({ title, error: o.error ?? { reason: t('The engine refused'), detail: '' } });
    return o.state === 'complete';
  };
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const label = text.trim();
    if (!VALID.test(label) || busy) return;
    if (await run(`Label ${label} was not added`, { label: t('Add label {{label}} to {{name}}', { label, name: target.name }), method: 'POST', path: href, target, body: { root: 'label', value: { id: label } } })) setText('');
  };
  const remove = (l: XmlObject) => run(`Label ${String(l.id)} was not removed`, {
    label: t('Remove label {{id}} from {{name}}', { id: String(l.id), name: target.name }), method: 'DELETE', target,
    path: typeof l.href === 'string' ? apiPath(l.href) : `${href}/${encodeURIComponent(String(l.id))}`,
  });
  const invalid = text.trim() !== '' && !VALID.test(text.trim());
  return (
    <Stack spacing={2}>
      <Stack component="form" direction="row" spacing={1} onSubmit={add} noValidate sx={{ alignItems: 'flex-start' }}>
        <TextField size="small" label={t('New label')} value={text} onChange={(e) => setText(e.target.value)} disabled={busy}
          error={invalid} helperText={invalid ? t('Letters, digits, _ and - only') : undefined} />
        <Button type="submit" variant="outlined" disabled={busy || !text.trim() || invalid}>{t('Add label')}</Button>
      </Stack>
      {failure ? <ErrorAlert title={failure.title} error={new ApiError({ status: 0, kind: 'fault', ...failure.error })} /> : null}
      <QueryState query={labels} label={t('Loading labels')} isEmpty={(items) => items.length === 0}
        empty={<Typography color="text.secondary">{t('No labels.')}</Typography>}>
        {(items) => (
          <SubTable label={t('Labels')} items={items} columns={[
            { header: t('Label'), value: (l) => String(l.id ?? '') },
            { header: t('Actions'), value: (l) => (
              <Button size="small" color="error" disabled={busy} onClick={() => void remove(l)} aria-label={t('Remove label {{id}}', { id: String(l.id) })}>{t('Remove')}</Button>
            ) },
          ]} />
        )}
      </QueryState>
    </Stack>
  );
}
