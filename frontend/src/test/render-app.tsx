import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../app/router';
import { SessionContext, type Role, type Session } from '../lib/auth/session';

interface RenderAppOptions {
  path?: string;
  roles?: Role[];
  session?: Session;
}

/** Renders the real routes at a path, for a signed-in user with the given roles, against MSW. */
export function renderApp({ path = '/', roles = ['coordinator'], session }: RenderAppOptions = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const signOut = vi.fn(async () => {});
  const value: Session = session ?? {
    status: 'authenticated',
    user: { username: 'user1', name: 'Test User', roles },
    signOut,
  };
  const result = render(
    <SessionContext.Provider value={value}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </SessionContext.Provider>,
  );
  return { ...result, router, queryClient, signOut };
}
