// A bar over a list with a selection: the bulk actions every selected item's state allows (and Remove when all
// can be removed). Runs the action on each (a few at a time), shows per-item results, clears the selection once
// the run is over, and offers "Retry failed".
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { FormValues } from '../../schema';
import { actionTableFor, allowedActions, removable } from '../../schema/actions';
import type { XmlObject } from '../../xsd/parse';
import BulkConfirmDialog from './BulkConfirmDialog';
import BulkResultsDialog from './BulkResultsDialog';
import { actionRequest, choiceLabel, performAction, resourceName, type ActionChoice } from './runAction';
import { runBulk, type BulkItem } from './runBulk';
import { t } from '../../i18n';

export interface BulkActionBarProps {
  /** API segment of the collection; selects the action table. */
  segment: string;
  /** The selected resources as the engine sent them. */
  selected: XmlObject[];
  /** Empties the selection (called when a run is over). */
  onClear: () => void;
  /** Plural noun for the items in titles ("hosts"); defaults to "items". */
  noun?: string;
}

const stateOf = (r: XmlObject) => (r.status?.state === undefined ? undefined : String(r.status.state));
const keyOf = (r: XmlObject) => String(r.id ?? r.href ?? r.name);

/** Actions marked `bulk` that every selected item allows, then Remove when every item is removable. */
export function bulkChoices(segment: string, selected: XmlObject[]): ActionChoice[] {
  const table = actionTableFor(segment);
  if (!table || !selected.length) return [];
  const out: ActionChoice[] = table.actions.filter((a) => a.bulk && selected.every((r) => allowedActions(table, stateOf(r)).includes(a)));
  if (selected.every((r) => removable(table, stateOf(r)))) out.push('remove');
  return out;
}

export default function BulkActionBar({ segment, selected, onClear, noun = 'items' }: BulkActionBarProps) {
  const [asking, setAsking] = useState<ActionChoice | null>(null);
  const [run, setRun] = useState<{ choice: ActionChoice; values: FormValues; items: BulkItem[] } | null>(null);
  const table = actionTableFor(segment);
  const choices = bulkChoices(segment, selected);
  const paramsOf = (c: ActionChoice) => (c === 'remove' ? table?.remove?.params : c.params);

  const start = async (choice: ActionChoice, values: FormValues, items: BulkItem[], only?: Set<string>) => {
    const fresh = items.map((i) => (!only || only.has(i.key) ? { ...i, state: 'queued' as const, error: undefined } : i));
    setRun({ choice, values, items: fresh });
    const update = (key: string, patch: Partial<BulkItem>) =>
      setRun((r) => (r ? { ...r, items: r.items.map((i) => (i.key === key ? { ...i, ...patch } : i)) } : r));
    await runBulk(
      fresh.filter((i) => !only || only.has(i.key)),
      (res) => performAction(actionRequest(segment, res, choice, paramsOf(choice), values)),
      update,
    );
    onClear();
  };

  const confirm = (values: FormValues) => {
    if (!asking) return;
    const items: BulkItem[] = selected.map((r) => ({ key: keyOf(r), name: resourceName(r), resource: r, state: 'queued' }));
    setAsking(null);
    void start(asking, values, items);
  };

  const retryFailed = () => {
    if (!run) return;
    void start(run.choice, run.values, run.items, new Set(run.items.filter((i) => i.state === 'failed').map((i) => i.key)));
  };

  return (
    <>
      {selected.length ? (
        <Paper variant="outlined" sx={{ px: 2, py: 1 }}>
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }} role="toolbar" aria-label={t('Bulk actions')}>
            <Typography sx={{ mr: 1 }}>{t('{{length}} selected', { length: selected.length })}</Typography>
            {choices.map((c) => (
              <Button key={c === 'remove' ? 'remove' : c.name} size="small" variant="outlined" color={c === 'remove' ? 'error' : 'primary'}
                onClick={() => setAsking(c)}>{choiceLabel(c)}</Button>
            ))}
            {!choices.length ? <Typography color="text.secondary">{t('No action applies to every selected item')}</Typography> : null}
            <Button size="small" onClick={onClear}>{t('Clear selection')}</Button>
          </Stack>
        </Paper>
      ) : null}
      {asking ? (
        <BulkConfirmDialog choice={asking} params={paramsOf(asking)} names={selected.map(resourceName)} noun={noun}
          onCancel={() => setAsking(null)} onConfirm={confirm} />
      ) : null}
      <BulkResultsDialog open={!!run} title={run ? `${choiceLabel(run.choice)} ${run.items.length} ${noun}` : ''}
        items={run?.items ?? []} onRetryFailed={retryFailed} onClose={() => setRun(null)} />
    </>
  );
}
