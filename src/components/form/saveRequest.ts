// What a form's save sends: POST to the collection with every value (create), or PUT to the resource with
// only the changed, updatable elements (edit; guide 7.4.3: the engine leaves omitted elements alone).
import { singular } from '../../schema/singular';
import { toRequestBody, type FormValues, type ResourceTable } from '../../schema';
import type { TaskRequest } from '../../tasks';
import { inSentence, t, tSchema } from '../../i18n';

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
export function saveRequest(target: SaveTarget, values: FormValues, original: FormValues | undefined): TaskRequest | undefined {
  const body = toRequestBody(target.table, values, target.mode === 'edit' ? original ?? {} : undefined);
  if (target.mode === 'edit' && Object.keys(body).length === 0) return undefined;
  const name = String(values.name ?? values.alias ?? original?.name ?? original?.alias ?? '').trim();
  const what = inSentence(tSchema(singular(target.table.label)));
  return {
    label: name ? t(target.mode === 'create' ? 'Create {{what}} {{name}}' : 'Edit {{what}} {{name}}', { what, name }) : t(target.mode === 'create' ? 'Create {{what}}' : 'Edit {{what}}', { what }),
    method: target.mode === 'create' ? 'POST' : 'PUT',
    path: target.mode === 'create' ? target.collectionPath : target.resourcePath ?? `${target.collectionPath}/${encodeURIComponent(target.id ?? '')}`,
    body: { root: target.table.element, value: body },
    target: { collection: target.collection, id: target.id, name: name || undefined },
  };
}

export { singular };
