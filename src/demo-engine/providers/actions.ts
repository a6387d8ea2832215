// Actions every external provider has (RSDL `…providers/{id}/testconnectivity` and `importcertificates`),
// as AbstractBackendExternalProviderResource runs them: TestProviderConnectivity asks the provider's url
// (remote.ts says which urls the demo reaches) and fails with the engine's PROVIDER_FAILURE when it cannot.
import { registerActions } from '../represent';
import type { ActionFn } from '../writes/actions';
import { importCertificates, registerCertificates } from './certificates';
import { assertReachable } from './remote';
import './hostProvider';
import './imageProvider';
import './networkProvider';
import './volumeProvider';

export const PROVIDER_SEGMENTS = ['externalhostproviders', 'openstackimageproviders', 'openstacknetworkproviders', 'openstackvolumeproviders'];

const testConnectivity: ActionFn = (_ctx, p) => assertReachable(p);

const ACTIONS: Record<string, ActionFn> = { importcertificates: importCertificates, testconnectivity: testConnectivity };

/** `segment` → its actions, for routes/writes.ts. */
export const PROVIDER_ACTIONS: Record<string, Record<string, ActionFn>> = Object.fromEntries(PROVIDER_SEGMENTS.map((s) => [s, ACTIONS]));

for (const segment of PROVIDER_SEGMENTS) {
  registerActions(segment, () => Object.keys(ACTIONS));
  registerCertificates(segment);
}
