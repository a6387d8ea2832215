// All routes, specific first, then the generic collection handlers.
import type { Router } from '../router';
import '../vms/states';
import '../vms/rules';
import '../vms/deviceRules';
import '../hosts/rules';
import '../hosts/nicRules';
import '../writes/inventoryRules';
import '../writes/v3Adapters';
import '../writes/tagRules';
import '../views/inventory';
import '../views/storage';
import '../views/access';
import '../views/guest';
import '../views/deep';
import '../vms/snapshotDisks';
import '../views/affinityGroupVms';
import '../views/dataCenter';
import '../views/rsdlViews';
import '../vms/graphicsConsoles';
import '../users/sshPublicKeys';
import '../vms/hostDevices';
import '../scheduling/policyUnits';
import '../access/rolePermits';
import { createTop, removeTop, updateTop } from '../writes/crud';
import { attachStorage, dcStorageAction, detachStorage, getDcStorage, listDcStorage } from './dcStorage';
import { entryPoint, getCapabilities, getCapabilityVersion } from './entry';
import { bricksAction, removeBricks, replaceBrick } from '../gluster/brickTasks';
import { registerEntity } from '../storage/register';
import { addEvent, removeEvent, undeleteEvents } from './events';
import { getTop, listTop } from './generic';
import { listDeep, removeDeep, updateDeep } from './deep';
import { addPermission, getPermission, listPermissions, removePermission } from './permissions';
import { getCdrom, getStatistic, listStatistics, putCdrom } from './vmDevices';
import { getOnResource, getSubActionStatus, getUnderResource, postOnResource, postOnSubResource, postHostNicsSetup, removeSub, updateSub } from './writes';

export function registerRoutes(router: Router): Router {
  router.add('GET', '', entryPoint).add('GET', 'capabilities', getCapabilities).add('GET', 'capabilities/:id', getCapabilityVersion);
  router
    .add('POST', 'events', addEvent)
    .add('DELETE', 'events/:id', removeEvent)
    .add('POST', 'events/undelete', undeleteEvents)
    .add('DELETE', 'clusters/:id/glustervolumes/:subId/bricks', removeBricks)
    .add('POST', 'clusters/:id/glustervolumes/:subId/bricks/:action', bricksAction)
    .add('POST', 'clusters/:id/glustervolumes/:subId/bricks/:brickId/replace', replaceBrick)
    .add('GET', 'datacenters/:id/storagedomains', listDcStorage)
    .add('POST', 'datacenters/:id/storagedomains', attachStorage)
    .add('GET', 'datacenters/:id/storagedomains/:subId', getDcStorage)
    .add('DELETE', 'datacenters/:id/storagedomains/:subId', detachStorage)
    .add('POST', 'datacenters/:id/storagedomains/:subId/:action', dcStorageAction)
    .add('POST', 'storagedomains/:id/:sub/:subId/register', registerEntity)
    .add('GET', ':coll/:id/permissions', listPermissions)
    .add('POST', ':coll/:id/permissions', addPermission)
    .add('GET', ':coll/:id/permissions/:subId', getPermission)
    .add('DELETE', ':coll/:id/permissions/:subId', removePermission)
    .add('GET', ':coll/:id/statistics', listStatistics)
    .add('GET', ':coll/:id/statistics/:statId', getStatistic)
    .add('GET', ':coll/:id/:sub/:subId/statistics', listStatistics)
    .add('GET', ':coll/:id/:sub/:subId/:deep/:deepId/statistics', listStatistics)
    .add('GET', ':coll/:id/:sub/:subId/statistics/:statId', getStatistic)
    .add('GET', ':coll/:id/:sub/:subId/:deep/:deepId/statistics/:statId', getStatistic)
    .add('GET', 'vms/:id/cdroms/:subId', getCdrom)
    .add('PUT', 'vms/:id/cdroms/:subId', putCdrom)
    .add('POST', 'hosts/:id/nics/setupnetworks', postHostNicsSetup);
  router
    .add('GET', ':coll', listTop)
    .add('POST', ':coll', createTop)
    .add('GET', ':coll/:id', getTop)
    .add('PUT', ':coll/:id', updateTop)
    .add('DELETE', ':coll/:id', removeTop)
    .add('GET', ':coll/:id/:sub', getOnResource)
    .add('POST', ':coll/:id/:sub', postOnResource)
    .add('GET', ':coll/:id/:sub/:subId', getUnderResource)
    .add('PUT', ':coll/:id/:sub/:subId', updateSub)
    .add('DELETE', ':coll/:id/:sub/:subId', removeSub)
    .add('GET', ':coll/:id/:sub/:subId/:deep', listDeep)
    .add('POST', ':coll/:id/:sub/:subId/:action', postOnSubResource)
    .add('GET', ':coll/:id/:sub/:subId/:action/:actionId', getSubActionStatus)
    .add('PUT', ':coll/:id/:sub/:subId/:deep/:deepId', updateDeep)
    .add('DELETE', ':coll/:id/:sub/:subId/:deep/:deepId', removeDeep);
  return router;
}
