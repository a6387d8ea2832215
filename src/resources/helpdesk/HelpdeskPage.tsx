// /helpdesk: get someone onto a VM's console. Type a name (or owner, or tag) and press Enter; a single match
// opens at once, and "Get console file (.vv)" issues a ticket and downloads the file: one click after typing.
// Tickets live in component state only: nothing secret is kept once the page is closed.
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import ConsolePanel, { DEFAULT_EXPIRY } from '../../components/console/ConsolePanel';
import ExpirySelect from '../../components/console/ExpirySelect';
import QueryState from '../../components/QueryState';
import { listQuery } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import BulkTickets from './BulkTickets';
import { helpdeskCriteria } from './helpdeskSearch';
import VmResults from './VmResults';
import { t } from '../../i18n';

export default function HelpdeskPage() {
  const [sp, setSp] = useSearchParams();
  const q = sp.get('q') ?? '';
  const [typed, setTyped] = useState(q);
  const criteria = helpdeskCriteria(q);
  const list = useQuery({ ...listQuery('vms', { criteria, sortBy: 'name', order: 'asc', page: 1 }), enabled: !!criteria, refetchInterval: 10_000 });
  const [picked, setPicked] = useState<string>();
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [bulk, setBulk] = useState<{ vms: XmlObject[]; expiry: number; run: number }>();
  const [bulkExpiry, setBulkExpiry] = useState(DEFAULT_EXPIRY);

  const items = criteria ? list.data?.items ?? [] : [];
  const selectedId = picked && items.some((v) => v.id === picked) ? picked : items.length === 1 ? String(items[0].id) : undefined;
  const selected = items.find((v) => v.id === selectedId);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setPicked(undefined);
    setChecked(new Set());
    setSp(typed.trim() ? { q: typed.trim() } : {}, { replace: true });
  };
  const startBulk = (vms: XmlObject[]) => setBulk({ vms, expiry: bulkExpiry, run: Date.now() });

  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">{t('Console (helpdesk)')}</Typography>
      <Stack component="form" role="search" direction="row" spacing={1} onSubmit={submit}>
        <TextField autoFocus size="small" fullWidth label={t('Find a virtual machine')} value={typed} onChange={(e) => setTyped(e.target.value)}
          helperText={t('A name, the user it belongs to, or a tag (a prefix is enough); or a search such as status=up and tag=finance')} />
        <Button type="submit" variant="contained" sx={{ alignSelf: 'flex-start' }}>{t('Find')}</Button>
      </Stack>
      {criteria ? (
        <QueryState query={list} label={t('Searching')} isEmpty={(d) => d.items.length === 0}
          empty={<Typography>{t('No virtual machine matches “{{q}}”.', { q })}</Typography>}>
          {(data) => (
            <Stack spacing={1}>
              <VmResults vms={data.items} selectedId={selectedId} onSelect={setPicked} checked={checked} onCheck={setChecked} />
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <ExpirySelect label={t('Bulk tickets valid for')} value={bulkExpiry} onChange={setBulkExpiry} />
                <Button disabled={!checked.size || !!bulk} onClick={() => startBulk(data.items.filter((v) => checked.has(String(v.id))))}>
                  {t('Tickets for selected ({{size}})', { size: checked.size })} </Button>
                <Button disabled={!!bulk} onClick={() => startBulk(data.items)}>{t('Tickets for all results ({{length}})', { length: data.items.length })}</Button>
              </Stack>
            </Stack>
          )}
        </QueryState>
      ) : null}
      {bulk ? <BulkTickets key={bulk.run} vms={bulk.vms} expiry={bulk.expiry} onClose={() => setBulk(undefined)} /> : null}
      {selected && !bulk ? (
        <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={t('Console for {{name}}', { name: String(selected.name) })}>
          <Typography variant="h6" component="h2" sx={{ mb: 1 }}>{String(selected.name)}</Typography>
          <ConsolePanel key={String(selected.id)} vm={selected} />
        </Paper>
      ) : null}
    </Stack>
  );
}
