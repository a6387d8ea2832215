// The dashboard: inventory status counts linking to their searches (entry point summary, guide 4.4),
// cluster and host utilization from statistics, recent alerts, running tasks, and the engine itself.
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import QueryState from '../components/QueryState';
import { formatDate } from '../components/format';
import { summaryQuery } from '../query';
import InventoryCounts from './dashboard/InventoryCounts';
import RecentAlerts from './dashboard/RecentAlerts';
import RunningTasks from './dashboard/RunningTasks';
import Utilization from './dashboard/Utilization';
import { t } from '../i18n';

export default function DashboardPage() {
  // Refetched when an event names a VM, host, user or storage domain (query/changes.ts), else rarely.
  const entry = useQuery(summaryQuery(useQueryClient()));
  return (
    <Stack spacing={3}>
      <Typography variant="h5" component="h1">{t('Dashboard')}</Typography>
      <QueryState query={entry} label={t('Loading summary')}>
        {(ep) => (
          <Stack spacing={3}>
            <InventoryCounts ep={ep} />
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, lg: 7 }}><Stack spacing={2}><Utilization /></Stack></Grid>
              <Grid size={{ xs: 12, lg: 5 }}><Stack spacing={2}><RunningTasks /><RecentAlerts /></Stack></Grid>
            </Grid>
            <Card component="section" aria-labelledby="product-title" variant="outlined">
              <CardContent>
                <Typography id="product-title" variant="subtitle1" component="h2">{t('Engine')}</Typography>
                <Typography>{ep.productInfo?.name ?? t('Unknown product')}{ep.productInfo?.vendor ? t(' by {{vendor}}', { vendor: ep.productInfo.vendor }) : ''}</Typography>
                <Typography color="text.secondary">
                  {t('Version')} {ep.productInfo?.fullVersion ?? ep.productInfo?.version ?? t('unknown')}
                  {ep.time ? t(' · engine time {{time}}', { time: formatDate(ep.time) }) : ''}
                </Typography>
              </CardContent>
            </Card>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
