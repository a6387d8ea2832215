// What the scheduler does for one request when it comes due, on the engine's clock (`now`, the demo
// engine's clock when it runs faster). Each step is recorded before the engine is asked (the correlation
// id and the time go into the row first), so after a crash the request says exactly how far it got, and
// whichever server works on it next (the same after a restart, or another sharing the database) goes on
// from there. Rules it never breaks:
//  - every engine call is made with the requesting user's own credential (engineClient.ts);
//  - it deletes only the snapshot id the engine gave back to its own POST, or the one snapshot carrying
//    the request's marker that the engine took after this request asked (a server that died before
//    hearing the answer), and only while that snapshot still carries the marker; anything else is left
//    alone and said so.
import type { EngineClient } from './engineClient';
import { EngineError, newCorrelationId } from './engineClient';
import { engineDescription, HOUR_MS, snapshotName, vmRefusal } from './rules';
import { StaleRequest, type Note, type Patch, type RequestRow, type RequestStore } from './store';
import { when } from './when';

/** How long a request waits for its VM to reach a state that allows a snapshot before giving up. */
export const WAIT_FOR_VM_MS = 30 * 60_000;
/** How long a deletion the engine refuses (snapshot in use) is retried before the request fails. */
export const RETRY_DELETE_MS = 24 * HOUR_MS;
/** Engine and portal clocks may differ this much when matching a snapshot's date to when it was asked for. */
export const CLOCK_SKEW_MS = 5 * 60_000;
/** A deletion the engine shows no sign of after this long was never received: it is asked again. */
export const RESEND_DELETE_MS = 60_000;
/**
 * A snapshot the engine keeps locked longer than this (engine clock, from when it was asked) is reported, not
 * waited on forever (issue 15). Taking one with large disks can take minutes; half an hour is far past that.
 * Either way the request fails and says what is left on the engine: a snapshot stuck while being taken is not
 * asked for again (a second one would be taken beside it), and the engine refuses to delete a locked one.
 */
export const LOCKED_TIMEOUT_MS = 30 * 60_000;
const minutes = (ms: number) => Math.round(ms / 60_000);

