// The logged-in portal: the router (a data router, so a form with unsaved changes can hold a navigation
// with useBlocker and ask first), the routes, and the re-login dialog over them when the session is lost.
// Its own chunk (portalChunk.ts), so the login page loads none of it.
import { useEffect, useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import AppRoutes from './AppRoutes';
import LoginDialog from './LoginDialog';
import { warmPages } from './pageLoaders';

const shell = () => createBrowserRouter([{ path: '*', element: <AppRoutes /> }]);

export default function Portal() {
  const [router] = useState(shell);
  useEffect(warmPages, []);
  return (
    <>
      <RouterProvider router={router} />
      <LoginDialog />
    </>
  );
}
