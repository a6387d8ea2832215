// Providers and the top of the tree. Pass a QueryClient in tests for a fresh cache each time.
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import ErrorBoundary from '../components/ErrorBoundary';
import { createQueryClient } from '../query';
import AppRoutes from './AppRoutes';
import AuthGate from './AuthGate';
import { COLOUR_SCHEME_KEY, theme } from './theme';

// A data router, so a form with unsaved changes can hold a navigation (useBlocker) and ask first.
const shell = () => createBrowserRouter([{ path: '*', element: <AuthGate><AppRoutes /></AuthGate> }]);

export default function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [router] = useState(shell);
  return (
    <ThemeProvider theme={theme} defaultMode="system" modeStorageKey={COLOUR_SCHEME_KEY} noSsr>
      <CssBaseline />
      <ErrorBoundary>
        <QueryClientProvider client={client}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ErrorBoundary>
    </ThemeProvider>
  );
}
