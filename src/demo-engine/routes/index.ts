// All routes, specific first, then the generic collection handlers.
import type { Router } from '../router';
import { entryPoint, getCapabilities } from './entry';
import { getSub, getTop, listSub, listTop } from './generic';

export function registerRoutes(router: Router): Router {
  router.add('GET', '', entryPoint).add('GET', 'capabilities', getCapabilities);
  router
    .add('GET', ':coll', listTop)
    .add('GET', ':coll/:id', getTop)
    .add('GET', ':coll/:id/:sub', listSub)
    .add('GET', ':coll/:id/:sub/:subId', getSub);
  return router;
}
