// Utilization of clusters and hosts from the hosts' statistics (guide 13: host statistics), read with the
// hosts themselves in one request (guide 7.3.3 `detail=statistics`) at the gauge interval (refresh.ts:
// once a minute at the 10 s refresh) or when an event names a host. An engine that ignores `detail=`
// gets each up host's statistics read on its own, at the same interval. Hosts that are not up report nothing.
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import QueryState from '../../components/QueryState';
import StatusChip from '../../components/StatusChip';
import UsageBar from '../../components/statistics/UsageBar';
import { statisticsHref, statisticsQuery, usageOf } from '../../components/statistics/statistics';
import { inlineStatistics } from '../../components/statistics/useUsage';
import { allQuery, allWithStatisticsQuery, USAGE_META, useRefreshInterval } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import { clusterUsage, type HostUsage } from './utilization';
import { searchLink } from './searchLink';
import { t } from '../../i18n';

function useHostUsage(hosts: XmlObject[]): HostUsage[] {
  const gauge = useRefreshInterval('gauge');
  const results = useQueries({
    queries: hosts.map((h) => ({
      ...statisticsQuery(statisticsHref(h, '/hosts')),
      enabled: h.status?.state === 'up' && !inlineStatistics(h),
      refetchInterval: gauge,
      refetchIntervalInBackground: false,
      meta: USAGE_META,
    })),
  });
  return hosts.map((host, i) => {
    const stats = inlineStatistics(host) ?? results[i]?.data;
    if (!stats || host.status?.state !== 'up') return { host };
    const u = usageOf('host', stats);
    const memTotal = stats.find((s) => s.name === 'memory.total')?.value;
    const memUsed = stats.find((s) => s.name === 'memory.used')?.value;
    return { host, ...u, memTotal, memUsed };
  });
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = `util-${title.replace(/\s+/g, '-').toLowerCase()}`;
  return (
    <Card component="section" aria-labelledby={id} variant="outlined">
      <CardContent>
        <Typography id={id} variant="subtitle1" component="h2" gutterBottom>{title}</Typography>
        {children}
      </CardContent>
    </Card>
  );
}

export default function Utilization() {
  const hostsQ = useQuery(allWithStatisticsQuery('hosts'));
  const clustersQ = useQuery(allQuery('clusters'));
  const usage = useHostUsage(hostsQ.data ?? []);
  const clusters = clustersQ.data ?? [];
  return (
    <>
      <Section title={t('Cluster utilization')}>
        <QueryState query={clustersQ} label={t('Loading clusters')} isEmpty={(c) => c.length === 0}>
          {() => (
            <Table size="small" aria-label={t('Cluster utilization')}>
              <TableHead><TableRow><TableCell>{t('Cluster')}</TableCell><TableCell>{t('Hosts up')}</TableCell><TableCell width="30%">CPU</TableCell><TableCell width="30%">{t('Memory')}</TableCell></TableRow></TableHead>
              <TableBody>
                {clusters.map((c) => {
                  const members = usage.filter((u) => u.host.cluster?.id === c.id);
                  const agg = clusterUsage(members);
                  const name = String(c.name ?? c.id);
                  return (
                    <TableRow key={String(c.id)}>
                      <TableCell><Link component={RouterLink} to={searchLink('hosts', `cluster=${name}`)}>{name}</Link></TableCell>
                      <TableCell>{members.filter((m) => m.host.status?.state === 'up').length} / {members.length}</TableCell>
                      <TableCell><UsageBar label={t('CPU use of cluster {{name}}', { name })} value={agg.cpu} /></TableCell>
                      <TableCell><UsageBar label={t('Memory use of cluster {{name}}', { name })} value={agg.memory} /></TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
        </QueryState>
      </Section>
      <Section title={t('Host utilization')}>
        <QueryState query={hostsQ} label={t('Loading hosts')} isEmpty={(h) => h.length === 0}>
          {() => (
            <Table size="small" aria-label={t('Host utilization')}>
              <TableHead><TableRow><TableCell>{t('Host')}</TableCell><TableCell>{t('Status')}</TableCell><TableCell width="30%">CPU</TableCell><TableCell width="30%">{t('Memory')}</TableCell></TableRow></TableHead>
              <TableBody>
                {usage.map((u) => {
                  const name = String(u.host.name ?? u.host.id);
                  return (
                    <TableRow key={String(u.host.id)}>
                      <TableCell><Link component={RouterLink} to={`/hosts/${encodeURIComponent(String(u.host.id))}`}>{name}</Link></TableCell>
                      <TableCell><StatusChip state={u.host.status?.state} /></TableCell>
                      <TableCell><UsageBar label={t('CPU use of {{name}}', { name })} value={u.cpu} /></TableCell>
                      <TableCell><UsageBar label={t('Memory use of {{name}}', { name })} value={u.memory} /></TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
        </QueryState>
      </Section>
    </>
  );
}
