// An OpenStack image provider (Glance), simulated. As in the engine, adding one adds its image storage domain
// (OpenStackImageProviderProxy.onAddition: a domain of type image named after the provider, storage type glance)
// and removing it removes that domain; the provider's `images` are the domain's (BackendOpenStackImageResource
// reads them through BackendOpenStackStorageProviderHelper.getStorageDomainId), so a disk exported to the domain
// is an image of the provider too. `images/{id}/import` is the domain's image import (ImportRepoImage): a disk,
// locked, then ok, on the data domain named, and with `import_as_template` a template in the cluster named.
import type { Ctx } from '../context';
import { registerActions } from '../represent';
import type { Entity } from '../types';
import { importImage } from '../storage/domains';
import { registerView } from '../views/registry';
import type { ActionFn } from '../writes/actions';
import { registerRules } from '../writes/rules';
import { derivedId, remoteView } from './remote';
import { providerRef } from './providerRef';

const SEGMENT = 'openstackimageproviders';

/** What a newly added Glance holds: a few public cloud images. */
const CATALOGUE = ['CirrOS 0.5.2 for x86_64', 'Fedora 34 Cloud Base Image for x86_64', 'CentOS Stream 8 GenericCloud for x86_64'];

/** The image storage domain that stands for provider `p`. */
export const glanceDomain = (ctx: Ctx, p: Entity): Entity | undefined =>
  ctx.store.list('storagedomains').find((d) => d._provider === p.id);

registerRules(SEGMENT, {
  afterCreate(ctx, p) {
    const sd = ctx.store.put('storagedomains', { id: derivedId(p.id, 'storagedomain', 0), name: p.name, description: p.description,
      type: 'image', master: false, storage: { type: 'glance', address: p.url }, external_status: { state: 'ok' },
      available: 0, used: 0, committed: 0, storage_format: 'v1', _provider: p.id });
    CATALOGUE.forEach((name, i) => ctx.store.put(`storagedomains/${sd.id}/images`, { id: derivedId(p.id, 'image', i), name, storage_domain: { id: sd.id } }));
  },
  remove(ctx, p) {
    const sd = glanceDomain(ctx, p);
    if (sd) {
      for (const img of ctx.store.list(`storagedomains/${sd.id}/images`)) ctx.store.remove(`storagedomains/${sd.id}/images`, img.id);
      ctx.store.remove('storagedomains', sd.id);
    }
    ctx.store.remove(SEGMENT, p.id);
  },
});

registerView(`${SEGMENT}/images`, remoteView((ctx, p) => {
  const sd = glanceDomain(ctx, p);
  const ref = providerRef(p);
  return sd ? ctx.store.list(`storagedomains/${sd.id}/images`).map((img) => ({ id: img.id, name: img.name, openstack_image_provider: ref })) : [];
}));
registerActions(`${SEGMENT}/images`, () => ['import']);

export const IMAGE_PROVIDER_SUB_ACTIONS: Record<string, ActionFn> = { 'images/import': importImage };
