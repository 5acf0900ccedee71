/**
 * The HTTP security headers for the web app and the API, in one place (helmet):
 * a Content-Security-Policy allowing only this origin, no framing by other
 * sites (clickjacking), nosniff, no referrer beyond this origin.
 *
 * Routes that must differ set their own after these: the printable report
 * sets a stricter CSP; a route meant to be embedded (charts, later) mounts
 * securityHeaders({ frameAncestors: [...] }) on itself, which replaces the
 * framing policy for that route only.
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export interface SecurityHeaderOptions {
  /** Origins allowed to frame the response; none by default. */
  frameAncestors?: string[];
}

/** The app's CSP directives (helmet's form), for the app shell, its assets and every API answer. */
export function contentSecurityPolicy(frameAncestors: string[] = []): Record<string, string[]> {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // No 'unsafe-inline': the built app has no inline <style>/<script>, and the
    // charts style elements through the DOM (element.style), which CSP allows
    // (checked in headless Chromium: every page, no violations).
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: frameAncestors.length ? frameAncestors : ["'none'"],
  };
}

export function securityHeaders(options: SecurityHeaderOptions = {}): RequestHandler {
  const frameAncestors = options.frameAncestors ?? [];
  const headers = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(frameAncestors) },
    // X-Frame-Options has no allow-list: DENY unless some origin may frame us (CSP then decides).
    xFrameOptions: frameAncestors.length ? false : { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // HSTS belongs to the TLS-terminating proxy (docker/README.md), not to a server that may be reached over plain HTTP.
    strictTransportSecurity: false,
  });
  return (req, res, next) => {
    if (frameAncestors.length) res.removeHeader('X-Frame-Options');
    headers(req, res, next);
  };
}

/**
 * The CSP of the GraphQL explorer page (GraphiQL, built by apps/web into
 * dist/graphiql and served by this server; outside production only): this
 * origin and nothing else. Beyond the app's policy it needs Monaco's workers
 * (scripts of this origin), the fonts GraphiQL's stylesheet carries as data:
 * URLs, and inline styles: Monaco writes <style> elements (its token colours)
 * and style="" attributes (each line's position) at run time, and without them
 * the editor loses its highlighting and half its line numbers (seen in headless
 * Chromium). Scripts stay this origin's files only.
 */
export function explorerContentSecurityPolicy(): Record<string, string[]> {
  return {
    ...contentSecurityPolicy(),
    workerSrc: ["'self'"],
    fontSrc: ["'self'", 'data:'],
    styleSrc: ["'self'", "'unsafe-inline'"],
  };
}
