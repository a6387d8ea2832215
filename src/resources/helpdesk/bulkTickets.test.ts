// Bulk tickets: every VM gets a row (ticket or the engine's reason), at most `concurrency` requests at a time;
// the CSV keeps ticket values byte for byte; only rows with a ticket and a console address become .vv files.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api';
import { toCsv } from '../../components/console/csv';
import { parseVvFile } from '../../components/console/vvFile';
import { CSV_COLUMNS, issueAll, rowOf, vvFiles, type BulkRow } from './bulkTickets';

const display = (n: number) => ({ type: 'spice', address: `h${n}.example`, port: 5900 + n, secure_port: 6000 + n });
const vms = [1, 2, 3, 4].map((n) => ({ id: `v${n}`, name: `vm-${n}`, display: display(n) }));

describe('issueAll', () => {
  it('issues for each VM with limited concurrency and records refusals', async () => {
    let inFlight = 0;
    let peak = 0;
    const rows = new Map<string, BulkRow>(vms.map((v) => [v.id, rowOf(v)]));
    await issueAll([...rows.values()], async (vm) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      if (vm.id === 'v3') throw new ApiError({ status: 409, kind: 'fault', reason: 'Operation Failed', detail: '[Cannot set Virtual Machine Ticket. VM is not running.]' });
      return { ticket: { value: `+T${vm.id}=`, expiry: 300, expiresAt: Date.UTC(2030, 0, 1) }, vm };
    }, (id, patch) => rows.set(id, { ...rows.get(id)!, ...patch }), 2);
    expect(peak).toBe(2);
    const out = [...rows.values()];
    expect(out.map((r) => r.state)).toEqual(['issued', 'issued', 'failed', 'issued']);
    expect(out[2].error).toBe('Operation Failed: [Cannot set Virtual Machine Ticket. VM is not running.]');

    const csv = toCsv(CSV_COLUMNS, out).split('\r\n');
    expect(csv[1]).toBe('vm-1,v1,issued,spice,h1.example,5901,6001,+Tv1=,300,2030-01-01T00:00:00.000Z,');
    expect(csv[3]).toBe('vm-3,v3,failed,spice,h3.example,5903,6003,,,,Operation Failed: [Cannot set Virtual Machine Ticket. VM is not running.]');

    const files = vvFiles([...out, { ...rowOf({ id: 'v5', name: 'vm-5', display: { type: 'spice' } }), ticket: { value: 'x', expiry: 1, expiresAt: 0 } }]);
    expect(files.map((f) => f.name)).toEqual(['vm-1.vv', 'vm-2.vv', 'vm-4.vv']);
    expect(parseVvFile(files[0].text)).toMatchObject({ host: 'h1.example', port: '5901', 'tls-port': '6001', password: '+Tv1=' });
  });
});
