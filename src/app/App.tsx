// Providers and the top of the tree. Pass a QueryClient in tests for a fresh cache each time.
import CssBaseline from '@mui/material/CssBaseline';
import LinearProgress from '@mui/material/LinearProgress';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import ErrorBoundary from '../components/ErrorBoundary';
import { createQueryClient } from '../query';
import AuthGate from './AuthGate';
import { Portal } from './portalChunk';
import { theme } from './theme';

export default function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ErrorBoundary>
        <QueryClientProvider client={client}>
          <AuthGate>
            <Suspense fallback={<LinearProgress aria-label="Loading the portal" />}>
              <Portal />
            </Suspense>
          </AuthGate>
        </QueryClientProvider>
      </ErrorBoundary>
    </ThemeProvider>
  );
}
