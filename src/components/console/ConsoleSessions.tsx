// Who is on the VM right now (guide 15.6.7 sessions: console users and guest-agent logons), shown before a
// console is handed to someone else. Refreshed every few seconds while shown.
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { subQuery } from '../../query';
import QueryState from '../QueryState';
import type { XmlObject } from '../../xsd/parse';
import { t } from '../../i18n';

function who(s: XmlObject): string {
  const user = s.user?.user_name ?? s.user?.name ?? s.user?.id ?? 'unknown user';
  const how = s.console_user === true ? `console${s.protocol ? ` (${s.protocol})` : ''}` : 'logged on in the guest';
  const ip = s.ip?.address ? ` from ${s.ip.address}` : '';
  return `${user}: ${how}${ip}`;
}

export default function ConsoleSessions({ vmId }: { vmId: string }) {
  const query = useQuery({ ...subQuery('vms', vmId, 'sessions'), refetchInterval: 5000 });
  return (
    <div aria-label={t('Connected users')} role="region">
      <QueryState query={query} label={t('Loading sessions')}
        isEmpty={(s) => s.length === 0}
        empty={<Typography variant="body2" color="text.secondary">{t('Nobody is connected to this virtual machine.')}</Typography>}>
        {(sessions) => (
          <Alert severity="warning" role="status">
            {t('Already connected:')}
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {sessions.map((s, i) => <li key={String(s.id ?? i)}>{who(s)}</li>)}
            </ul>
          </Alert>
        )}
      </QueryState>
    </div>
  );
}
