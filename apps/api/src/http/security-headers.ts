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

/** Hosts Apollo's development explorer (GET /graphql in a browser) loads its scripts and frame from. */
const APOLLO_EXPLORER_HOSTS = [
  'https://embeddable-sandbox.cdn.apollographql.com',
  'https://embeddable-explorer.cdn.apollographql.com',
  'https://apollo-server-landing-page.cdn.apollographql.com',
];

/**
 * A looser CSP for the explorer page only, outside production (where it is
 * turned off): its inline bootstrap script and style, Apollo's CDN and sandbox frame.
 */
export function explorerPageHeaders(): RequestHandler {
  const policy = helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: {
      ...contentSecurityPolicy(),
      scriptSrc: ["'self'", "'unsafe-inline'", ...APOLLO_EXPLORER_HOSTS],
      styleSrc: ["'self'", "'unsafe-inline'", 'https://fonts.googleapis.com'],
      fontSrc: ["'self'", 'https://fonts.gstatic.com'],
      imgSrc: ["'self'", 'data:', ...APOLLO_EXPLORER_HOSTS],
      manifestSrc: ["'self'", ...APOLLO_EXPLORER_HOSTS],
      frameSrc: ['https://sandbox.embed.apollographql.com', 'https://explorer.embed.apollographql.com'],
      connectSrc: ["'self'", 'https://*.apollographql.com'],
    },
  });
  return (req, res, next) => (req.method === 'GET' && req.accepts(['json', 'html']) === 'html' ? policy(req, res, next) : next());
}
