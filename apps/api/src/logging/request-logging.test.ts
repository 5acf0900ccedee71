import express from 'express';
import request from 'supertest';
import { logger } from './logger';
import { requestLogging } from './request-logging';

function app() {
  const a = express();
  a.set('trust proxy', true);
  a.use(requestLogging());
  a.get('/ok', (_req, res) => res.json({ ok: true }));
  a.get('/refused', (req, res) => {
    req.log?.warn({ outcome: 'busy' }, 'request refused: server busy');
    res.status(429).json({});
  });
  a.get('/broken', (_req, res) => res.status(500).json({}));
  a.get('/healthz', (_req, res) => res.json({}));
  // Mounted like /graphql: inside it req.url is '/', and the answer is sent from there.
  a.use('/graphql', (_req, res) => void setImmediate(() => res.json({})));
  return a;
}

describe('requestLogging', () => {
  const levelBefore = logger.level;
  afterEach(() => {
    jest.restoreAllMocks();
    logger.level = levelBefore;
  });

  it('logs one line per request: its id, method, path without the query, client address, status and time', async () => {
    logger.level = 'info';
    const info = jest.spyOn(logger, 'info').mockImplementation(() => undefined);
    const res = await request(app()).get('/ok?q=secret').set('X-Request-Id', 'abc-1').set('X-Forwarded-For', '203.0.113.9');
    expect(res.headers['x-request-id']).toBe('abc-1');
    expect(info).toHaveBeenCalledTimes(1);
    expect(info).toHaveBeenCalledWith(
      { reqId: 'abc-1', req: { method: 'GET', path: '/ok' }, clientAddress: '203.0.113.9', res: { statusCode: 200 }, responseTime: expect.any(Number) },
      'request completed',
    );
  });

  it('logs the path as asked, not as a mounted handler sees it', async () => {
    logger.level = 'info';
    const info = jest.spyOn(logger, 'info').mockImplementation(() => undefined);
    await request(app()).post('/graphql?x=1');
    expect(info).toHaveBeenCalledWith(expect.objectContaining({ req: { method: 'POST', path: '/graphql' } }), 'request completed');
  });

  it('warns of a refusal, with req.log carrying the request id, and reports a failure as an error', async () => {
    logger.level = 'info';
    const warn = jest.spyOn(logger, 'warn').mockImplementation(() => undefined);
    const error = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
    const child = jest.spyOn(logger, 'child');
    const refused = await request(app()).get('/refused');
    expect(child).toHaveBeenCalledWith({ reqId: refused.headers['x-request-id'] });
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ reqId: refused.headers['x-request-id'], res: { statusCode: 429 } }), 'request completed');

    const broken = await request(app()).get('/broken');
    expect(error).toHaveBeenCalledWith(
      expect.objectContaining({ reqId: broken.headers['x-request-id'], res: { statusCode: 500 }, err: expect.any(Error) }),
      'request errored',
    );
  });

  it('leaves health probes out, and builds nothing when the level is off', async () => {
    logger.level = 'info';
    const info = jest.spyOn(logger, 'info').mockImplementation(() => undefined);
    const child = jest.spyOn(logger, 'child');
    await request(app()).get('/healthz');
    expect(info).not.toHaveBeenCalled();

    logger.level = 'warn';
    const res = await request(app()).get('/ok');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(info).not.toHaveBeenCalled();
    // No request here logged through req.log, so no child logger was made.
    expect(child).not.toHaveBeenCalled();
  });
});
