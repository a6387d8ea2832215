// @vitest-environment node
// `Expect: 201-created` over real HTTP reaches the engine (Node would answer 417 itself) and is honoured.
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOptions } from './options';
import { createPortalServer, type PortalServer } from './portalServer';

let portal: PortalServer;
let port = 0;
beforeAll(async () => {
  const opts = parseOptions(['--port', '0', '--host', '127.0.0.1', '--data', mkdtempSync(join(tmpdir(), 'expect-'))], {});
  portal = await createPortalServer(opts, () => {});
  await portal.listen();
  const address = portal.server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(async () => {
  await portal.snapshots.close();
  portal.api.close();
  await portal.app.close();
});

function post(path: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers: {
      Authorization: `Basic ${Buffer.from('admin@internal:ovirt').toString('base64')}`, 'Content-Type': 'application/xml', Version: '3', ...headers,
    } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const storageDomain = () => portal.api.engine!.store.list('storagedomains').find((d) => d.type === 'data')!.id;
const disk = (alias: string) => `<disk><alias>${alias}</alias><provisioned_size>1073741824</provisioned_size><format>cow</format><interface>virtio</interface>` +
  `<storage_domains><storage_domain id="${storageDomain()}"/></storage_domains></disk>`;

describe('Expect: 201-created', () => {
  it('is answered by the engine with 201 and the finished disk, not 417', async () => {
    const r = await post('/ovirt-engine/api/disks', disk('expect-201'), { Expect: '201-created' });
    expect(r.status, r.body).toBe(201);
    expect(r.body).toContain('<alias>expect-201</alias>');
    expect(r.body).not.toContain('creation_status');
  });

  it('is read from X-Ovirt-Expect as well', async () => {
    const r = await post('/ovirt-engine/api/disks', disk('x-ovirt-expect'), { 'X-Ovirt-Expect': '201-created' });
    expect(r.status).toBe(201);
    const plain = await post('/ovirt-engine/api/disks', disk('no-expect'), {});
    expect(plain.status).toBe(202);
  });
});
