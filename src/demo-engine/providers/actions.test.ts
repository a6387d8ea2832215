// Provider actions (RSDL …providers/{id}/testconnectivity, importcertificates) and the certificate chain.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

function withProvider(url?: string) {
  const w = wireEngine({ vms: 4 });
  const r = w.post('/externalhostproviders', `<external_host_provider><name>fm</name>${url ? `<url>${url}</url>` : ''}</external_host_provider>`);
  return { w, base: `/externalhostproviders/${r.xml.id}` };
}

describe('external provider actions', () => {
  it('tests connectivity: complete for a reachable url, the engine fault for an unreachable one', () => {
    const { w, base } = withProvider('https://foreman.lab.example.com');
    expect(w.post(`${base}/testconnectivity`, '<action/>').xml.status.state).toBe('complete');
    for (const url of ['https://unreachable.invalid:443', 'https://:9696', 'ftp://foreman.lab.example.com']) {
      w.put(base, `<external_host_provider><url>${url}</url></external_host_provider>`);
      const r = w.post(`${base}/testconnectivity`, '<action/>');
      expect(r.status).toBe(400);
      expect(r.xml.status.state).toBe('failed');
      expect(r.xml.fault.detail).toMatch(/Failed to communicate with the external provider/);
    }
  });

  it('a provider without a url cannot be reached', () => {
    const { w, base } = withProvider();
    expect(w.post(`${base}/testconnectivity`, '<action/>').xml.fault.reason).toBe('Operation Failed');
    expect(w.get(`${base}/certificates`).status).toBe(400);
  });

  it('lists the chain the provider host presents, the same on every GET, and offers the actions', () => {
    const { w, base } = withProvider('https://foreman.lab.example.com');
    const chain = w.get(`${base}/certificates`).xml.certificate;
    expect(chain.map((c: any) => c.id)).toEqual(['0', '1']);
    expect(chain[0].subject).toBe('CN=foreman.lab.example.com, O=Lab');
    expect(chain[0].content).toMatch(/^-----BEGIN CERTIFICATE-----\nMII/);
    expect(w.get(`${base}/certificates/0`).xml.content).toBe(chain[0].content);
    expect(w.get(`${base}/certificates/2`).status).toBe(404);
    expect(w.post(`${base}/certificates`, '<certificate><content>x</content></certificate>').status).toBe(405);
    expect(w.get(base).xml.actions.link.map((l: any) => l.rel)).toEqual(['importcertificates', 'testconnectivity']);
  });

  it('imports a certificate the client sends, refusing none or one that is no certificate', () => {
    const { w, base } = withProvider('https://foreman.lab.example.com');
    const pem = w.get(`${base}/certificates/1`).xml.content;
    const r = w.post(`${base}/importcertificates`, `<action><certificates><certificate><content>${pem}</content></certificate></certificates></action>`);
    expect(r.xml.status.state).toBe('complete');
    expect(w.engine.store.list('externalhostproviders')[0]._trusted).toEqual([pem]);
    expect(w.post(`${base}/importcertificates`, '<action/>').xml.detail).toBe('Action [certificates.content] required for importCertificates');
    const bad = w.post(`${base}/importcertificates`, '<action><certificates><certificate><content>not a certificate!</content></certificate></certificates></action>');
    expect(bad.xml.fault.detail).toBe('[Failed importing Certificate.]');
  });
});
