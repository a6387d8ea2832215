// One action or removal on one resource, as a task (guide 7.4.7 actions: POST <href>/<action> with an
// <action> body; 7.4.8 removal: DELETE, with an <action> body when it has parameters such as force).
// The outcome is what the engine said: complete, or failed with its reason and detail.
import { apiPath, isApiError } from '../../api';
import { actionTableFor, type ActionDef } from '../../schema/actions';
import { toRequestBody, type ElementDef, type FormValues } from '../../schema';
import { runTask, taskStore, type TaskRequest } from '../../tasks';
import type { XmlObject } from '../../xsd/parse';
import { t, tSchema } from '../../i18n';

/** An action of the table, or the resource's removal. */
export type ActionChoice = ActionDef | 'remove';

export interface ActionOutcome {
  state: 'complete' | 'failed';
  error?: { reason: string; detail: string };
}

export const resourceName = (r: XmlObject): string => String(r.name ?? r.id ?? '');

export function resourcePath(segment: string, r: XmlObject): string {
  return typeof r.href === 'string' ? apiPath(r.href) : `/${segment}/${encodeURIComponent(String(r.id))}`;
}

export const choiceLabel = (c: ActionChoice): string => (c === 'remove' ? t('Remove') : tSchema(c.label));

/** The `<action>` body from the dialog's values (only what has a value is sent). */
export function actionBody(params: ElementDef[] | undefined, values: FormValues): XmlObject {
  if (!params?.length) return {};
  // i18n-exempt: an internal table for the <action> body, never shown
  return toRequestBody({ segment: 'action', element: 'action', label: 'action', elements: params }, values) as XmlObject;
}

export function actionRequest(segment: string, r: XmlObject, choice: ActionChoice, params: ElementDef[] | undefined, values: FormValues): TaskRequest {
  const path = resourcePath(segment, r);
  const name = resourceName(r);
  // A sub-collection's table (`datacenters/storagedomains`) refreshes its parent's queries.
  const target = { collection: segment.split('/')[0], id: r.id === undefined ? undefined : String(r.id), name };
  const body = actionBody(params, values);
  if (choice === 'remove') {
    const root = actionTableFor(segment)?.remove?.root ?? 'action';
    return { label: t('Remove {{name}}', { name }), method: 'DELETE', path, target, body: Object.keys(body).length ? { root, value: body } : undefined };
  }
  return { label: `${tSchema(choice.label)} ${name}`, method: 'POST', path: `${path}/${choice.name}`, target, body: { root: 'action', value: body } };
}

export const faultOf = (e: unknown): { reason: string; detail: string } =>
  isApiError(e) ? { reason: e.reason, detail: e.detail } : { reason: e instanceof Error ? e.message : String(e), detail: '' };

/**
 * Sends the request and waits for the engine's end state. `onAccepted` is called once the engine took the
 * request (the dialog then shows progress). Never throws: a refusal is a `failed` outcome with the fault.
 */
export async function performAction(req: TaskRequest, onAccepted?: () => void): Promise<ActionOutcome> {
  try {
    const task = await runTask(req);
    onAccepted?.();
    const state = await task.done;
    if (state === 'complete') return { state };
    return { state, error: taskStore.get(task.id)?.error ?? { reason: t('The engine reported the action failed'), detail: '' } };
  } catch (e) {
    return { state: 'failed', error: faultOf(e) };
  }
}
