// The chunks of the pages most visits go to, loaded by their routes (AppRoutes) and, once the portal is open
// and the browser idle, ahead of the first click (`warmPages`): opening the VM list the first time then
// waits for its rows, not for the data grid's code (issue 12: first rows ≤ 300 ms after navigation).
export const loadCollectionPage = () => import('./CollectionPage');
export const loadDashboardPage = () => import('./DashboardPage');
export const loadVmsPage = () => import('../resources/vms/VmsPage');
export const loadVmDetailPage = () => import('../resources/vms/VmDetailPage');

const WARM = [loadDashboardPage, loadVmsPage, loadCollectionPage, loadVmDetailPage];

/** Loads the common pages' chunks one by one while the browser has nothing else to do. */
export function warmPages(): () => void {
  let cancelled = false;
  const idle = (fn: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 5_000 }) : setTimeout(fn, 1_000));
  const next = (i: number) => {
    if (cancelled || i >= WARM.length) return;
    idle(() => { if (!cancelled) void WARM[i]().catch(() => undefined).then(() => next(i + 1)); });
  };
  next(0);
  return () => { cancelled = true; };
}
