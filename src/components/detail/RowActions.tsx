// The actions a sub-collection row offers (activate/deactivate an attached storage domain, detach a
// network), run as tasks; the engine's refusal is shown beside the table by the caller.
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { apiPath, linkHref } from '../../api';
import type { XmlObject } from '../../xsd/parse';
import { performAction, type ActionOutcome } from '../actions';
import type { RowAction } from './types';

interface Props {
  item: XmlObject;
  actions: RowAction[];
  /** The page's object, for the task panel and cache refresh. */
  target: { collection: string; id: string };
  onOutcome: (label: string, outcome: ActionOutcome) => void;
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

export default function RowActions({ item, actions, target, onOutcome }: Props) {
  const [busy, setBusy] = useState<string | null>(null);
  const name = itemName(item);
  const run = async (a: RowAction, path: string) => {
    setBusy(a.label);
    const outcome = await performAction({
      label: `${a.label} ${name}`, method: a.method ?? 'POST', path, target: { ...target },
      body: a.method === 'DELETE' ? undefined : { root: 'action', value: {} },
    });
    setBusy(null);
    onOutcome(`${a.label} ${name}`, outcome);
  };
  return (
    <Stack direction="row" spacing={1} role="group" aria-label={`Actions for ${name}`}>
      {actions.map((a) => {
        const path = offered(item, a);
        if (!path) return null;
        return (
          <Button key={a.label} size="small" variant="outlined" disabled={busy !== null} onClick={() => void run(a, path)}>
            {busy === a.label ? `${a.label}…` : a.label}
          </Button>
        );
      })}
    </Stack>
  );
}
