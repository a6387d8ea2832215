// A list cell with a row's CPU or memory use (for the VM and host lists' columns).
import type { XmlObject } from '../../xsd/parse';
import UsageBar from './UsageBar';
import { useUsage } from './useUsage';
import { t } from '../../i18n';

/** `listRefreshes`: the list's refreshes carry the rows' statistics (useUsage). */
interface Props { kind: 'vm' | 'host'; row: XmlObject; metric: 'cpu' | 'memory'; listRefreshes?: boolean }

export default function UsageCell({ kind, row, metric, listRefreshes }: Props) {
  const usage = useUsage(kind, row, listRefreshes);
  const name = String(row.name ?? row.id);
  return <UsageBar label={t('{{value}} use of {{name}}', { value: metric === 'cpu' ? 'CPU' : 'Memory', name })} value={usage.loading ? undefined : usage[metric]} />;
}
