/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The API is reached through this proxy (same origin), so the browser never needs CORS.
const apiTarget = process.env.RO_API_URL || 'http://localhost:8080';
const proxy = { '/api': { target: apiTarget, changeOrigin: false } };

/**
 * The portal's Content-Security-Policy: its own origin, plus Keycloak for the OIDC code flow (token
 * and userinfo requests, silent renew in an iframe, the sign-in and sign-out redirects). No inline
 * script, no third-party origin. deploy/web/nginx.conf serves the same policy (scripts/portal-check.mjs
 * compares them). Styles need no 'unsafe-inline' either: the GC Design System's web components
 * (Stencil) attach their styles as constructed stylesheets (adoptedStyleSheets), which the CSP does
 * not govern, and React sets `style` through the CSSOM; checked in Chromium, icons and all.
 */
export function contentSecurityPolicy(keycloakOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "font-src 'self'",
    "img-src 'self' data:",
    // video messages stream from the API (same origin) under a playback grant: named, not left to default-src
    "media-src 'self'",
    `connect-src 'self' ${keycloakOrigin}`,
    `frame-src 'self' ${keycloakOrigin}`,
    `form-action 'self' ${keycloakOrigin}`,
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * gcds.css loads its fonts from Google Fonts and its icon font from the design system's CDN; the
 * portal bundles both from @gcds-core/fonts (src/fonts.css), so those two rules are taken out here.
 * The build fails if they are no longer found, so an upgrade that moves them is noticed.
 */
function bundledGcdsFonts(): Plugin {
  const googleFonts = /@import url\("https:\/\/fonts\.googleapis\.com\/[^"]*"\);?/;
  const cdnIcons = /@font-face\{[^}]*https:\/\/cdn\.design-system\.canada\.ca\/[^}]*\}/;
  return {
    name: 'ro-bundled-gcds-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\?.*$/, '').endsWith('@gcds-core/components-react/gcds.css')) return null;
      if (!googleFonts.test(code) || !cdnIcons.test(code)) {
        this.error('gcds.css no longer has the remote font rules vite.config.ts removes: check src/fonts.css');
      }
      return { code: code.replace(googleFonts, '').replace(cdnIcons, ''), map: null };
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const keycloak = new URL(process.env.VITE_OIDC_AUTHORITY || env.VITE_OIDC_AUTHORITY || 'http://localhost:8180/realms/ro').origin;
  const headers = {
    'Content-Security-Policy': contentSecurityPolicy(keycloak),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // Only the portal may frame its pages (the silent sign-in's landing page, in a hidden iframe).
    'X-Frame-Options': 'SAMEORIGIN',
  };
  return {
    plugins: [react(), bundledGcdsFonts()],
    // The dev server (npm run dev) injects an inline script for React's hot reload, so it has no CSP;
    // `make run` and the end-to-end tests serve the built portal with `vite preview`, under the CSP.
    server: { port: 5173, strictPort: true, proxy },
    preview: { port: 4173, strictPort: true, proxy, headers },
    // One bundle of about 300 kB gzipped, most of it the GC Design System's components.
    // assetsInlineLimit 0: fonts stay files ('self'), never data: URLs the CSP would have to allow.
    // Two pages: the portal, and the silent sign-in's landing page (loaded in a hidden iframe).
    build: {
      chunkSizeWarningLimit: 1500,
      assetsInlineLimit: 0,
      rollupOptions: { input: { main: 'index.html', silent: 'silent-callback.html' } },
    },
    test: {
      globals: true,
      environment: 'jsdom',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      css: false,
      // Pages render the GC Design System's web components: on a busy 2-core machine one test can take seconds.
      testTimeout: 15000,
    },
  };
});
