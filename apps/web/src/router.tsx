import { createBrowserRouter } from 'react-router';
import { Layout } from './app/Layout';
import { RouteError } from './features/errors/RouteError';

// Each page is its own chunk: a visitor downloads only what the page they open needs.
export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./features/home/HomePage')).HomePage }) },
          {
            path: '*',
            lazy: async () => ({ Component: (await import('./features/errors/NotFoundPage')).NotFoundPage }),
          },
        ],
      },
    ],
  },
]);
