// GET /capabilities: the real engine's document (guide chapter 6), with hrefs under this engine's mount.
import doc from './capabilities.json';

function rebase(value: any, base: string): any {
  if (Array.isArray(value)) return value.map((v) => rebase(v, base));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, any> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = k === 'href' && typeof v === 'string' ? base + v.replace(/^\/ovirt-engine\/api/, '') : rebase(v, base);
  }
  return out;
}

let cached: { base: string; value: Record<string, any> } | undefined;
export function capabilities(base: string): Record<string, any> {
  if (cached?.base !== base) cached = { base, value: rebase(doc, base) };
  return cached.value;
}
