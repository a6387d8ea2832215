// Faults in the real engine's shapes (fixtures/recorded/ovirt-3.3-faults, guide 7: fault handling).
import { toXml } from '../xsd/serialize';
import type { EngineResponse } from './types';

export class EngineFault extends Error {
  /** `bare`: an action answers with the fault itself rather than the failed action (recorded Host_ITC03011002). */
  constructor(readonly status: number, readonly reason: string, readonly detail?: string, readonly bare = false) {
    super(`${reason}${detail ? `: ${detail}` : ''}`);
  }
}

/** The HTML pages the engine's servlet container sends for 401 and 404 (recorded 000/001_get_root.html). */
export function htmlError(status: 401 | 404 | 405 | 415, extraHeaders: Record<string, string> = {}): EngineResponse {
  const text = { 401: 'Unauthorized', 404: 'Not Found', 405: 'Method Not Allowed', 415: 'Unsupported Media Type' }[status];
  return {
    status,
    headers: { 'Content-Type': 'text/html;charset=UTF-8', ...extraHeaders },
    body: `<html><head><title>Error</title></head><body>${text}</body></html>`,
  };
}

export function faultResponse(f: EngineFault): EngineResponse {
  return {
    status: f.status,
    headers: { 'Content-Type': 'application/xml' },
    body: toXml('fault', { reason: f.reason, detail: f.detail }),
  };
}

export const notFound = () => new EngineFault(404, 'Not Found');
/** guide 7: a required element missing from the body → 400 "Incomplete parameters". */
export const incomplete = (type: string, missing: string[], operation = 'add') =>
  new EngineFault(400, 'Incomplete parameters', `${type} [${missing.map(camelStorageDomain).join(', ')}] required for ${operation}`);
/** The engine names the RSDL's `storagedomain` parameter `storageDomain` in its texts (recorded Template_ITC07020303). */
const camelStorageDomain = (p: string) => p.replace(/^storagedomain\b/, 'storageDomain');
/** 409 with the engine's `[Cannot ...]` business-rule text. */
export const operationFailed = (detail: string) => new EngineFault(409, 'Operation Failed', `[${detail}]`);
export const invalidValue = (detail: string) => new EngineFault(400, 'Invalid value', detail);
