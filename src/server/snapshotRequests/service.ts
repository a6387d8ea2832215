// What a caller may do with snapshot requests: create (checked against the engine as the caller),
// read their own (administrators read all), cancel one that has not run, delete a taken snapshot now.
import { basicAuth, type Sealer } from './credentials';
import { EngineError, engineClient, type EngineTransport } from './engineClient';
import type { Caller } from './portalSessions';
import { StaleRequest, type RequestStore, type RequestRow } from './store';
import { canCancel, canDeleteNow, HOUR_MS, validateInput, vmRefusal, type FieldErrors, type NewRequestInput } from './rules';
import { when } from './when';

/** A refusal the caller can act on: HTTP status, a sentence, and per-field messages for the form. */
export class Refusal extends Error {
  constructor(readonly status: number, message: string, readonly fields: FieldErrors = {}) {
    super(message);
  }
}

/** A start this close counts as "now": the VM's current state decides whether it can be taken. */
const SOON_MS = 5 * 60_000;

export interface ServiceDeps { requests: RequestStore; sealer: Sealer; transport: EngineTransport; now: () => number; kick: () => void }

export function snapshotService({ requests, sealer, transport, now, kick }: ServiceDeps) {
  const visible = (row: RequestRow | undefined, caller: Caller): RequestRow => {
    if (!row || (row.user !== caller.user && !caller.admin)) throw new Refusal(404, 'No such snapshot request.');
    return row;
  };

  return {
    async create(caller: Caller, input: NewRequestInput & { password?: unknown }): Promise<RequestRow> {
      const at = now();
      const { value, errors } = validateInput(input, at);
      if (typeof input.password !== 'string' || !input.password) errors.password = 'Enter your password: the portal acts as you when the time comes.';
      if (!value || errors.password) throw new Refusal(400, 'The request has errors.', errors);
      const credential = { user: caller.user, password: input.password as string };
      let vm;
      try {
        // The caller's own authority, checked now: the engine answers only if this user may see the VM.
        vm = await engineClient(transport, basicAuth(credential), !caller.admin).getVm(value.vmId);
      } catch (e) {
        if (e instanceof EngineError && e.status === 401) throw new Refusal(400, 'The request has errors.', { password: `The engine did not accept this password for ${caller.user}.` });
        if (e instanceof EngineError && e.status === 404) throw new Refusal(400, 'The request has errors.', { vm_id: 'No such virtual machine, or you may not see it.' });
        throw new Refusal(502, `Could not ask the engine about the VM: ${e instanceof Error ? e.message : String(e)}`);
      }
      const refusal = vmRefusal(vm);
      const notes: [ 'info' | 'warning', string][] = [['info', `Requested by ${caller.user}: snapshot of ${String(vm.name)} at ${when(value.fromDate)}, valid for ${value.validFor} h.`]];
      if (refusal && (vm.stateless === true || value.fromDate - at < SOON_MS)) throw new Refusal(400, 'The request has errors.', { vm_id: refusal });
      if (refusal) notes.push(['warning', `${refusal} It has until the start time to get there.`]);
      const row = await requests.create({
        user: caller.user, vm_id: String(vm.id ?? value.vmId), vm_name: String(vm.name ?? value.vmId),
        from_date: value.fromDate, valid_for: value.validFor, to_date: value.fromDate + value.validFor * HOUR_MS,
        description: value.description, credential: sealer.seal(credential), user_api: caller.admin ? 0 : 1,
      }, notes);
      kick();
      return row;
    },

    get: async (caller: Caller, id: number) => visible(await requests.get(id), caller),

    list: (caller: Caller, vmId?: string) => requests.list({ user: caller.admin ? undefined : caller.user, vmId }),

    async cancel(caller: Caller, id: number): Promise<RequestRow> {
      const row = visible(await requests.get(id), caller);
      if (!canCancel(row.status)) throw new Refusal(409, `The request is ${row.status}; only a request that has not run yet can be cancelled.`);
      return guard(() => requests.change(id, row.status, 'cancelled', {}, [['info', `Cancelled by ${caller.user} before it ran; nothing was done on the engine.`]]));
    },

    async deleteNow(caller: Caller, id: number): Promise<RequestRow> {
      const row = visible(await requests.get(id), caller);
      if (!canDeleteNow(row.status)) throw new Refusal(409, `The request is ${row.status}; only a taken snapshot can be deleted early.`);
      const changed = await guard(() => requests.change(id, 'taken', undefined, { to_date: Math.min(row.to_date, now()) }, [['info', `${caller.user} asked to delete the snapshot now.`]]));
      kick();
      return changed;
    },
  };
}

async function guard(change: () => Promise<RequestRow>): Promise<RequestRow> {
  try {
    return await change();
  } catch (e) {
    if (e instanceof StaleRequest) throw new Refusal(409, 'The request changed meanwhile; look again.');
    throw e;
  }
}

export type SnapshotService = ReturnType<typeof snapshotService>;
