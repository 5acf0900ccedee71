import express from 'express';
import request from 'supertest';
import { securityHeaders } from './security-headers';

function app() {
  const a = express();
  a.use(securityHeaders());
  a.get('/page', (_req, res) => res.send('ok'));
  // How a later embeddable route (charts on the intranet) opts in, for itself only.
  a.get('/embed', securityHeaders({ frameAncestors: ['https://intranet.example'] }), (_req, res) => res.send('ok'));
  return a;
}

describe('securityHeaders', () => {
  it('forbids framing and inline code, and sends nosniff and a same-origin referrer policy', async () => {
    const res = await request(app()).get('/page');
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin');
  });

  it('lets one route name the sites that may frame it', async () => {
    const res = await request(app()).get('/embed');
    expect(res.headers['content-security-policy']).toContain('frame-ancestors https://intranet.example');
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
