// The JSON a request is shown as, after the VSS "Snapshot Request" document (spec: action, created_on,
// id, message {errors, warnings}, snapshot {name, snap_id, from_date, to_date, valid_for, description},
// status, task_id, updated_on, user, vm_name, vm_uuid). Times are ISO 8601 on the engine's clock.
import type { Message, RequestRow } from './requests';
import { canCancel, canDeleteNow, snapshotName, type Status } from './rules';

export const API_PATH = '/portal/api/snapshot-requests';
const ENGINE_MOUNT = '/ovirt-engine/api';

const STATUS_LABEL: Record<Status, string> = {
  submitted: 'Submitted', scheduled: 'Scheduled', taking: 'Taking', taken: 'Taken',
  deleting: 'Deleting', deleted: 'Deleted', failed: 'Failed', cancelled: 'Cancelled',
};

const iso = (t: number) => new Date(t).toISOString();

export function representRequest(row: RequestRow, messages: Message[]) {
  return {
    _links: {
      self: `${API_PATH}/${row.id}`,
      vm: `${ENGINE_MOUNT}/vms/${row.vm_id}`,
      ...(row.snap_id ? { snapshot: `${ENGINE_MOUNT}/vms/${row.vm_id}/snapshots/${row.snap_id}` } : {}),
    },
    id: row.id,
    action: row.action,
    status: STATUS_LABEL[row.status],
    created_on: iso(row.created_on),
    updated_on: iso(row.updated_on),
    message: {
      errors: messages.filter((m) => m.level === 'error').map((m) => m.text),
      warnings: messages.filter((m) => m.level === 'warning').map((m) => m.text),
    },
    // `server`: which portal server wrote the message (several may share the work on PostgreSQL).
    messages: messages.map((m) => ({ at: iso(m.at), level: m.level, text: m.text, server: m.server })),
    snapshot: {
      name: snapshotName(row.id),
      snap_id: row.snap_id,
      from_date: iso(row.from_date),
      to_date: iso(row.to_date),
      valid_for: row.valid_for,
      description: row.description,
    },
    task_id: row.task_id,
    delete_task_id: row.delete_task_id,
    user: { username: row.user },
    vm_name: row.vm_name,
    vm_uuid: row.vm_id,
    can_cancel: canCancel(row.status),
    can_delete_now: canDeleteNow(row.status),
  };
}

export type RequestDocument = ReturnType<typeof representRequest>;
