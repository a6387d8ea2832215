// A percentage as a thin bar with its number (the number carries the information, the colour helps). Plain
// elements with the shared `usage-bar` style (src/app/sharedStyles.ts): lists show two per row (issue 12).
import { t } from '../../i18n';

interface Props { label: string; value: number | undefined }

export default function UsageBar({ label, value }: Props) {
  if (value === undefined || !Number.isFinite(value)) return <span className="usage-none" aria-label={t('{{label}}: not reported', { label })}>—</span>;
  const v = Math.max(0, Math.min(100, value));
  const color = v >= 90 ? 'error' : v >= 70 ? 'warning' : 'primary';
  return (
    <span className="usage-bar">
      <span role="progressbar" aria-label={label} aria-valuenow={Math.round(v)} aria-valuemin={0} aria-valuemax={100} className={`usage-track usage-${color}`}>
        <span style={{ width: `${v}%` }} />
      </span>
      <span className="usage-value">{Math.round(v)}%</span>
    </span>
  );
}
