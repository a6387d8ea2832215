// Providers and the top of the tree. Pass a QueryClient in tests for a fresh cache each time.
import CssBaseline from '@mui/material/CssBaseline';
import GlobalStyles from '@mui/material/GlobalStyles';
import CircularProgress from '@mui/material/CircularProgress';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import ErrorBoundary from '../components/ErrorBoundary';
import { createQueryClient } from '../query';
import AuthGate from './AuthGate';
import { Portal } from './portalChunk';
import { COLOUR_SCHEME_KEY, theme } from './theme';
import { sharedStyles } from './sharedStyles';
import { t, useLanguage } from '../i18n';

export default function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  // A language change re-renders everything below (texts are looked up during render); the query cache
  // lives above it and the URL in the browser, so the page and the loaded data stay.
  const language = useLanguage();
  return (
    <ThemeProvider theme={theme} defaultMode="system" modeStorageKey={COLOUR_SCHEME_KEY} noSsr>
      <CssBaseline />
      <GlobalStyles styles={sharedStyles} />
      <ErrorBoundary>
        <QueryClientProvider client={client}>
          <AuthGate key={language}>
            <Suspense fallback={<CircularProgress aria-label={t('Loading the portal')} sx={{ display: 'block', mx: 'auto', mt: '40vh' }} />}>
              <Portal />
            </Suspense>
          </AuthGate>
        </QueryClientProvider>
      </ErrorBoundary>
    </ThemeProvider>
  );
}
