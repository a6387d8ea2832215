// Providers and the top of the tree. Pass a QueryClient in tests for a fresh cache each time.
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import ErrorBoundary from '../components/ErrorBoundary';
import { createQueryClient } from '../query';
import AppRoutes from './AppRoutes';
import AuthGate from './AuthGate';
import { theme } from './theme';

// A data router, so a form with unsaved changes can hold a navigation (useBlocker) and ask first.
const shell = () => createBrowserRouter([{ path: '*', element: <AuthGate><AppRoutes /></AuthGate> }]);

export default function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [router] = useState(shell);
  // A language change re-renders everything below (texts are looked up during render); the router and the
  // query cache live above it, so the page, its URL and the loaded data stay.
  const { i18n } = useTranslation();
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ErrorBoundary>
        <QueryClientProvider client={client}>
          <RouterProvider key={i18n.resolvedLanguage} router={router} />
        </QueryClientProvider>
      </ErrorBoundary>
    </ThemeProvider>
  );
}
