// guide 15.7.12: POST /vms/{id}/ticket with `<action><ticket><expiry>SECONDS</expiry></ticket></action>`; the
// engine answers with the ticket it set (value and expiry). The ticket lives only in the caller's React state:
// it is not cached, not stored, and the task panel records only that a ticket was issued.
import { apiPath, get } from '../../api';
import { runTask } from '../../tasks';
import type { XmlObject } from '../../xsd/parse';
import { t, tk } from '../../i18n';

export interface ConsoleTicket {
  value: string;
  /** Seconds, as the engine reported it. */
  expiry: number;
  /** Local clock time (ms) at which the engine stops accepting it. */
  expiresAt: number;
}

/** Expiry choices offered (seconds); the engine's own default is 120. */
export const EXPIRY_CHOICES: { seconds: number; label: string }[] = [
  { seconds: 60, label: tk('1 minute') },
  { seconds: 120, label: tk('2 minutes') },
  { seconds: 300, label: tk('5 minutes') },
  { seconds: 900, label: tk('15 minutes') },
  { seconds: 1800, label: tk('30 minutes') },
  { seconds: 3600, label: tk('1 hour') },
  { seconds: 7200, label: tk('2 hours') },
];

export const vmPath = (vm: XmlObject): string => (typeof vm.href === 'string' ? apiPath(vm.href) : `/vms/${encodeURIComponent(String(vm.id))}`);

const str = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'object' ? str((v as XmlObject)['#text']) : String(v));

/** Reads the `<ticket>` of an action answer; throws when the engine sent none. */
export function ticketOf(action: XmlObject, requestedExpiry: number, now = Date.now()): ConsoleTicket {
  const t = action.ticket as XmlObject | undefined;
  const value = str(t?.value);
  if (!value) throw new Error('The engine answered without a ticket value');
  const expiry = Number(str(t?.expiry)) || requestedExpiry;
  return { value, expiry, expiresAt: now + expiry * 1000 };
}

/** Issues a ticket (as a task in the task panel) and reads the VM again for its current display address. */
export async function issueTicket(vm: XmlObject, expirySeconds: number): Promise<{ ticket: ConsoleTicket; vm: XmlObject }> {
  const name = str(vm.name) || str(vm.id);
  const { response } = await runTask({
    label: t('Console ticket for {{name}} ({{expirySeconds}} s)', { name, expirySeconds }),
    method: 'POST',
    path: `${vmPath(vm)}/ticket`,
    body: { root: 'action', value: { ticket: { expiry: expirySeconds } } },
    target: { collection: 'vms', id: str(vm.id), name },
  });
  const ticket = ticketOf(response.value, expirySeconds);
  // The display moves with the VM (migration changes host and port): read it after the ticket is set.
  const fresh = (await get(vmPath(vm))).value;
  return { ticket, vm: fresh };
}
