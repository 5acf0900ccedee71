/**
 * Headers of everything under /embed/ and of the two embed scripts. Embeds
 * are framed by the intranet origins in EMBED_ALLOWED_ORIGINS (never '*';
 * only this site when none is set), kept out of search engines, and send no
 * referrer, since their URLs hold the token. The rest of the app keeps
 * frame-ancestors 'none'.
 */
import type { RequestHandler, Response } from 'express';
import { contentSecurityPolicy, securityHeaders } from '../http/security-headers';

export function frameAncestorsFor(allowedOrigins: readonly string[]): string[] {
  return allowedOrigins.length ? [...allowedOrigins] : ["'self'"];
}

/** helmet's directive form → a header value. */
export function cspHeader(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${values.join(' ')}`)
    .join('; ');
}

export function embedHeaders(allowedOrigins: readonly string[]): RequestHandler {
  // Replaces the app-wide framing policy (and drops X-Frame-Options: DENY) for these routes only.
  const framing = securityHeaders({ frameAncestors: frameAncestorsFor(allowedOrigins) });
  return (req, res, next) =>
    framing(req, res, (error?: unknown) => {
      if (error) return next(error);
      res.set({
        'X-Robots-Tag': 'noindex, nofollow',
        'Referrer-Policy': 'no-referrer',
        // Intranet pages on other origins load the images (and the CSV link) too.
        'Cross-Origin-Resource-Policy': 'cross-origin',
      });
      next();
    });
}

/**
 * The page's policy: the app's, framed by the allowed origins; inline style
 * attributes of the server-drawn SVG are allowed by their hashes only
 * ('unsafe-hashes' for exactly those values), never with 'unsafe-inline'.
 */
export function setEmbedPagePolicy(res: Response, allowedOrigins: readonly string[], styleHashes: readonly string[]): void {
  const directives = contentSecurityPolicy(frameAncestorsFor(allowedOrigins));
  if (styleHashes.length) directives.styleSrc = [...directives.styleSrc, "'unsafe-hashes'", ...styleHashes.map((h) => `'${h}'`)];
  res.set('Content-Security-Policy', cspHeader(directives));
}

/** Images and downloads: nothing runs; a standalone SVG may use its own inline styles. */
export function setEmbedAssetPolicy(res: Response, allowedOrigins: readonly string[]): void {
  res.set(
    'Content-Security-Policy',
    cspHeader({ defaultSrc: ["'none'"], styleSrc: ["'unsafe-inline'"], imgSrc: ['data:'], frameAncestors: frameAncestorsFor(allowedOrigins) }),
  );
}

/** /embed.js and /embed-page.js from the web build: cacheable, and loadable by pages on other origins. */
export function embedScriptHeaders(): RequestHandler {
  const scripts = new Set(['/embed.js', '/embed-page.js']);
  return (req, res, next) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && scripts.has(req.path)) {
      // Fixed names (not content hashes), so an hour rather than forever; static revalidates with ETag.
      res.set({ 'Cache-Control': 'public, max-age=3600', 'Cross-Origin-Resource-Policy': 'cross-origin' });
    }
    next();
  };
}
