// helmet's defaults, with a Content-Security-Policy cut to what the built client really loads.
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * - scripts: only the bundle (Vite emits module files, no inline script, no eval);
 * - styles: 'unsafe-inline' because CodeMirror injects its themes as <style> elements and Cytoscape
 *   and the map overlay set style attributes; no third-party style host (helmet's default allows https:);
 * - images: data: for the favicon and Cytoscape's PNG export, blob: for exported files shown or saved;
 * - no upgrade-insecure-requests: the server speaks plain HTTP (a TLS proxy may add it), and
 *   upgrading its own requests would break every page served on http://.
 */
export const CONTENT_SECURITY_POLICY = {
  useDefaults: true,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'", 'blob:'],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    upgradeInsecureRequests: null,
  },
};

export function securityHeaders(): RequestHandler {
  // X-Frame-Options for browsers without CSP frame-ancestors, matching it: no framing at all.
  return helmet({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xFrameOptions: { action: 'deny' },
  }) as RequestHandler;
}
