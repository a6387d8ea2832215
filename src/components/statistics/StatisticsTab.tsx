// Statistics of a VM, host, disk or NIC (given its statistics href): charts over a rolling window,
// polled every 5 s while shown, and the current value of every statistic with its unit.
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import QueryState from '../QueryState';
import SubTable from '../SubTable';
import StatisticsChart from './StatisticsChart';
import { CHART_GROUPS } from './chartGroups';
import { formatStat, type StatKind, type Statistic } from './statistics';
import { useStatisticsHistory } from './useStatisticsHistory';
import { t } from '../../i18n';

export default function StatisticsTab({ href, kind }: { href: string; kind: StatKind }) {
  const { query, samples } = useStatisticsHistory(href);
  return (
    <QueryState query={query} label={t('Loading statistics')} isEmpty={(d) => d.length === 0}>
      {(stats) => {
        const known = new Map(stats.map((s) => [s.name, s]));
        const groups = CHART_GROUPS[kind]
          .map((g) => ({ ...g, series: g.names.filter((n) => known.has(n)).map((n) => ({ name: n, label: known.get(n)!.description || n })) }))
          .filter((g) => g.series.length);
        return (
          <Stack spacing={2}>
            <Grid container spacing={2}>
              {groups.map((g) => (
                <Grid key={g.title} size={{ xs: 12, lg: 6 }}>
                  <StatisticsChart title={t(g.title)} unit={g.unit} series={g.series} samples={samples} />
                </Grid>
              ))}
            </Grid>
            <SubTable
              label={t('Current statistics')}
              items={stats.map((s) => ({ ...s, id: s.name }))}
              columns={[
                { header: t('Statistic'), value: (s) => String(s.description || s.name) },
                { header: t('Name'), value: (s) => String(s.name) },
                { header: t('Value'), value: (s) => formatStat((s as unknown as Statistic).value, String(s.unit)) },
              ]}
            />
          </Stack>
        );
      }}
    </QueryState>
  );
}
