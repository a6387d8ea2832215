// Inventory status counts: totals and active counts from the entry point summary (guide 4.4), host and
// storage domain statuses from their (small) lists, and VMs needing attention from one search capped by
// `;max=` (guide 7.3.5), so the dashboard never downloads the whole VM inventory. Every count links to
// the list filtered by the search that produces it. The hosts come with their statistics (the same
// request as Utilization's); all of them refetch when an event names what they count (refresh.ts).
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { collectionPath, get, itemsOf, withMatrix, type EntryPoint } from '../../api';
import { humanize } from '../../components/format';
import { allQuery, allWithStatisticsQuery, keys, useRefreshInterval } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import { searchLink } from './searchLink';
import { t } from '../../i18n';

const ATTENTION_CAP = 100;
const VM_ATTENTION = 'status=paused or status=not_responding or status=unknown';
const VM_ACTIVE = 'status=up or status=powering_up or status=reboot_in_progress or status=migrating or status=paused or status=powering_down';

interface Line { label: string; count: number | string; to?: string }

function Tile({ title, total, to, lines }: { title: string; total?: number; to: string; lines: Line[] }) {
  const id = `tile-${title.replace(/\s+/g, '-').toLowerCase()}`;
  return (
    <Card component="section" aria-labelledby={id} variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Typography id={id} variant="subtitle1" component="h2">{title}</Typography>
        <Link component={RouterLink} to={to} variant="h4" underline="hover" aria-label={t('{{title}} total', { title })}>{total ?? '—'}</Link>
        <Stack>
          {lines.map((l) => (
            <Typography key={l.label} variant="body2" color="text.secondary">
              {l.to ? <Link component={RouterLink} to={l.to}>{l.count} {l.label}</Link> : `${l.count} ${l.label}`}
            </Typography>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}

function byStatus(items: XmlObject[] | undefined, segment: string): Line[] {
  const counts = new Map<string, number>();
  for (const i of items ?? []) {
    const s = String(i.status?.state ?? 'unknown');
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([s, n]) => ({ label: humanize(s).toLowerCase(), count: n, to: searchLink(segment, `status=${s}`) }));
}

function useVmAttention(ep: EntryPoint) {
  const interval = useRefreshInterval('signalled');
  const path = collectionPath(ep, 'vms', VM_ATTENTION);
  return useQuery({
    queryKey: keys.count('vms', VM_ATTENTION, ATTENTION_CAP),
    queryFn: async ({ signal }) => itemsOf((await get(withMatrix(path ?? '/vms', { max: ATTENTION_CAP }), { signal })).value).length,
    refetchInterval: interval,
    enabled: !!path,
  });
}

export default function InventoryCounts({ ep }: { ep: EntryPoint }) {
  const interval = useRefreshInterval('signalled');
  const hosts = useQuery(allWithStatisticsQuery('hosts'));
  const domains = useQuery({ ...allQuery('storagedomains'), refetchInterval: interval, enabled: 'storagedomains' in ep.collections });
  const attention = useVmAttention(ep);
  const s = ep.summary;
  const n = attention.data;
  const vmLines: Line[] = [
    ...(s.vms ? [{ label: t('active'), count: s.vms.active, to: searchLink('vms', VM_ACTIVE) }] : []),
    ...(s.vms ? [{ label: t('not active'), count: s.vms.total - s.vms.active }] : []),
    ...(n !== undefined ? [{ label: t('need attention (paused, not responding, unknown)'), count: n >= ATTENTION_CAP ? `${ATTENTION_CAP}+` : n, to: searchLink('vms', VM_ATTENTION) }] : []),
  ];
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}><Tile title={t('Virtual machines')} total={s.vms?.total} to="/vms" lines={vmLines} /></Grid>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}><Tile title={t('Hosts')} total={s.hosts?.total ?? hosts.data?.length} to="/hosts" lines={byStatus(hosts.data, 'hosts')} /></Grid>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <Tile title={t('Storage domains')} total={s.storage_domains?.total ?? domains.data?.length} to="/storagedomains"
          lines={domains.data ? byStatus(domains.data.filter((d) => d.status), 'storagedomains') : s.storage_domains ? [{ label: t('active'), count: s.storage_domains.active }] : []} />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}><Tile title={t('Users')} total={s.users?.total} to="/users" lines={[]} /></Grid>
    </Grid>
  );
}
