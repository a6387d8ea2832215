// Which statistics each kind charts together (one chart per unit): CPU %, memory, network and disk rates.
import type { StatKind, StatUnit } from './statistics';
import { tk } from '../../i18n';

export interface ChartGroup { title: string; unit: StatUnit; names: string[] }

export const CHART_GROUPS: Record<StatKind, ChartGroup[]> = {
  vm: [
    { title: 'CPU', unit: 'PERCENT', names: ['cpu.current.guest', 'cpu.current.hypervisor', 'cpu.current.total'] },
    { title: tk('Memory'), unit: 'BYTES', names: ['memory.used', 'memory.cached', 'memory.buffered'] },
    { title: tk('Network'), unit: 'PERCENT', names: ['network.current.total'] },
  ],
  host: [
    { title: 'CPU', unit: 'PERCENT', names: ['cpu.current.user', 'cpu.current.system', 'ksm.cpu.current'] },
    { title: tk('Memory'), unit: 'BYTES', names: ['memory.used', 'memory.cached', 'swap.used'] },
  ],
  disk: [
    { title: tk('Disk rates'), unit: 'BYTES_PER_SECOND', names: ['data.current.read', 'data.current.write'] },
    { title: tk('Disk latency'), unit: 'SECONDS', names: ['disk.read.latency', 'disk.write.latency', 'disk.flush.latency'] },
  ],
  nic: [
    { title: tk('Network rates'), unit: 'BYTES_PER_SECOND', names: ['data.current.rx', 'data.current.tx'] },
  ],
};
