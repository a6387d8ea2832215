// guide 7.3.10: a missing required element → 400 "Incomplete parameters" naming it, as the engine does
// (recorded: `VM [name] required for add`). Required parameters per operation come from the RSDL
// (scripts/gen-rsdl-required.mjs → data/rsdl-required.json).
import spec from '../data/rsdl-required.json';
import { incomplete } from '../faults';

interface Operation { type: string; op: string; sets: string[][] }
const OPERATIONS = spec as Record<string, Operation>;
/** Where the engine's resource checks other parameters than its RSDL lists (BackendSSHPublicKeysResource.add: `content`). */
const ENGINE_CHECKS: Record<string, Operation> = {
  'POST users/*/sshpublickeys': { type: 'SshPublicKey', op: 'add', sets: [['content']] },
};

/** The RSDL key of a request: ids (every second segment) become `*`, e.g. `POST vms/*\/nics`. */
export function rsdlKey(method: string, segments: string[]): string {
  return `${method} ${segments.map((s, i) => (i % 2 === 1 ? '*' : s)).join('/')}`;
}

/** `storagedomain` in the RSDL names the `storage_domain` element: match names ignoring underscores. */
function child(obj: any, name: string): any {
  if (!obj || typeof obj !== 'object') return undefined;
  if (name in obj) return obj[name];
  const key = Object.keys(obj).find((k) => k.replace(/_/g, '') === name.replace(/_/g, ''));
  return key === undefined ? undefined : obj[key];
}

function has(body: any, dotted: string): boolean {
  const parts = dotted.split('.');
  let cur = body;
  for (let i = 0; i < parts.length - 1; i++) {
    cur = child(cur, parts[i]);
    if (Array.isArray(cur)) cur = cur[0];
  }
  // `template.id|name`: either alternative satisfies the parameter.
  return parts[parts.length - 1].split('|').some((leaf) => {
    const v = cur?.[leaf];
    return v !== undefined && v !== null && v !== '';
  });
}

export function missingParams(key: string, body: any): { type: string; op: string; missing: string[] } | undefined {
  const op = ENGINE_CHECKS[key] ?? OPERATIONS[key];
  if (!op) return undefined;
  const missingPerSet = op.sets.map((set) => set.filter((p) => !has(body, p)));
  if (missingPerSet.some((m) => m.length === 0)) return undefined;
  // The engine reports the primary parameter set (the first one the RSDL lists).
  return { type: op.type, op: op.op, missing: missingPerSet[0] };
}

export function assertRequired(method: string, segments: string[], body: any): void {
  const m = missingParams(rsdlKey(method, segments), body);
  if (m) throw incomplete(m.type, m.missing, m.op);
}
