import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './app/App';
import { initI18n } from './i18n';

// The remembered language's catalogs load first, so the first paint is already in that language; the portal
// never waits more than a moment for them (it renders in English and switches when they arrive).
void Promise.race([initI18n(), new Promise((resolve) => setTimeout(resolve, 1500))]).finally(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
