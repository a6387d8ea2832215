// Response helpers: XML bodies in schema order, with the headers a real engine sends.
import { toXml } from '../xsd/serialize';
import type { EngineResponse } from './types';

export function xml(status: number, root: string, value: Record<string, unknown>, headers: Record<string, string> = {}): EngineResponse {
  return { status, headers: { 'Content-Type': 'application/xml', ...headers }, body: toXml(root, value) };
}

export const noContent = (): EngineResponse => ({ status: 204, headers: {}, body: '' });
