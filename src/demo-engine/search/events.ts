// The events listing (guide 25.4.1): newest first, as the engine lists the audit log (by id,
// descending), and `from=<id>` (matrix `events;from=1012` or query `?from=30`) keeps only events
// with a greater id, so a client can poll for what happened since the last event it saw.

export function newestFirstSince<T extends { id: string }>(events: readonly T[], from: string | undefined): T[] {
  const since = from !== undefined && /^\d+$/.test(from.trim()) ? Number(from) : undefined;
  const kept = since === undefined ? events : events.filter((e) => Number(e.id) > since);
  return [...kept].sort((a, b) => Number(b.id) - Number(a.id));
}
