// The events page: the audit log followed live (`events;from=<id>`, guide 25.4.1), filtered by severity
// and by a search in the engine's language (both in the URL), older pages on demand, custom events added
// (25.4.3) and removed (25.4.4).
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { term } from '../../api';
import SearchBox from '../../components/SearchBox';
import EventsView from '../../components/events/EventsView';
import { andCriteria } from '../../components/events/eventsFeed';
import { humanize } from '../../components/format';
import AddEventDialog from './AddEventDialog';
import { SEVERITIES, isSeverity } from './severities';
import { t } from '../../i18n';

export default function EventsPage() {
  const [sp, setSp] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const q = sp.get('q') ?? '';
  const severity = sp.get('severity');
  const sev = isSeverity(severity) ? severity : undefined;
  const update = (next: { q?: string; severity?: string }) => {
    const out = new URLSearchParams();
    const nq = next.q ?? q;
    const ns = 'severity' in next ? next.severity : sev;
    if (nq) out.set('q', nq);
    if (ns) out.set('severity', ns);
    setSp(out);
  };
  const criteria = andCriteria(q, sev ? term('severity', sev) : '');
  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h5" component="h1">{t('Events')}</Typography>
        <Button variant="contained" onClick={() => setAdding(true)}>{t('Add event')}</Button>
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <ToggleButtonGroup size="small" exclusive value={sev ?? 'all'} aria-label={t('Severity')}
          onChange={(_e, v: string | null) => v && update({ severity: v === 'all' ? undefined : v })}>
          <ToggleButton value="all">{t('All')}</ToggleButton>
          {SEVERITIES.map((s) => <ToggleButton key={s} value={s}>{humanize(s)}</ToggleButton>)}
        </ToggleButtonGroup>
        <div style={{ flexGrow: 1 }}>
          <SearchBox segment="events" label={t('Search events')} value={q} placeholder={t('e.g. vm.name=web01 or type=30')}
            onSearch={(parts) => update({ q: parts.criteria })} />
        </div>
      </Stack>
      <EventsView key={criteria} criteria={criteria} label={t('Events')} checkRemoved />
      <AddEventDialog open={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}
