import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Whole pages render many MUI components; on a busy two-core machine the first render of a page can
// take seconds. Waiting longer costs nothing when things are fast and removes timing failures when not.
configure({ asyncUtilTimeout: 8000 });

afterEach(() => cleanup());
