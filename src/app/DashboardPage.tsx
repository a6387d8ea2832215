// The entry point's summary (guide 4.1: vms, hosts, users, storage domains) and product info.
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { Count, EntryPoint } from '../api';
import QueryState from '../components/QueryState';
import { formatDate } from '../components/format';
import { entryPointQuery } from '../query';

const TILES: [keyof EntryPoint['summary'], string][] = [
  ['vms', 'Virtual machines'], ['hosts', 'Hosts'], ['users', 'Users'], ['storage_domains', 'Storage domains'],
];

function Tile({ label, count }: { label: string; count?: Count }) {
  const id = `tile-${label.replace(/\s+/g, '-').toLowerCase()}`;
  return (
    <Card component="section" aria-labelledby={id} variant="outlined">
      <CardContent>
        <Typography id={id} variant="subtitle1" component="h2">{label}</Typography>
        <Typography variant="h4" component="p" aria-label={`${label} total`}>{count?.total ?? '—'}</Typography>
        <Typography color="text.secondary">{count ? `${count.active} active` : 'Not reported'}</Typography>
      </CardContent>
    </Card>
  );
}

export default function DashboardPage() {
  const entry = useQuery({ ...entryPointQuery(), refetchInterval: 30_000 });
  return (
    <Stack spacing={3}>
      <Typography variant="h5" component="h1">Dashboard</Typography>
      <QueryState query={entry} label="Loading summary">
        {(ep) => (
          <Stack spacing={3}>
            <Grid container spacing={2}>
              {TILES.map(([k, label]) => (
                <Grid key={k} size={{ xs: 12, sm: 6, md: 3 }}><Tile label={label} count={ep.summary[k]} /></Grid>
              ))}
            </Grid>
            <Card component="section" aria-labelledby="product-title" variant="outlined">
              <CardContent>
                <Typography id="product-title" variant="subtitle1" component="h2">Engine</Typography>
                <Typography>{ep.productInfo?.name ?? 'Unknown product'}{ep.productInfo?.vendor ? ` by ${ep.productInfo.vendor}` : ''}</Typography>
                <Typography color="text.secondary">
                  Version {ep.productInfo?.fullVersion ?? ep.productInfo?.version ?? 'unknown'}
                  {ep.time ? ` · engine time ${formatDate(ep.time)}` : ''}
                </Typography>
              </CardContent>
            </Card>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
