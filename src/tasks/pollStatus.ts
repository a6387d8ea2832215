// guide 7.3.11 and 7.4.7: an async creation or action answers 202 with a status href; GET it until the
// state is `complete` or `failed`. A finished action may answer 301 back to the resource (fetch follows
// it, so any body that is not an action/creation means it is over). Polls back off: 1 s, 2 s, 4 s ... 10 s.
import { get, linkHref } from '../api';
import type { XmlObject } from '../xsd/parse';
import type { TaskState } from './taskStore';

export interface PollOutcome { state: 'complete' | 'failed'; fault?: { reason: string; detail: string } }

const str = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'object' ? str((v as XmlObject)['#text']) : String(v));

/** The status href to follow in a 202 answer, if any. */
export function statusHrefOf(root: string, value: XmlObject): string | undefined {
  if (root === 'action') return typeof value.href === 'string' ? value.href : undefined;
  return linkHref(value, 'creation_status');
}

export function stateOf(root: string, value: XmlObject): TaskState | undefined {
  const holder = root === 'action' || root === 'creation' ? value.status : value.creation_status;
  const s = str((holder as XmlObject | undefined)?.state).toLowerCase();
  return s === 'pending' || s === 'in_progress' || s === 'complete' || s === 'failed' ? s : undefined;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function pollStatus(
  href: string,
  onState: (s: TaskState) => void,
  opts: { firstDelayMs?: number; maxDelayMs?: number; maxPolls?: number } = {},
): Promise<PollOutcome> {
  let delay = opts.firstDelayMs ?? 1000;
  for (let i = 0; i < (opts.maxPolls ?? 60); i++) {
    await sleep(delay);
    delay = Math.min(delay * 2, opts.maxDelayMs ?? 10_000);
    const res = await get(href);
    if (res.root !== 'action' && res.root !== 'creation') return { state: 'complete' };
    const state = stateOf(res.root, res.value);
    if (state === 'complete') return { state };
    if (state === 'failed') {
      const f = res.value.fault as XmlObject | undefined;
      return { state, fault: f ? { reason: str(f.reason), detail: str(f.detail) } : undefined };
    }
    if (state) onState(state);
  }
  return { state: 'failed', fault: { reason: 'No result', detail: `The engine did not report a result for ${href}` } };
}
