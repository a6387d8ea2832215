// A status as a coloured chip that always carries its text (colour alone is not information). A plain span
// styled by the portal's shared styles (src/app/sharedStyles.ts), drawn like MUI's small Chip: a list shows one
// per row, and a styled component per row made a page of rows slow to render (issue 12).
import { humanize } from './format';

type Color = 'success' | 'error' | 'warning' | 'info' | 'default';

const GOOD = new Set(['up', 'active', 'ok', 'operational', 'complete', 'finished', 'unlocked']);
const BAD = new Set(['error', 'non_responsive', 'not_responding', 'nonoperational', 'non_operational', 'failed', 'unknown', 'install_failed', 'image_illegal', 'kdumping', 'problematic', 'connecting']);
const OFF = new Set(['down', 'inactive', 'maintenance', 'unattached', 'detached', 'suspended', 'paused', 'locked']);

export function statusColor(state: string): Color {
  if (GOOD.has(state)) return 'success';
  if (BAD.has(state)) return 'error';
  if (OFF.has(state)) return 'default';
  return state ? 'info' : 'default'; // transitions: powering_up, migrating, wait_for_launch, ...
}

export default function StatusChip({ state }: { state: unknown }) {
  const s = typeof state === 'string' ? state : state === undefined || state === null ? '' : String(state);
  if (!s) return null;
  return <span className={`status-chip status-${statusColor(s)}`}>{humanize(s)}</span>;
}
