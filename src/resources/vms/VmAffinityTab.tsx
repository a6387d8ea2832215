// The affinity groups a VM belongs to and their rules (guide 10.7.3: `positive` — run together or apart —
// and `enforcing` — a hard rule the scheduler never breaks, or a preference). v3 does not link a VM to its
// groups, so the tab reads the groups of the VM's cluster and each group's members.
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import QueryState from '../../components/QueryState';
import SubTable from '../../components/SubTable';
import { itemPath } from '../../components/detail';
import { nestedQuery, subQuery } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import { t } from '../../i18n';

const yes = (v: unknown) => v === true || v === 'true';

export default function VmAffinityTab({ vm }: { vm: XmlObject }) {
  const clusterId = String(vm.cluster?.id ?? '');
  const groups = useQuery({ ...subQuery('clusters', clusterId, 'affinitygroups'), enabled: Boolean(clusterId) });
  const members = useQueries({
    queries: (groups.data ?? []).map((g) => nestedQuery('clusters', clusterId, 'affinitygroups', String(g.id), 'vms')),
  });
  const loadingMembers = members.some((m) => m.isPending);
  const mine = (groups.data ?? []).filter((_g, i) => (members[i]?.data ?? []).some((m) => m.id === vm.id));
  return (
    <Stack spacing={2}>
      <QueryState query={groups} label={t('Loading affinity groups')} isEmpty={() => !loadingMembers && mine.length === 0}
        empty={<Typography color="text.secondary">{t('This virtual machine is in no affinity group.')}</Typography>}>
        {() => (loadingMembers ? <Typography color="text.secondary">{t('Loading affinity groups…')}</Typography> : (
          <SubTable label={t('Affinity groups')} items={mine} columns={[
            { header: t('Affinity group'), value: (g) => (
              <Link component={RouterLink} to={itemPath('clusters', clusterId, 'affinitygroups', String(g.id))}>{String(g.name ?? g.id)}</Link>) },
            { header: t('Rule'), value: (g) => (yes(g.positive) ? t('Run together on one host') : t('Run on different hosts')) },
            { header: t('Enforcement'), value: (g) => (yes(g.enforcing) ? t('Enforced: never broken') : t('Preferred: broken when no host fits')) },
            { header: t('Description'), value: (g) => String(g.description ?? '') },
          ]} />
        ))}
      </QueryState>
    </Stack>
  );
}
