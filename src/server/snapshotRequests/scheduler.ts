// The scheduler: on every tick it walks the open requests and does what has come due, on the engine's
// clock (`now`, the demo engine's clock when it runs faster). Each step is recorded before the engine is
// asked (the correlation id goes into the row first), so after a crash or restart the request says
// exactly how far it got. Rules it never breaks:
//  - every engine call is made with the requesting user's own credential (engineClient.ts);
//  - it deletes only the snapshot id the engine gave back to its own POST, and only while that snapshot
//    still carries the request's marker; anything else is left alone and said so.
import type { EngineClient } from './engineClient';
import { EngineError, newCorrelationId } from './engineClient';
import { StaleRequest, type Note, type Requests, type RequestRow } from './requests';
import { engineDescription, HOUR_MS, snapshotName, vmRefusal } from './rules';

/** How long a request waits for its VM to reach a state that allows a snapshot before giving up. */
export const WAIT_FOR_VM_MS = 30 * 60_000;
/** How long a deletion the engine refuses (snapshot in use) is retried before the request fails. */
export const RETRY_DELETE_MS = 24 * HOUR_MS;

export interface SchedulerDeps {
  requests: Requests;
  now: () => number;
  /** An engine client acting as the request's user, or undefined if its credential cannot be read. */
  clientFor: (row: RequestRow) => EngineClient | undefined;
  log?: (text: string) => void;
}

