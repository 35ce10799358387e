import { Loading } from '../components/loading';
import { useSession } from '../lib/auth/session';
import { QueryProvider } from './providers';
import { AppRouter } from './router';
import { SessionProvider } from './session-provider';

function Gate() {
  const session = useSession();
  // Wait for the sign-in callback to finish before the router reads the address.
  if (session.status === 'loading') return <Loading />;
  return <AppRouter />;
}

export function App() {
  return (
    <SessionProvider>
      <QueryProvider>
        <Gate />
      </QueryProvider>
    </SessionProvider>
  );
}
