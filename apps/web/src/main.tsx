import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { queryClient } from './app/query-client';
import { i18nReady } from './app/i18n';
// Tokens, then the base and the shared patterns: every page needs them. Each feature and component
// imports its own sheet, so a lazy route brings its CSS with its code.
import './app/tokens.css';
import './app/base.css';
import './app/patterns.css';
import { router } from './router';

void i18nReady.then(() =>
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
