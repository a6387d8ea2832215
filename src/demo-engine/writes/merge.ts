// guide 7.4.3: "Properties omitted from the representation are ignored and not changed": a PUT body is
// merged element by element into the stored entity; repeated elements (arrays) are replaced whole.
export function mergeInto(target: Record<string, any>, patch: Record<string, any>): Record<string, any> {
  for (const [k, v] of Object.entries(patch)) {
    const cur = target[k];
    if (v && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object' && !Array.isArray(cur)) {
      mergeInto(cur, v);
    } else target[k] = v;
  }
  return target;
}

export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));
