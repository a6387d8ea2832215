// Runs one action over many resources with a few requests in flight at a time (the engine serialises work on
// one object anyway; a limit keeps a thousand-row selection from flooding it), reporting each item's outcome.
import type { XmlObject } from '../../xsd/parse';
import type { ActionOutcome } from './runAction';

export interface BulkItem {
  key: string;
  name: string;
  resource: XmlObject;
  state: 'queued' | 'running' | 'complete' | 'failed';
  error?: ActionOutcome['error'];
}

export const BULK_CONCURRENCY = 3;

export async function runBulk(
  items: BulkItem[],
  run: (resource: XmlObject) => Promise<ActionOutcome>,
  onUpdate: (key: string, patch: Partial<BulkItem>) => void,
  concurrency = BULK_CONCURRENCY,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      onUpdate(item.key, { state: 'running', error: undefined });
      const outcome = await run(item.resource);
      onUpdate(item.key, { state: outcome.state, error: outcome.error });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}
