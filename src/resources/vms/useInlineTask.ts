// Row actions that need no dialog (plug, activate, eject): run as a task; the engine's refusal is kept to
// show above the table with the action's name.
import { useState } from 'react';
import { performAction, type ActionOutcome } from '../../components/actions';
import type { TaskRequest } from '../../tasks';
import { t } from '../../i18n';

export interface InlineFailure { label: string; error: NonNullable<ActionOutcome['error']> }

export function useInlineTask() {
  const [failure, setFailure] = useState<InlineFailure | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (req: TaskRequest) => {
    setBusy(req.label);
    setFailure(null);
    const o = await performAction(req);
    setBusy(null);
    if (o.state === 'failed') setFailure({ label: req.label, error: o.error ?? { reason: t('Failed'), detail: '' } });
  };
  return { run, busy, failure };
}
