import { config } from 'zod';

// The portal's Content-Security-Policy forbids eval. Without `jitless`, zod probes for eval with
// `new Function('')` on its first parse; the probe is caught, but the browser still reports a CSP
// violation (which the end-to-end tests treat as a failure). Imported first by main.tsx.
config({ jitless: true });
