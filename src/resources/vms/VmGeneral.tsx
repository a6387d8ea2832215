// A VM's general information, with links to its host, cluster and template.
import Link from '@mui/material/Link';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { namesById } from '../../api';
import StatusChip from '../../components/StatusChip';
import { formatBytes, formatDate, formatTopology, humanize } from '../../components/format';
import { allQuery, detailQuery } from '../../query';
import type { XmlObject } from '../../xsd/parse';

function RefLink({ collection, id, name }: { collection: string; id?: string; name?: string }) {
  if (!id) return <>—</>;
  return <Link component={RouterLink} to={`/${collection}/${encodeURIComponent(id)}`}>{name ?? id}</Link>;
}

export default function VmGeneral({ vm }: { vm: XmlObject }) {
  const hosts = useQuery(allQuery('hosts'));
  const clusters = useQuery(allQuery('clusters'));
  const templateId: string | undefined = vm.template?.id;
  const template = useQuery({ ...detailQuery('templates', templateId ?? ''), enabled: !!templateId, retry: false });
  const rows: [string, ReactNode][] = [
    ['Status', <StatusChip key="s" state={vm.status?.state} />],
    ['Description', vm.description || '—'],
    ['Memory', formatBytes(vm.memory) || '—'],
    ['CPU (cores×sockets)', formatTopology(vm.cpu?.topology) || '—'],
    ['Operating system', vm.os?.type ?? '—'],
    ['Type', humanize(vm.type) || '—'],
    ['Host', <RefLink key="h" collection="hosts" id={vm.host?.id} name={namesById(hosts.data ?? []).get(vm.host?.id)} />],
    ['Cluster', <RefLink key="c" collection="clusters" id={vm.cluster?.id} name={namesById(clusters.data ?? []).get(vm.cluster?.id)} />],
    ['Template', <RefLink key="t" collection="templates" id={templateId} name={template.data?.name} />],
    ['Created', formatDate(vm.creation_time) || '—'],
  ];
  return (
    <dl aria-label="General" style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 24px', margin: 0 }}>
      {rows.map(([k, v]) => (
        <div key={k} style={{ display: 'contents' }}>
          <dt style={{ fontWeight: 600 }}>{k}</dt>
          <dd style={{ margin: 0 }}>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
