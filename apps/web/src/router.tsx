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
          {
            path: 'signup',
            lazy: async () => ({ Component: (await import('./features/accounts/SignupPage')).SignupPage }),
          },
          {
            path: 'login',
            lazy: async () => ({ Component: (await import('./features/accounts/LoginPage')).LoginPage }),
          },
          {
            path: 'verify-email',
            lazy: async () => ({ Component: (await import('./features/accounts/VerifyEmailPage')).VerifyEmailPage }),
          },
          {
            path: 'forgot-password',
            lazy: async () => ({
              Component: (await import('./features/accounts/ForgotPasswordPage')).ForgotPasswordPage,
            }),
          },
          {
            path: 'reset-password',
            lazy: async () => ({
              Component: (await import('./features/accounts/ResetPasswordPage')).ResetPasswordPage,
            }),
          },
          {
            path: 'account',
            lazy: async () => ({ Component: (await import('./features/accounts/AccountPage')).AccountPage }),
          },
          {
            path: 'organizations/new',
            lazy: async () => ({
              Component: (await import('./features/organizations/RegisterOrganizationPage')).RegisterOrganizationPage,
            }),
          },
          {
            path: 'organizations/:id/settings',
            lazy: async () => ({
              Component: (await import('./features/organizations/OrganizationSettingsPage')).OrganizationSettingsPage,
            }),
          },
          {
            path: 'invitations/accept',
            lazy: async () => ({
              Component: (await import('./features/organizations/AcceptInvitationPage')).AcceptInvitationPage,
            }),
          },
          {
            path: 'curation',
            lazy: async () => ({
              Component: (await import('./features/curation/CurationQueuePage')).CurationQueuePage,
            }),
          },
          {
            path: 'curation/solutions/:id',
            lazy: async () => ({
              Component: (await import('./features/curation/CurationReviewPage')).CurationReviewPage,
            }),
          },
          {
            path: 'curation/import',
            lazy: async () => ({ Component: (await import('./features/curation/ImportPage')).ImportPage }),
          },
          {
            path: 'curation/iati',
            lazy: async () => ({ Component: (await import('./features/curation/IatiImportPage')).IatiImportPage }),
          },
          {
            path: 'curation/verification',
            lazy: async () => ({ Component: (await import('./features/curation/VerificationPage')).VerificationPage }),
          },
          {
            path: 'curation/search-sync',
            lazy: async () => ({ Component: (await import('./features/curation/SearchSyncPage')).SearchSyncPage }),
          },
          {
            path: 'organizations/:id/solutions',
            lazy: async () => ({
              Component: (await import('./features/workspace/OrganizationSolutionsPage')).OrganizationSolutionsPage,
            }),
          },
          {
            path: 'manage/solutions/:id',
            lazy: async () => ({
              Component: (await import('./features/workspace/SolutionWorkspacePage')).SolutionWorkspacePage,
            }),
          },
          {
            path: 'confirm-solution',
            lazy: async () => ({
              Component: (await import('./features/workspace/ConfirmSolutionPage')).ConfirmSolutionPage,
            }),
          },
          {
            path: 'brokering',
            lazy: async () => ({
              Component: (await import('./features/matches/BrokeringQueuePage')).BrokeringQueuePage,
            }),
          },
          {
            path: 'brokering/needs/:id',
            lazy: async () => ({
              Component: (await import('./features/matches/NeedBrokeringPage')).NeedBrokeringPage,
            }),
          },
          {
            path: 'brokering/dashboard',
            lazy: async () => ({ Component: (await import('./features/matches/DashboardPage')).DashboardPage }),
          },
          {
            path: 'matches',
            lazy: async () => ({ Component: (await import('./features/matches/MyMatchesPage')).MyMatchesPage }),
          },
          {
            path: 'matches/:id',
            lazy: async () => ({ Component: (await import('./features/matches/MatchPage')).MatchPage }),
          },
          {
            path: 'needs',
            lazy: async () => ({ Component: (await import('./features/listings/ListingSearchPage')).NeedSearchPage }),
          },
          {
            path: 'needs/new',
            lazy: async () => ({ Component: (await import('./features/listings/NeedWizardPage')).NeedWizardPage }),
          },
          {
            path: 'needs/:id',
            lazy: async () => ({ Component: (await import('./features/listings/NeedPage')).NeedPage }),
          },
          {
            path: 'offers',
            lazy: async () => ({ Component: (await import('./features/listings/ListingSearchPage')).OfferSearchPage }),
          },
          {
            path: 'offers/new',
            lazy: async () => ({ Component: (await import('./features/listings/OfferForm')).OfferNewPage }),
          },
          {
            path: 'offers/:id',
            lazy: async () => ({ Component: (await import('./features/listings/OfferPage')).OfferPage }),
          },
          // Already in the main chunk: the error boundary shows it for any unknown address.
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
