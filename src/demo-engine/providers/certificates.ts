// A provider's `certificates`: the TLS certificate chain the engine fetches from the provider's url
// (BackendExternalProviderCertificatesResource runs GetProviderCertificateChain; the items' ids are their
// positions in the chain, "0" the server's own certificate). The demo's remote side presents, for any
// reachable url, a server certificate for its host issued by a CA of its domain. `importcertificates` adds the
// chain a client sends to the engine's external trust store (ImportProviderCertificateCommand).
import type { Ctx } from '../context';
import { EngineFault, incomplete } from '../faults';
import { Random } from '../ids';
import type { Entity } from '../types';
import type { ActionFn } from '../writes/actions';
import { registerView } from '../views/registry';
import { hash, providerDomain, providerHost, remoteView } from './remote';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BEGIN = '-----BEGIN CERTIFICATE-----';

/** A PEM block whose body is the same for the same subject (a stand-in for the DER bytes). */
function pem(subject: string): string {
  const rnd = new Random(hash(subject));
  // "MII" starts every DER certificate of 256 bytes or more, once base64-encoded.
  const body = 'MIID' + Array.from({ length: 14 * 64 - 4 }, () => B64[Math.floor(rnd.next() * 64)]).join('');
  const lines = body.match(/.{1,64}/g) ?? [];
  return [BEGIN, ...lines, '-----END CERTIFICATE-----'].join('\n');
}

/** The chain the provider's host presents: its own certificate, then its issuer. */
export function certificateChain(p: Entity): Entity[] {
  const host = providerHost(p) ?? '';
  const domain = providerDomain(p);
  const org = domain.split('.')[0].replace(/^./, (c) => c.toUpperCase());
  const subjects = [`CN=${host}, O=${org}`, `CN=${org} CA, O=${org}`];
  return subjects.map((subject, i) => ({ id: String(i), organization: org, subject, content: pem(subject) }));
}

/** The certificates an `importcertificates` action carries (`<certificates><certificate><content>`). */
function contents(action: Record<string, any>): string[] {
  const c = action.certificates?.certificate;
  return (Array.isArray(c) ? c : c ? [c] : []).map((x: any) => x?.content).filter((x: unknown) => typeof x === 'string' && x.trim() !== '');
}

/** The engine imports the first certificate sent (AbstractBackendExternalProviderResource.importCertificates). */
export const importCertificates: ActionFn = (_ctx, p, action) => {
  const [content] = contents(action);
  if (!content) throw incomplete('Action', ['certificates.content'], 'importCertificates');
  // A body that is no PEM certificate (nor bare base64) cannot be decoded (EngineMessage PROVIDER_IMPORT_CERTIFICATE_ERROR).
  if (!content.includes(BEGIN) && !/^[A-Za-z0-9+/=\s]+$/.test(content)) {
    throw new EngineFault(400, 'Operation Failed', '[Failed importing Certificate.]');
  }
  p._trusted = [...(p._trusted ?? []).filter((x: string) => x !== content), content];
};

export function registerCertificates(segment: string): void {
  registerView(`${segment}/certificates`, remoteView((_ctx: Ctx, p) => certificateChain(p)));
}
