// Statistics of Gluster volumes and bricks (RSDL `.../glustervolumes/{id}/statistics`, `.../bricks/{id}/statistics`).
// The engine reads them from the volume's advanced details: a volume's capacity (VolumeStatisticalQuery:
// memory.total.size, memory.free.size, memory.used.size; none while the volume is down, when gluster reports no
// capacity) and a brick's size and memory allocator figures (BrickStatisticalQuery, for a brick that is up).
// The demo derives stable sizes from each brick's id, with usage growing slowly on the engine clock.
import type { Store } from '../store';
import type { Entity } from '../types';

export interface GlusterStat { name: string; description: string; unit: 'BYTES' | 'NONE'; kind: 'GAUGE' | 'COUNTER'; value: number; integer: true }

const GiB = 1024 ** 3;
const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
const stat = (name: string, description: string, value: number, unit: 'BYTES' | 'NONE' = 'BYTES', kind: 'GAUGE' | 'COUNTER' = 'GAUGE'): GlusterStat =>
  ({ name, description, unit, kind, value: Math.round(value), integer: true });

/** A brick's capacity: 100–500 GiB by id, a third to two thirds used, drifting by a day's cycle. */
function brickSizes(brick: Entity, now: number) {
  const h = hash(brick.id);
  const total = (100 + (h % 5) * 100) * GiB;
  const used = total * (0.33 + ((h >> 4) % 30) / 100 + 0.02 * Math.sin(now / 86_400_000 + h));
  return { total, free: total - used, used };
}

function brickStats(brick: Entity, now: number): GlusterStat[] {
  const { total, free } = brickSizes(brick, now);
  const h = hash(brick.id + 'malloc');
  const arena = 40e6 + (h % 20) * 1e6;
  return [
    stat('memory.total.size', 'Total size', total), stat('memory.free.size', 'Free size', free),
    stat('memory.block.size', 'Block size', 4096),
    stat('malloc.arena', 'Total memory allocated - Non mmapped', arena),
    stat('malloc.ordblks', 'No. of ordinary free blocks', 200 + (h % 300), 'NONE', 'COUNTER'),
    stat('malloc.smblks', 'No. of free fastbin blocks', h % 40, 'NONE', 'COUNTER'),
    stat('malloc.hblks', 'No. of mmapped blocks allocated', 10 + (h % 20), 'NONE', 'COUNTER'),
    stat('malloc.hblkhd', 'Space allocated in mmapped blocks', 30e6 + (h % 10) * 1e6),
    stat('malloc.usmblks', 'Maximum total allocated space', 0), stat('malloc.fsmblks', 'Space in free fastbin blocks', (h % 40) * 80),
    stat('malloc.uordblks', 'Total allocated space', arena * 0.8), stat('malloc.fordblks', 'Total free space', arena * 0.2),
    stat('malloc.keepcost', 'Releasable free space', 100_000 + (h % 100) * 1000),
  ];
}

/** A volume's capacity from its bricks: a replicate volume holds each file on replica_count bricks. */
function volumeStats(volume: Entity, bricks: Entity[], now: number): GlusterStat[] {
  const up = bricks.filter((b) => b.status?.state === 'up').map((b) => brickSizes(b, now));
  const copies = /replicate/.test(volume.volume_type ?? '') ? Math.max(1, volume.replica_count ?? 1) : 1;
  const sum = (k: 'total' | 'free' | 'used') => up.reduce((s, b) => s + b[k], 0) / copies;
  return [stat('memory.total.size', 'Total size', sum('total')), stat('memory.free.size', 'Free size', sum('free')),
    stat('memory.used.size', 'Used size', sum('used'))];
}

/** Statistics of `clusters/{c}/glustervolumes/{v}[/bricks/{b}]`, or undefined when that is not a volume or brick. */
export function glusterStatistics(store: Store, segments: string[], now: number) {
  const [, cluster, , volumeId, bricksSeg, brickId] = segments;
  const volume = store.get(`clusters/${cluster}/glustervolumes`, volumeId);
  if (!volume) return undefined;
  const bricks = store.list(`clusters/${cluster}/glustervolumes/${volumeId}/bricks`);
  if (segments.length === 4) {
    return { stats: volume.status?.state === 'up' ? volumeStats(volume, bricks, now) : [], owner: { gluster_volume: { id: volumeId } } };
  }
  const brick = bricksSeg === 'bricks' && segments.length === 6 ? bricks.find((b) => b.id === brickId) : undefined;
  if (!brick) return undefined;
  return { stats: brick.status?.state === 'up' ? brickStats(brick, now) : [], owner: { brick: { id: brickId } } };
}
