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

// Sources of the texts (issue 15): the recorded faults (fixtures/recorded: ovirt-3.3-faults, rhevm-3.1-create-destroy)
// first, else ovirt-engine's AppErrors.properties, composed "Cannot ${action} ${type}. <message>" (3.x file for keys
// it has, 4.x for later features); tests: faults.test.ts, faultTexts.test.ts.
// No AppErrors key found, wording ours: console ticket without graphics; guest freeze/thaw; graphics consoles and
// host devices; disk snapshots (snapshotDisks.ts); VM move to a non-data domain; attaching a disk snapshot of the
// same VM; scheduling policies; external jobs and steps; SSH public keys; provider certificates and volume keys;
// network attachments, affinity group VMs, tags/labels already attached, storage connections, export-domain
// entity removal; host already switching to maintenance, host status texts of activate/setup networks, enrolling
// certificates, fence with running VMs; bond slaves with networks, bond removal, setup-networks refusals;
// SR-IOV texts (4.x keys not checked); gluster bricks not in the volume, remove-brick task state, server outside the
// cluster; storage domain not a data/image domain, already attached, LUN refresh; DC removal with hosts; users,
// groups and MAC pools of a taken name; permission already held; events of a taken custom id; VM-Pool removal with
// running VMs; template export while locked; the last master domain without ISO/export domains or running VMs.
