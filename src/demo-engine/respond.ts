// Response helpers: XML bodies in schema order, with the headers a real engine sends.
import { toXml } from '../xsd/serialize';
import type { EngineResponse } from './types';

export function xml(status: number, root: string, value: Record<string, unknown>, headers: Record<string, string> = {}): EngineResponse {
  return { status, headers: { 'Content-Type': 'application/xml', ...headers }, body: toXml(root, value) };
}

export const noContent = (): EngineResponse => ({ status: 204, headers: {}, body: '' });

/**
 * A successful DELETE: 200 with the completed action, as the 4.3 engine answers v3 clients (its resources'
 * `remove()` goes through `AbstractBackendResource.performAction`, which returns the action with
 * `<status><state>complete</state></status>`).
 */
export const deleted = (): EngineResponse => xml(200, 'action', { status: { state: 'complete' } });
