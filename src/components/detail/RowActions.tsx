// The actions a sub-collection row offers (activate/deactivate an attached storage domain, detach a
// network), run as tasks; the engine's refusal is shown beside the table by the caller, or inside the
// confirmation dialog for an action that asks first.
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { apiPath, linkHref } from '../../api';
import type { XmlObject } from '../../xsd/parse';
import { performAction, type ActionOutcome } from '../actions';
import type { TaskRequest } from '../../tasks';
import ConfirmRowDialog from './ConfirmRowDialog';
import type { RowAction, TabContext } from './types';
import { t } from '../../i18n';

interface Props {
  item: XmlObject;
  actions: RowAction[];
  /** The page's object, for the task panel and cache refresh. */
  target: { collection: string; id: string };
  onOutcome: (label: string, outcome: ActionOutcome) => void;
  /** The page's context, for a confirmation's consequence text. */
  ctx?: TabContext;
  /** The row's name in labels (default: name, alias, id). */
  name?: string;
}

const itemName = (i: XmlObject) => String(i.name ?? i.alias ?? i.id ?? '');

function offered(item: XmlObject, a: RowAction): string | undefined {
  const own = typeof item.href === 'string' ? apiPath(item.href) : undefined;
  if (!own || (a.when && !a.when(item))) return undefined;
  if (a.method === 'DELETE') return own;
  // guide 7.4.7: the engine lists the actions a resource offers; without that list, `when` decides.
  if (item.actions && a.rel) return linkHref(item.actions, a.rel) ? apiPath(linkHref(item.actions, a.rel)!) : undefined;
  return a.rel ? `${own}/${a.rel}` : undefined;
}

export default function RowActions({ item, actions, target, onOutcome, ctx, name: given }: Props) {
  const [busy, setBusy] = useState<string | null>(null);
  const [asking, setAsking] = useState<{ a: RowAction; path: string } | null>(null);
  const name = given || itemName(item);
  const request = (a: RowAction, path: string): TaskRequest => ({
    label: `${a.label} ${name}`, method: a.method ?? 'POST', path, target: { ...target },
    body: a.method === 'DELETE' ? undefined : { root: 'action', value: {} },
  });
  const send = (a: RowAction, path: string) => performAction(request(a, path));
  const run = async (a: RowAction, path: string) => {
    if (a.confirm) {
      setAsking({ a, path });
      return;
    }
    setBusy(a.label);
    const outcome = await send(a, path);
    setBusy(null);
    onOutcome(`${a.label} ${name}`, outcome);
  };
  return (
    <Stack direction="row" spacing={1} role="group" aria-label={t('Actions for {{name}}', { name })}>
      {actions.map((a) => {
        const path = offered(item, a);
        if (!path) return null;
        return (
          <Button key={a.label} size="small" variant="outlined" disabled={busy !== null} onClick={() => void run(a, path)}>
            {busy === a.label ? `${a.label}…` : a.label}
          </Button>
        );
      })}
      {asking ? (
        <ConfirmRowDialog label={asking.a.label} name={name} typeName={asking.a.confirm === 'typeName'}
          consequence={ctx && asking.a.consequence ? asking.a.consequence(item, ctx) : `${asking.a.label} ${name}.`}
          onClose={() => setAsking(null)} run={() => send(asking.a, asking.path)} request={() => request(asking.a, asking.path)}
          onDone={(o) => onOutcome(`${asking.a.label} ${name}`, o)} />
      ) : null}
    </Stack>
  );
}
