// The schedule rules (VSS "Snapshot request" lifecycle, ../shared/spec/vss-scheduled-snapshot-requests.txt):
// what a request may ask for, the states it goes through and which moves between them are allowed.
// Pure functions of their inputs; the clock is always passed in.

export const MIN_HOURS = 1;
export const MAX_HOURS = 72; // spec: "duration in hours (maximum 72)"
export const HOUR_MS = 3_600_000;
/** A start this close to "now" counts as now (the form's clock and the engine's are a moment apart). */
export const START_GRACE_MS = 60_000;

export type Status = 'submitted' | 'scheduled' | 'taking' | 'taken' | 'deleting' | 'deleted' | 'failed' | 'cancelled';
/** Spec: `action` is Create until the snapshot exists, then Delete; None once the request is over. */
export type Action = 'Create' | 'Delete' | 'None';

export const TERMINAL: ReadonlySet<Status> = new Set(['deleted', 'failed', 'cancelled']);

/** Allowed moves. `taking`/`deleting` are the moments between asking the engine and seeing it done. */
const MOVES: Record<Status, readonly Status[]> = {
  submitted: ['scheduled', 'taking', 'failed', 'cancelled'],
  scheduled: ['taking', 'failed', 'cancelled'],
  taking: ['taken', 'failed'],
  taken: ['deleting', 'deleted', 'failed'],
  deleting: ['deleted', 'failed', 'taken'],
  deleted: [],
  failed: [],
  cancelled: [],
};

export function canMove(from: Status, to: Status): boolean {
  return MOVES[from].includes(to);
}

export const actionOf = (s: Status): Action =>
  s === 'submitted' || s === 'scheduled' || s === 'taking' ? 'Create' : s === 'taken' || s === 'deleting' ? 'Delete' : 'None';

export const canCancel = (s: Status) => s === 'submitted' || s === 'scheduled';
export const canDeleteNow = (s: Status) => s === 'taken';

/** VM states in which the engine takes a snapshot (a VM moving, locked or between states cannot). */
export const SNAPSHOT_STATES: ReadonlySet<string> = new Set(['up', 'down', 'paused', 'suspended']);

export interface FieldErrors { [field: string]: string }

export interface NewRequestInput { vm_id?: unknown; from_date?: unknown; valid_for?: unknown; description?: unknown }
export interface ValidRequest { vmId: string; fromDate: number; validFor: number; description: string }

/** `"now"`, an ISO 8601 date-time, or the spec's `"2016-07-29 22:00"` (read as UTC). */
export function parseFromDate(value: unknown, now: number): number | undefined {
  if (value === undefined || value === null || value === '' || value === 'now') return now;
  if (typeof value !== 'string') return undefined;
  const spec = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(:\d{2})?)$/.exec(value.trim());
  const t = Date.parse(spec ? `${spec[1]}T${spec[2]}Z` : value.trim());
  return Number.isNaN(t) ? undefined : t;
}

/** Checks what the user typed; the VM itself is checked against the engine afterwards. */
export function validateInput(input: NewRequestInput, now: number): { value?: ValidRequest; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const vmId = typeof input.vm_id === 'string' ? input.vm_id.trim() : '';
  if (!vmId) errors.vm_id = 'Choose a virtual machine.';
  const parsed = parseFromDate(input.from_date, now);
  if (parsed === undefined) errors.from_date = 'Enter a date and time, or "now".';
  else if (parsed < now - START_GRACE_MS) errors.from_date = `The start is in the past (now is ${new Date(now).toISOString()}).`;
  const hours = typeof input.valid_for === 'string' && input.valid_for.trim() !== '' ? Number(input.valid_for) : input.valid_for;
  if (typeof hours !== 'number' || !Number.isInteger(hours)) errors.valid_for = `Validity is a whole number of hours, ${MIN_HOURS} to ${MAX_HOURS}.`;
  else if (hours < MIN_HOURS || hours > MAX_HOURS) errors.valid_for = `Validity must be between ${MIN_HOURS} and ${MAX_HOURS} hours.`;
  const description = typeof input.description === 'string' ? input.description.trim() : '';
  if (!description) errors.description = 'Say what the snapshot is for.';
  else if (description.length > 200) errors.description = 'Keep the description under 200 characters.';
  if (Object.keys(errors).length) return { errors };
  return { value: { vmId, fromDate: Math.max(parsed!, now), validFor: hours as number, description }, errors };
}

/** Why the engine would refuse a snapshot of this VM now, or undefined if it allows one. */
export function vmRefusal(vm: { status?: { state?: unknown }; stateless?: unknown }): string | undefined {
  const state = String(vm.status?.state ?? 'unknown');
  if (vm.stateless === true) return 'The VM is stateless; its changes are discarded, so it has no snapshots.';
  if (!SNAPSHOT_STATES.has(state)) return `The VM is ${state.replace(/_/g, ' ')}; a snapshot can be taken when it is up, down, paused or suspended.`;
  return undefined;
}

/** The engine-side description: the user's words and the request's marker (spec: snapshot name `SR-<id>`). */
export const snapshotName = (id: number) => `SR-${id}`;
export const engineDescription = (id: number, description: string) => `${description} (${snapshotName(id)})`;
