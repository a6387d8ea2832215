// Date values in search criteria (`creationdate>2020-01-01`, events `time>today`). A day stands for
// the whole day, so `=` matches any time that day and `>` means after it; full timestamps are points.
// Days are UTC, like the engine's stored ISO times.

export const DAY = 86_400_000;

/** [start, end) in ms, or undefined if the text is not a date the engine's search would accept. */
export function parseDateRange(text: string, now: number): [number, number] | undefined {
  const t = text.trim().toLowerCase();
  const today = Math.floor(now / DAY) * DAY;
  if (t === 'today') return [today, today + DAY];
  if (t === 'yesterday') return [today - DAY, today];
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return day(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t); // the engine parses dates in the US form, month first
  if (m) return day(+m[3], +m[1], +m[2]);
  if (!/^\d{4}-\d{2}-\d{2}t[\d:.]+(z|[+-]\d{2}:?\d{2})?$/.test(t)) return undefined;
  const at = Date.parse(text.trim());
  return Number.isNaN(at) ? undefined : [at, at + 1];
}

function day(y: number, month: number, d: number): [number, number] | undefined {
  const start = Date.UTC(y, month - 1, d);
  const check = new Date(start);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== d) return undefined;
  return [start, start + DAY];
}

/** A stored date (ISO string or epoch ms) as ms, or undefined. */
export function toTime(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string' || v === '') return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : t;
}
