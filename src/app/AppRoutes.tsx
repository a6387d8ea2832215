// Routes: one path per collection segment (STYLE: the API segment is the route).
import { useQuery } from '@tanstack/react-query';
import LinearProgress from '@mui/material/LinearProgress';
import { lazy, Suspense } from 'react';
import { Route, Routes, useLocation, useParams } from 'react-router';
import ErrorBoundary from '../components/ErrorBoundary';
import { entryPointQuery } from '../query';
import type { VmExtraTab } from '../resources/vms/VmDetailPage';
import { DETAIL_ROUTES, SUB_DETAIL_ROUTES } from './detailRoutes';
import Layout from './Layout';
import NotFoundPage from './NotFoundPage';
import { loadCollectionPage, loadDashboardPage, loadVmDetailPage, loadVmsPage } from './pageLoaders';
import { labelOf } from './navigation';
import { t, tk } from '../i18n';

// Every page is a separate chunk, loaded on first use (the data grid comes with the lists, charts with
// the detail pages, forms with the form pages: issue 12).
const CollectionPage = lazy(loadCollectionPage);
const DashboardPage = lazy(loadDashboardPage);
const VmsPage = lazy(loadVmsPage);
const HelpdeskPage = lazy(() => import('../resources/helpdesk/HelpdeskPage'));
const EventsPage = lazy(() => import('../resources/events/EventsPage'));
const ResourceFormPage = lazy(() => import('../components/form/ResourceFormPage'));
const SnapshotRequestsPage = lazy(() => import('../resources/snapshotrequests/SnapshotRequestsPage'));
const VmSnapshotRequests = lazy(() => import('../resources/snapshotrequests/VmSnapshotRequests'));
const VmDetailPage = lazy(loadVmDetailPage);
const VmFormPage = lazy(() => import('../resources/vms/VmFormPage'));

function AnyCollection() {
  const segment = useParams().collection ?? '';
  const entry = useQuery(entryPointQuery());
  const label = labelOf(segment);
  if (!label || (entry.data && !(segment in entry.data.collections))) return <NotFoundPage />;
  return <CollectionPage key={segment} segment={segment} label={label} />;
}

// An item of a sub-collection with its own page (a quota, a host NIC). Matched generically so that
// `/:collection/:parentId/:sub/new` (the create form, a static segment) still ranks above it.
function SubDetail() {
  const { collection, sub } = useParams();
  const Page = SUB_DETAIL_ROUTES.find(([p, s]) => p === collection && s === sub)?.[2];
  return Page ? <Page /> : <NotFoundPage />;
}

// Features that add a tab to each VM (the VM page does not know them; the app composes).
const VM_EXTRA_TABS: VmExtraTab[] = [
  { value: 'snapshotrequests', label: tk('Snapshot requests'), render: (vmId, vmName) => <VmSnapshotRequests vmId={vmId} vmName={vmName} /> },
];

export default function AppRoutes() {
  const { pathname } = useLocation();
  return (
    <Layout>
      <ErrorBoundary resetKey={pathname}>
        <Suspense fallback={<LinearProgress aria-label={t('Loading page')} />}>
          <Routes>
            <Route path="/" element={<DashboardPage />} />
            <Route path="/vms" element={<VmsPage />} />
            <Route path="/vms/:id" element={<VmDetailPage extraTabs={VM_EXTRA_TABS} />} />
            <Route path="/snapshotrequests" element={<SnapshotRequestsPage />} />
            {/* Create and edit forms (issue 4); before the detail routes so `/<segment>/new` is not an id. */}
            <Route path="/vms/new" element={<VmFormPage mode="create" />} />
            <Route path="/vms/:id/edit" element={<VmFormPage mode="edit" />} />
            <Route path="/:collection/new" element={<ResourceFormPage mode="create" />} />
            <Route path="/:collection/:id/edit" element={<ResourceFormPage mode="edit" />} />
            <Route path="/:collection/:parentId/:sub/new" element={<ResourceFormPage mode="create" />} />
            <Route path="/:collection/:parentId/:sub/:id/edit" element={<ResourceFormPage mode="edit" />} />
            <Route path="/helpdesk" element={<HelpdeskPage />} />
            {DETAIL_ROUTES.map(([segment, Page]) => <Route key={segment} path={`/${segment}/:id`} element={<Page />} />)}
            <Route path="/:collection/:parentId/:sub/:id" element={<SubDetail />} />
            <Route path="/events" element={<EventsPage />} />
            <Route path="/:collection" element={<AnyCollection />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </ErrorBoundary>
    </Layout>
  );
}
