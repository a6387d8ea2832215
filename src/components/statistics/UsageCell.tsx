// A list cell with a row's CPU or memory use (for the VM and host lists' columns).
import type { XmlObject } from '../../xsd/parse';
import UsageBar from './UsageBar';
import { useUsage } from './useUsage';
import { t } from '../../i18n';

interface Props { kind: 'vm' | 'host'; row: XmlObject; metric: 'cpu' | 'memory' }

export default function UsageCell({ kind, row, metric }: Props) {
  const usage = useUsage(kind, row);
  const name = String(row.name ?? row.id);
  return <UsageBar label={t('{{value}} use of {{name}}', { value: metric === 'cpu' ? 'CPU' : 'Memory', name })} value={usage.loading ? undefined : usage[metric]} />;
}