export interface StepDeps {
  requests: RequestStore;
  now: () => number;
  /** An engine client acting as the request's user, or undefined if its credential cannot be read. */
  clientFor: (row: RequestRow) => EngineClient | undefined;
  /** Since when some portal server has been running without a break (what came due before was missed). */
  upSince: () => number;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class RequestSteps {
  constructor(private readonly deps: StepDeps) {}

  private change(row: RequestRow, to: RequestRow['status'] | undefined, patch: Patch, notes: Note[]) {
    return this.deps.requests.change(row.id, row.status, to, patch, notes);
  }

  /** Adds a note only if it differs from the last one, so waiting does not flood the messages. */
  private async noteOnce(row: RequestRow, note: Note): Promise<void> {
    const last = (await this.deps.requests.messages(row.id)).at(-1);
    if (last?.text !== note[1]) await this.change(row, undefined, {}, [note]);
  }

  async step(row: RequestRow): Promise<void> {
    const now = this.deps.now();
    if (row.status === 'submitted' && row.from_date > now) {
      await this.change(row, 'scheduled', {}, [['info', `Snapshot ${snapshotName(row.id)} scheduled for ${when(row.from_date)}, to be deleted ${row.valid_for} h after it is taken.`]]);
      return;
    }
    if ((row.status === 'submitted' || row.status === 'scheduled') && row.from_date <= now) return this.take(row, now);
    if (row.status === 'taking') return this.checkTaken(row, now);
    if (row.status === 'taken' && row.to_date <= now) return this.remove(row, now);
    if (row.status === 'deleting') return this.checkDeleted(row, now);
  }

  private async client(row: RequestRow): Promise<EngineClient | undefined> {
    const client = this.deps.clientFor(row);
    if (!client) await this.change(row, 'failed', {}, [['error', 'The stored credential of this request cannot be read (the credential key changed?); nothing was done on the engine.']]);
    return client;
  }

  private async take(row: RequestRow, now: number): Promise<void> {
    const client = await this.client(row);
    if (!client) return;
    let vm;
    try {
      vm = await client.getVm(row.vm_id);
    } catch (e) {
      await this.change(row, 'failed', {}, [['error', `Could not read the VM as ${row.user}: ${errorText(e)}`]]);
      return;
    }
    const refusal = vmRefusal(vm);
    if (refusal) {
      if (now - row.from_date > WAIT_FOR_VM_MS) await this.change(row, 'failed', {}, [['error', `${refusal} Gave up after waiting ${WAIT_FOR_VM_MS / 60_000} minutes.`]]);
      else await this.noteOnce(row, ['warning', `${refusal} Waiting for it before taking the snapshot.`]);
      return;
    }
    const notes: Note[] = [];
    const upSince = this.deps.upSince();
    if (row.status !== 'taking' && row.from_date < upSince && row.created_on < upSince) {
      notes.push(['warning', `The start time ${when(row.from_date)} came while the portal server was down; taking the snapshot late, at ${when(now)}.`]);
    }
    const correlationId = newCorrelationId();
    notes.push(['info', `Asking the engine for snapshot ${snapshotName(row.id)} of ${row.vm_name} as ${row.user} (correlation id ${correlationId}).`]);
    const taking = await this.change(row, 'taking', { task_id: correlationId, vm_name: String(vm.name ?? row.vm_name), asked_on: now }, notes);
    try {
      const snap = await client.createSnapshot(row.vm_id, engineDescription(row.id, row.description), correlationId);
      if (!snap.id) throw new Error('The engine answered without a snapshot id.');
      const recorded = await this.change(taking, undefined, { snap_id: String(snap.id) }, [['info', `The engine accepted snapshot ${snapshotName(row.id)} (id ${snap.id}).`]]);
      await this.checkTaken(recorded, this.deps.now());
    } catch (e) {
      if (e instanceof StaleRequest) throw e;
      await this.change(taking, 'failed', {}, [['error', `The engine did not take the snapshot: ${errorText(e)}`]]);
    }
  }

  private async checkTaken(row: RequestRow, now: number): Promise<void> {
    if (!row.snap_id) return this.recoverTaking(row, now);
    const client = await this.client(row);
    if (!client) return;
    const snap = await client.getSnapshot(row.vm_id, row.snap_id);
    if (!snap) {
      await this.change(row, 'failed', {}, [['error', `The engine no longer has snapshot ${row.snap_id}; it was not completed.`]]);
      return;
    }
    if (snap.snapshot_status === 'locked') { // still being taken
      const lockedFor = now - (row.asked_on ?? row.updated_on);
      if (lockedFor > LOCKED_TIMEOUT_MS) {
        await this.change(row, 'failed', {}, [['error', `Snapshot ${snapshotName(row.id)} (${row.snap_id}) of ${row.vm_name} stayed locked for ${minutes(lockedFor)} minutes after the engine accepted it; the request stops waiting and will not delete it. Check the VM's snapshots: if the engine finishes it, delete it there.`]]);
      }
      return;
    }
    const toDate = Math.max(row.to_date, now + row.valid_for * HOUR_MS);
    await this.change(row, 'taken', { to_date: toDate }, [
      ['info', `Snapshot created ${snapshotName(row.id)} (${row.snap_id}): ${row.description}`],
      ['info', `Snapshot delete has been scheduled to ${when(toDate)}.`],
    ]);
  }

  /**
   * A server stopped (or was killed) between asking the engine for the snapshot and recording its id.
   * The engine took it if a snapshot carries this request's marker and is dated from the asking on: one
   * such snapshot is this request's; none means the engine never got the request, so it is asked again;
   * more than one is ambiguous, and nothing is adopted or deleted.
   */
  private async recoverTaking(row: RequestRow, now: number): Promise<void> {
    const client = await this.client(row);
    if (!client) return;
    const marker = engineDescription(row.id, row.description);
    const since = (row.asked_on ?? row.updated_on) - CLOCK_SKEW_MS;
    const found = (await client.listSnapshots(row.vm_id))
      .filter((s) => s.description === marker && Date.parse(String(s.date ?? '')) >= since);
    if (found.length === 1) {
      const adopted = await this.change(row, undefined, { snap_id: String(found[0].id) }, [['warning',
        `The server that asked for snapshot ${snapshotName(row.id)} (correlation id ${row.task_id}) stopped before recording the engine's answer; the engine did take it (id ${found[0].id}), so this request goes on with it.`]]);
      return this.checkTaken(adopted, now);
    }
    if (found.length > 1) {
      await this.change(row, 'failed', {}, [['error', `The server stopped while asking the engine for the snapshot (correlation id ${row.task_id}), and ${found.length} snapshots carry "${marker}"; not knowing which is this request's, it deletes none of them.`]]);
      return;
    }
    await this.change(row, undefined, {}, [['warning', `The server that asked for snapshot ${snapshotName(row.id)} (correlation id ${row.task_id}) stopped before the engine took it; asking again.`]]);
    return this.take((await this.deps.requests.get(row.id))!, now);
  }

  private async remove(row: RequestRow, now: number): Promise<void> {
    const client = await this.client(row);
    if (!client) return;
    const snap = await client.getSnapshot(row.vm_id, row.snap_id!);
    if (!snap) {
      await this.change(row, 'deleted', {}, [['warning', `Snapshot ${row.snap_id} was already gone (removed outside this request); nothing to delete.`]]);
      return;
    }
    if (snap.description !== engineDescription(row.id, row.description)) {
      await this.change(row, 'failed', {}, [['error', `Snapshot ${row.snap_id} no longer carries this request's description ("${String(snap.description ?? '')}"); not deleting a snapshot this request may not have created.`]]);
      return;
    }
    const notes: Note[] = [];
    if (row.to_date < this.deps.upSince()) {
      notes.push(['warning', `The deletion time ${when(row.to_date)} came while the portal server was down; deleting late, at ${when(now)}.`]);
    }
    const correlationId = newCorrelationId();
    notes.push(['info', `Deleting snapshot ${snapshotName(row.id)} (${row.snap_id}) as ${row.user} (correlation id ${correlationId}).`]);
    const deleting = await this.change(row, 'deleting', { delete_task_id: correlationId, asked_on: now }, notes);
    await this.sendDelete(client, deleting, now);
  }

  private async sendDelete(client: EngineClient, row: RequestRow, now: number): Promise<void> {
    try {
      await client.deleteSnapshot(row.vm_id, row.snap_id!, row.delete_task_id!);
    } catch (e) {
      if (e instanceof EngineError && e.status === 404) return this.checkDeleted(row, now, true);
      if (now - row.to_date > RETRY_DELETE_MS) {
        await this.change(row, 'failed', {}, [['error', `The engine refused to delete the snapshot for ${RETRY_DELETE_MS / HOUR_MS} hours: ${errorText(e)}`]]);
      } else {
        await this.change(row, 'taken', {}, [['warning', `The engine did not delete the snapshot yet: ${errorText(e)} Trying again.`]]);
      }
      return;
    }
    await this.checkDeleted(row, now, true);
  }

  private async checkDeleted(row: RequestRow, now: number, justAsked = false): Promise<void> {
    const client = await this.client(row);
    if (!client) return;
    const snap = await client.getSnapshot(row.vm_id, row.snap_id!);
    if (!snap) {
      await this.change(row, 'deleted', {}, [['info', `Snapshot ${snapshotName(row.id)} (${row.snap_id}) deleted.`]]);
      return;
    }
    if (justAsked) return;
    if (snap.snapshot_status === 'locked') { // the engine is removing it
      const lockedFor = now - (row.asked_on ?? row.updated_on);
      if (lockedFor > LOCKED_TIMEOUT_MS) {
        await this.change(row, 'failed', {}, [['error', `Snapshot ${snapshotName(row.id)} (${row.snap_id}) of ${row.vm_name} stayed locked for ${minutes(lockedFor)} minutes while the engine deleted it; the request stops waiting (the engine refuses to delete a locked snapshot, so asking again cannot help). Check the VM's snapshots.`]]);
      }
      return;
    }
    // Not being removed long after the deletion was recorded: the server that was to ask stopped first.
    if (now - (row.asked_on ?? row.updated_on) < RESEND_DELETE_MS) return;
    if (snap.description !== engineDescription(row.id, row.description)) {
      await this.change(row, 'failed', {}, [['error', `Snapshot ${row.snap_id} no longer carries this request's description; not deleting it.`]]);
      return;
    }
    const again = await this.change(row, undefined, { asked_on: now }, [['warning', `The engine shows no deletion of snapshot ${snapshotName(row.id)} (correlation id ${row.delete_task_id}); the server that was to ask stopped first. Asking again.`]]);
    await this.sendDelete(client, again, now);
  }
}
