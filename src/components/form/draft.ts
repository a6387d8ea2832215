// Drafts survive a reload (sessionStorage: this tab only, gone when it closes). Passwords are never
// written: a draft is web storage, and credentials never go to web storage.
import type { ElementDef, FormValues, ResourceTable } from '../../schema';

const PREFIX = 'portal-draft:';

export interface Draft { values: FormValues; savedAt: number }

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // storage disabled by the browser
  }
}

/** Values without password-type elements (also inside list rows). */
export function withoutSecrets(table: ResourceTable, values: FormValues): FormValues {
  const secret = (el: ElementDef) => el.type === 'password';
  const out: FormValues = {};
  for (const [path, v] of Object.entries(values)) {
    const el = table.elements.find((e) => e.path === path);
    if (el && secret(el)) continue;
    if (el?.of && Array.isArray(v)) {
      const secretSubs = el.of.filter(secret).map((s) => s.path);
      out[path] = (v as Record<string, unknown>[]).map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => !secretSubs.includes(k))));
    } else {
      out[path] = v;
    }
  }
  return out;
}

export function readDraft(key: string): Draft | undefined {
  const raw = storage()?.getItem(PREFIX + key);
  if (!raw) return undefined;
  try {
    const d = JSON.parse(raw) as Draft;
    return d && typeof d.values === 'object' ? d : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, table: ResourceTable, values: FormValues): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify({ values: withoutSecrets(table, values), savedAt: Date.now() }));
  } catch {
    // Quota exceeded: the form still works, only the reload safety net is gone.
  }
}

export function clearDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}
