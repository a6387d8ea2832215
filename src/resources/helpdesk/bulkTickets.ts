// Tickets for many VMs at once: a few requests in flight, one row per VM with its ticket or the engine's
// reason; rows turn into a CSV and a zip of `.vv` files. Pure apart from `issueTicket` (passed in for tests).
import { errorText } from '../../components/ErrorAlert';
import type { CsvColumn } from '../../components/console/csv';
import type { ConsoleTicket } from '../../components/console/ticket';
import { buildVvFile, vvFileName } from '../../components/console/vvFile';
import type { XmlObject } from '../../xsd/parse';

export interface BulkRow {
  id: string;
  name: string;
  state: 'queued' | 'running' | 'issued' | 'failed';
  vm: XmlObject;
  ticket?: ConsoleTicket;
  error?: string;
}

export const rowOf = (vm: XmlObject): BulkRow => ({ id: String(vm.id), name: String(vm.name ?? vm.id), state: 'queued', vm });

export async function issueAll(
  rows: BulkRow[],
  issue: (vm: XmlObject) => Promise<{ ticket: ConsoleTicket; vm: XmlObject }>,
  update: (id: string, patch: Partial<BulkRow>) => void,
  concurrency = 3,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < rows.length) {
      const row = rows[next++];
      update(row.id, { state: 'running' });
      try {
        const { ticket, vm } = await issue(row.vm);
        update(row.id, { state: 'issued', ticket, vm });
      } catch (e) {
        const { reason, detail } = errorText(e);
        update(row.id, { state: 'failed', error: detail ? `${reason}: ${detail}` : reason });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, rows.length) }, worker));
}

const d = (r: BulkRow) => r.vm.display ?? {};

// i18n-exempt: the CSV's column names are a machine format for scripts, the same in every language
export const CSV_COLUMNS: CsvColumn<BulkRow>[] = [
  { header: 'vm', value: (r) => r.name },
  { header: 'vm_id', value: (r) => r.id },
  { header: 'result', value: (r) => r.state },
  { header: 'display_type', value: (r) => d(r).type },
  { header: 'host', value: (r) => d(r).address },
  { header: 'port', value: (r) => d(r).port },
  { header: 'tls_port', value: (r) => d(r).secure_port },
  { header: 'ticket', value: (r) => r.ticket?.value, raw: true },
  { header: 'expiry_seconds', value: (r) => r.ticket?.expiry },
  { header: 'expires_at', value: (r) => (r.ticket ? new Date(r.ticket.expiresAt).toISOString() : undefined) },
  { header: 'error', value: (r) => r.error },
];

/** The `.vv` files of the rows that got a ticket and have a console address. */
export function vvFiles(rows: BulkRow[]): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const r of rows) {
    if (!r.ticket) continue;
    try {
      out.push({ name: vvFileName(r.name), text: buildVvFile({ vmName: r.name, display: d(r), password: r.ticket.value }) });
    } catch {
      /* no console address (the VM stopped meanwhile): the CSV says so, no file */
    }
  }
  return out;
}
