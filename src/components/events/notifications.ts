// Which events become notifications: errors and alerts (guide 25.1 severities), newer than the newest
// one known when the portal started following them (so old alerts do not pop up at login).
import type { XmlObject } from '../../xsd/parse';

export const NOTIFY_CRITERIA = 'severity>=error';

export function newSince(events: readonly XmlObject[], baseline: number): XmlObject[] {
  return events.filter((e) => Number(e.id) > baseline).sort((a, b) => Number(a.id) - Number(b.id));
}
