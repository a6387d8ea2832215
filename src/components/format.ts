// Display helpers shared by pages: sizes in binary units, CPU topology, engine enums as words. Numbers and
// dates follow the portal's language (Intl: 1.5 GiB in English, 1,5 GiB in German).
import { currentLocale } from '../i18n';

const UNITS = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** 4294967296 → "4 GiB", 1610612736 → "1.5 GiB"; non-numbers → "". */
export function formatBytes(value: unknown): string {
  const n = typeof value === 'number' ? value : Number(value);
  if (value === undefined || value === null || value === '' || !Number.isFinite(n)) return '';
  let v = n;
  let u = 0;
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  return `${numberFormat(v < 10 ? 2 : 1).format(v)} ${UNITS[u]}`;
}

// Building an Intl.NumberFormat costs far more than formatting with one: one per language and precision.
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(digits: number): Intl.NumberFormat {
  const key = `${currentLocale()} ${digits}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: digits, useGrouping: false })));
  return f;
}

/** CPU topology as cores×sockets, e.g. "2×1". */
export function formatTopology(topology: { cores?: unknown; sockets?: unknown } | undefined): string {
  if (!topology) return '';
  const cores = topology.cores ?? '1';
  const sockets = topology.sockets ?? '1';
  return `${cores}×${sockets}`;
}

/** `powering_up` → "Powering up". */
/** Engine enum words that are names or acronyms, written the way people write them. */
const PROPER: Record<string, string> = {
  nfs: 'NFS', iscsi: 'iSCSI', fcp: 'FCP', posixfs: 'POSIX FS', glusterfs: 'GlusterFS', iso: 'ISO', spm: 'SPM', vnc: 'VNC',
  spice: 'SPICE', cpu: 'CPU', ipmilan: 'IPMI LAN', ide: 'IDE', virtio: 'VirtIO', virtio_scsi: 'VirtIO-SCSI', scsi: 'SCSI',
  qcow2: 'QCOW2', cow: 'COW', raw: 'Raw', usb: 'USB', numa: 'NUMA', ha: 'HA', ovirt: 'oVirt', cdrom: 'CD-ROM', hd: 'Hard disk',
  e1000: 'e1000', rtl8139: 'rtl8139',
};

export function humanize(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  const raw = String(value);
  const proper = PROPER[raw.toLowerCase()];
  if (proper) return proper;
  const s = raw.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Engine timestamps shown in the user's locale; unreadable values as sent. */
export function formatDate(value: unknown): string {
  if (!value) return '';
  const d = new Date(String(value));
  return Number.isNaN(d.getTime()) ? String(value) : d.toLocaleString(currentLocale());
}
