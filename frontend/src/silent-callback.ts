// Loaded in the hidden iframe of a silent sign-in: passes Keycloak's answer (a code, or
// login_required) to the portal's window, which exchanges the code; nothing is stored here.
import { UserManager } from 'oidc-client-ts';
import { oidcSettings } from './lib/auth/oidc';

void new UserManager(oidcSettings).signinSilentCallback();