export const when = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class SnapshotScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly startedAt: number;

  constructor(private readonly deps: SchedulerDeps) {
    this.startedAt = deps.now();
  }

  /** Notes on every open request that the server started again, then ticks every `intervalMs`. */
  start(intervalMs = 1000): void {
    for (const row of this.deps.requests.open()) {
      this.deps.requests.change(row.id, row.status, undefined, {}, [['info', `The portal server started at ${when(this.startedAt)}; resuming this request (${row.status}).`]]);
    }
    this.timer = setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
    void this.tick();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass over the open requests; overlapping calls share the pass in flight. */
  tick(): Promise<void> {
    this.running ??= this.pass().finally(() => { this.running = undefined; });
    return this.running;
  }

  private async pass(): Promise<void> {
    for (const row of this.deps.requests.open()) {
      try {
        await this.step(row);
      } catch (e) {
        if (e instanceof StaleRequest) continue; // cancelled or changed by the user meanwhile
        this.deps.log?.(`snapshot request ${row.id}: ${errorText(e)}`);
      }
    }
  }

  private change(row: RequestRow, to: RequestRow['status'] | undefined, patch: Parameters<Requests['change']>[3], notes: Note[]) {
    return this.deps.requests.change(row.id, row.status, to, patch, notes);
  }

  /** Adds a note only if it differs from the last one, so waiting does not flood the messages. */
  private noteOnce(row: RequestRow, note: Note): void {
    const last = this.deps.requests.messages(row.id).at(-1);
    if (last?.text !== note[1]) this.change(row, undefined, {}, [note]);
  }

  private async step(row: RequestRow): Promise<void> {
    const now = this.deps.now();
    if (row.status === 'submitted' && row.from_date > now) {
      this.change(row, 'scheduled', {}, [['info', `Snapshot ${snapshotName(row.id)} scheduled for ${when(row.from_date)}, to be deleted ${row.valid_for} h after it is taken.`]]);
      return;
    }
    if ((row.status === 'submitted' || row.status === 'scheduled') && row.from_date <= now) return this.take(row, now);
    if (row.status === 'taking') return this.checkTaken(row, now);
    if (row.status === 'taken' && row.to_date <= now) return this.remove(row, now);
    if (row.status === 'deleting') return this.checkDeleted(row);
  }

  private client(row: RequestRow): EngineClient | undefined {
    const client = this.deps.clientFor(row);
    if (!client) this.change(row, 'failed', {}, [['error', 'The stored credential of this request cannot be read (the key in the data directory changed?); nothing was done on the engine.']]);
    return client;
  }

  private async take(row: RequestRow, now: number): Promise<void> {
    const client = this.client(row);
    if (!client) return;
    let vm;
    try {
      vm = await client.getVm(row.vm_id);
    } catch (e) {
      this.change(row, 'failed', {}, [['error', `Could not read the VM as ${row.user}: ${errorText(e)}`]]);
      return;
    }
    const refusal = vmRefusal(vm);
    if (refusal) {
      if (now - row.from_date > WAIT_FOR_VM_MS) this.change(row, 'failed', {}, [['error', `${refusal} Gave up after waiting ${WAIT_FOR_VM_MS / 60_000} minutes.`]]);
      else this.noteOnce(row, ['warning', `${refusal} Waiting for it before taking the snapshot.`]);
      return;
    }
    const notes: Note[] = [];
    if (row.from_date < this.startedAt && row.created_on < this.startedAt) {
      notes.push(['warning', `The start time ${when(row.from_date)} came while the portal server was down; taking the snapshot late, at ${when(now)}.`]);
    }
    const correlationId = newCorrelationId();
    notes.push(['info', `Asking the engine for snapshot ${snapshotName(row.id)} of ${row.vm_name} as ${row.user} (correlation id ${correlationId}).`]);
    const taking = this.change(row, 'taking', { task_id: correlationId, vm_name: String(vm.name ?? row.vm_name) }, notes);
    try {
      const snap = await client.createSnapshot(row.vm_id, engineDescription(row.id, row.description), correlationId);
      if (!snap.id) throw new Error('The engine answered without a snapshot id.');
      const recorded = this.change(taking, undefined, { snap_id: String(snap.id) }, [['info', `The engine accepted snapshot ${snapshotName(row.id)} (id ${snap.id}).`]]);
      await this.checkTaken(recorded, this.deps.now());
    } catch (e) {
      if (e instanceof StaleRequest) throw e;
      this.change(taking, 'failed', {}, [['error', `The engine did not take the snapshot: ${errorText(e)}`]]);
    }
  }

  private async checkTaken(row: RequestRow, now: number): Promise<void> {
    if (!row.snap_id) {
      // The server stopped between asking and hearing the answer: the snapshot may or may not exist, and
      // adopting one by its description could pick someone else's, so this request deletes nothing.
      this.change(row, 'failed', {}, [['error', `The portal server stopped while asking the engine for the snapshot (correlation id ${row.task_id}); whether it was taken is unknown. Look for "${engineDescription(row.id, row.description)}" among the VM's snapshots; this request will not delete anything.`]]);
      return;
    }
    const client = this.client(row);
    if (!client) return;
    const snap = await client.getSnapshot(row.vm_id, row.snap_id);
    if (!snap) {
      this.change(row, 'failed', {}, [['error', `The engine no longer has snapshot ${row.snap_id}; it was not completed.`]]);
      return;
    }
    if (snap.snapshot_status === 'locked') return; // still being taken
    const toDate = Math.max(row.to_date, now + row.valid_for * HOUR_MS);
    this.change(row, 'taken', { to_date: toDate }, [
      ['info', `Snapshot created ${snapshotName(row.id)} (${row.snap_id}): ${row.description}`],
      ['info', `Snapshot delete has been scheduled to ${when(toDate)}.`],
    ]);
  }

  private async remove(row: RequestRow, now: number): Promise<void> {
    const client = this.client(row);
    if (!client) return;
    const snap = await client.getSnapshot(row.vm_id, row.snap_id!);
    if (!snap) {
      this.change(row, 'deleted', {}, [['warning', `Snapshot ${row.snap_id} was already gone (removed outside this request); nothing to delete.`]]);
      return;
    }
    if (snap.description !== engineDescription(row.id, row.description)) {
      this.change(row, 'failed', {}, [['error', `Snapshot ${row.snap_id} no longer carries this request's description ("${String(snap.description ?? '')}"); not deleting a snapshot this request may not have created.`]]);
      return;
    }
    const notes: Note[] = [];
    if (row.to_date < this.startedAt) {
      notes.push(['warning', `The deletion time ${when(row.to_date)} came while the portal server was down; deleting late, at ${when(now)}.`]);
    }
    const correlationId = newCorrelationId();
    notes.push(['info', `Deleting snapshot ${snapshotName(row.id)} (${row.snap_id}) as ${row.user} (correlation id ${correlationId}).`]);
    const deleting = this.change(row, 'deleting', { delete_task_id: correlationId }, notes);
    try {
      await client.deleteSnapshot(row.vm_id, row.snap_id!, correlationId);
    } catch (e) {
      if (e instanceof EngineError && e.status === 404) return this.checkDeleted(deleting);
      if (now - row.to_date > RETRY_DELETE_MS) {
        this.change(deleting, 'failed', {}, [['error', `The engine refused to delete the snapshot for ${RETRY_DELETE_MS / HOUR_MS} hours: ${errorText(e)}`]]);
      } else {
        this.change(deleting, 'taken', {}, [['warning', `The engine did not delete the snapshot yet: ${errorText(e)} Trying again.`]]);
      }
      return;
    }
    await this.checkDeleted(deleting);
  }

  private async checkDeleted(row: RequestRow): Promise<void> {
    const client = this.client(row);
    if (!client) return;
    const snap = await client.getSnapshot(row.vm_id, row.snap_id!);
    if (snap) return; // the engine is still removing it
    this.change(row, 'deleted', {}, [['info', `Snapshot ${snapshotName(row.id)} (${row.snap_id}) deleted.`]]);
  }
}
