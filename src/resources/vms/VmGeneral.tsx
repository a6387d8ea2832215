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
import { t } from '../../i18n';

function RefLink({ collection, id, name }: { collection: string; id?: string; name?: string }) {
  if (!id) return <>—</>;
  return <Link component={RouterLink} to={`/${collection}/${encodeURIComponent(id)}`}>{name ?? id}</Link>;
}

const text = (v: unknown): string => (v === undefined || v === null || typeof v === 'object' ? '' : String(v));
const yesNo = (v: unknown): string => (v === true || v === 'true' ? 'Yes' : v === false || v === 'false' ? 'No' : '—');

/** guide 15.1 `display`: type, and where a console connects while the VM runs (address, port, TLS port). */
function displayText(d: XmlObject | undefined): string {
  if (!d) return '—';
  const type = text(d.type).toUpperCase();
  const where = d.address ? ` at ${text(d.address)}${d.port ? `:${text(d.port)}` : ''}${d.secure_port ? ` (TLS ${text(d.secure_port)})` : ''}` : '';
  const monitors = d.monitors ? `, ${text(d.monitors)} monitor${text(d.monitors) === '1' ? '' : 's'}` : '';
  return `${type || '—'}${where}${monitors}`;
}

function bootOrder(os: XmlObject | undefined): string {
  const boot = os?.boot;
  const list = (Array.isArray(boot) ? boot : boot ? [boot] : []) as XmlObject[];
  return list.map((b) => humanize(b.dev)).filter(Boolean).join(', ') || '—';
}

function guestAddresses(vm: XmlObject): string {
  const ips = (vm.guest_info?.ips?.ip ?? []) as XmlObject[];
  const list = (Array.isArray(ips) ? ips : [ips]).map((ip) => text(ip.address)).filter(Boolean);
  const fqdn = text(vm.guest_info?.fqdn);
  return [fqdn, ...list].filter(Boolean).join(', ') || '—';
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
    ['Started', formatDate(vm.start_time) || '—'],
    ['Console', displayText(vm.display)],
    ['Guest address', guestAddresses(vm)],
    ['Boot order', bootOrder(vm.os)],
    ['Guaranteed memory', formatBytes(vm.memory_policy?.guaranteed) || '—'],
    ['Highly available', vm.high_availability ? `${yesNo(vm.high_availability.enabled)}${vm.high_availability.enabled === true || vm.high_availability.enabled === 'true' ? ` (priority ${text(vm.high_availability.priority)})` : ''}` : '—'],
    ['Stateless', yesNo(vm.stateless)],
    ['Origin', humanize(vm.origin) || '—'],
  ];
  return (
    <dl aria-label={t('General')} style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 24px', margin: 0 }}>
      {rows.map(([k, v]) => (
        <div key={k} style={{ display: 'contents' }}>
          <dt style={{ fontWeight: 600 }}>{k}</dt>
          <dd style={{ margin: 0 }}>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
