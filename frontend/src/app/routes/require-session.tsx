import { Outlet } from 'react-router';
import { Loading } from '../../components/loading';
import { useSession } from '../../lib/auth/session';
import { SignInRoute } from './sign-in-route';

/** Every page but the sign-in page needs a signed-in user. */
export function RequireSession() {
  const session = useSession();
  if (session.status === 'loading') return <Loading />;
  if (session.status === 'anonymous') return <SignInRoute session={session} />;
  return <Outlet />;
}
