// Providers and the top of the tree. Pass a QueryClient in tests for a fresh cache each time.
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import ErrorBoundary from '../components/ErrorBoundary';
import { createQueryClient } from '../query';
import AppRoutes from './AppRoutes';
import AuthGate from './AuthGate';
import { theme } from './theme';

export default function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ErrorBoundary>
        <QueryClientProvider client={client}>
          <BrowserRouter>
            <AuthGate>
              <AppRoutes />
            </AuthGate>
          </BrowserRouter>
        </QueryClientProvider>
      </ErrorBoundary>
    </ThemeProvider>
  );
}
