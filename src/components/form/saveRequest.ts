// What a form's save sends: POST to the collection with every value (create), or PUT to the resource with
// only the changed, updatable elements (edit; guide 7.4.3: the engine leaves omitted elements alone).
import { toRequestBody, type FormValues, type ResourceTable } from '../../schema';
import type { TaskRequest } from '../../tasks';

export interface SaveTarget {
  table: ResourceTable;
  mode: 'create' | 'edit';
  /** API path of the collection (`/vms`, `/vms/<id>/nics`). */
  collectionPath: string;
  /** Edit: API path of the resource (its href, else collection path + id). */
  resourcePath?: string;
  id?: string;
  /** Top-level collection the task touches, for the task panel and cache invalidation. */
  collection: string;
}

/** Request for `values`, or undefined when an edit changed nothing. */
export function saveRequest(t: SaveTarget, values: FormValues, original: FormValues | undefined): TaskRequest | undefined {
  const body = toRequestBody(t.table, values, t.mode === 'edit' ? original ?? {} : undefined);
  if (t.mode === 'edit' && Object.keys(body).length === 0) return undefined;
  const name = String(values.name ?? values.alias ?? original?.name ?? original?.alias ?? '').trim();
  const what = singular(t.table.label);
  return {
    label: t.mode === 'create' ? `Create ${what}${name ? ` ${name}` : ''}` : `Edit ${what}${name ? ` ${name}` : ''}`,
    method: t.mode === 'create' ? 'POST' : 'PUT',
    path: t.mode === 'create' ? t.collectionPath : t.resourcePath ?? `${t.collectionPath}/${encodeURIComponent(t.id ?? '')}`,
    body: { root: t.table.element, value: body },
    target: { collection: t.collection, id: t.id, name: name || undefined },
  };
}

/** "Virtual Machines" → "Virtual Machine", "VM Pools" → "VM Pool", "Quotas" → "Quota". */
export function singular(label: string): string {
  if (label.endsWith('ies')) return `${label.slice(0, -3)}y`;
  return label.endsWith('s') ? label.slice(0, -1) : label;
}
