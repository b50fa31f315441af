import { createBrowserRouter } from 'react-router';
import { Layout } from './app/Layout';
import { NotFoundPage } from './features/errors/NotFoundPage';
import { RouteError } from './features/errors/RouteError';

// Each page is its own chunk: a visitor downloads only what the page they open needs.
export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    // Shown only until the first page's chunk arrives.
    HydrateFallback: () => <div className="boot" aria-busy="true" />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./features/home/HomePage')).HomePage }) },
          {
            path: 'solutions',
            lazy: async () => ({
              Component: (await import('./features/solutions/SolutionSearchPage')).SolutionSearchPage,
            }),
          },
          {
            path: 'solutions/:slug',
            lazy: async () => ({ Component: (await import('./features/solutions/SolutionPage')).SolutionPage }),
          },
          {
            path: 'partners',
            lazy: async () => ({
              Component: (await import('./features/partners/PartnerDirectoryPage')).PartnerDirectoryPage,
            }),
          },
          {
            path: 'partners/:slug',
            lazy: async () => ({ Component: (await import('./features/partners/PartnerPage')).PartnerPage }),
          },
          {
            path: 'stats',
            lazy: async () => ({ Component: (await import('./features/stats/StatsPage')).StatsPage }),
          },
          // Already in the main chunk: the error boundary shows it for any unknown address.
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
