// A host NIC's general facts (guide 14.7.2.1, Table 14.4): addresses, link, bonding, host and network.
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { RefLink } from '../../components/detail';
import StatusChip from '../../components/StatusChip';
import { humanize } from '../../components/format';
import { formatStat } from '../../components/statistics';
import type { XmlObject } from '../../xsd/parse';
import { isBond, slavesOf } from './hostNetworking';
import { t } from '../../i18n';

const yesNo = (v: unknown) => (v === true || v === 'true' ? 'Yes' : v === false || v === 'false' ? 'No' : undefined);
const text = (v: unknown) => (v === undefined || v === null || v === '' ? undefined : String(v));

export default function HostNicGeneral({ nic }: { nic: XmlObject }) {
  const options = Array.isArray(nic.bonding?.options?.option) ? nic.bonding.options.option : nic.bonding?.options?.option ? [nic.bonding.options.option] : [];
  const rows: [string, ReactNode | undefined][] = [
    ['Name', text(nic.name)],
    ['Status', nic.status?.state ? <StatusChip state={nic.status.state} /> : undefined],
    ['MAC address', text(nic.mac?.address)],
    ['IP address', text(nic.ip?.address)],
    ['Netmask', text(nic.ip?.netmask)],
    ['Gateway', text(nic.ip?.gateway)],
    ['Boot protocol', nic.boot_protocol ? humanize(nic.boot_protocol) : undefined],
    ['Speed', nic.speed ? formatStat(Number(nic.speed), 'BITS_PER_SECOND') : undefined],
    ['MTU', text(nic.mtu)],
    ['VLAN', text(nic.vlan?.id)],
    ['Bridged', yesNo(nic.bridged)],
    ['Bond of', isBond(nic) ? slavesOf(nic).map((s) => String(s.name ?? s.id)).join(', ') : undefined],
    ['Bonding options', options.length ? options.map((o: XmlObject) => `${String(o.name)}=${String(o.value)}`).join(' ') : undefined],
    ['Host', nic.host?.id ? <RefLink collection="hosts" id={nic.host.id} /> : undefined],
    ['Network', nic.network?.id ? <RefLink collection="networks" id={nic.network.id} /> : undefined],
  ];
  const shown = rows.filter(([, v]) => v !== undefined);
  if (!shown.length) return <Typography color="text.secondary">{t('The engine reported no details.')}</Typography>;
  return (
    <dl aria-label={t('General')} style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 24px', margin: 0 }}>
      {shown.map(([k, v]) => (
        <div key={k} style={{ display: 'contents' }}><dt style={{ fontWeight: 600 }}>{k}</dt><dd style={{ margin: 0 }}>{v}</dd></div>
      ))}
    </dl>
  );
}
