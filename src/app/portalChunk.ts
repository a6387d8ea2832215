// The logged-in portal (router, layout, pages, data grid) is a chunk apart from the login page (issue 12:
// the login page loads no more than it shows). A reload of a logged-in tab (the user's name is still in
// sessionStorage) starts loading it at once, beside the session check, instead of after it.
import { lazy } from 'react';
import { session } from '../api';

const load = () => import('./Portal');

export const Portal = lazy(load);

if (typeof window !== 'undefined' && session.wasLoggedIn()) void load();
