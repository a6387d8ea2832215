// Routes: one path per collection segment (STYLE: the API segment is the route).
import { useQuery } from '@tanstack/react-query';
import { Route, Routes, useLocation, useParams } from 'react-router';
import ErrorBoundary from '../components/ErrorBoundary';
import { entryPointQuery } from '../query';
import VmDetailPage from '../resources/vms/VmDetailPage';
import VmsPage from '../resources/vms/VmsPage';
import CollectionPage from './CollectionPage';
import DashboardPage from './DashboardPage';
import Layout from './Layout';
import NotFoundPage from './NotFoundPage';
import { labelOf } from './navigation';

function AnyCollection() {
  const segment = useParams().collection ?? '';
  const entry = useQuery(entryPointQuery());
  const label = labelOf(segment);
  if (!label || (entry.data && !(segment in entry.data.collections))) return <NotFoundPage />;
  return <CollectionPage key={segment} segment={segment} label={label} />;
}

export default function AppRoutes() {
  const { pathname } = useLocation();
  return (
    <Layout>
      <ErrorBoundary resetKey={pathname}>
        <Routes>
          <Route path="/" element={<DashboardPage />} />
          <Route path="/vms" element={<VmsPage />} />
          <Route path="/vms/:id" element={<VmDetailPage />} />
          <Route path="/:collection" element={<AnyCollection />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </ErrorBoundary>
    </Layout>
  );
}
