import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n } from '../i18n';

// Components render in English, the default language (the catalog test checks the others).
await Promise.race([initI18n('en'), new Promise((resolve) => setTimeout(resolve, 3000))]);

// Whole pages render many MUI components; on a busy two-core machine the first render of a page can
// take seconds. Waiting longer costs nothing when things are fast and removes timing failures when not.
configure({ asyncUtilTimeout: 8000 });

afterEach(() => cleanup());
