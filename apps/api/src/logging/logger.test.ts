import { Writable } from 'stream';
import { createLogger } from './logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { stream, lines: () => lines.map((l) => JSON.parse(l)) };
}

describe('createLogger', () => {
  it('writes one JSON object per line with a level name and time', () => {
    const out = capture();
    createLogger('info', out.stream).info({ reqId: 'r1' }, 'hello');
    expect(out.lines()[0]).toMatchObject({ level: 'info', reqId: 'r1', msg: 'hello', service: 'complaints-api' });
    expect(out.lines()[0].time).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('never writes passwords, tokens, cookies or Authorization headers', () => {
    const out = capture();
    createLogger('info', out.stream).warn(
      {
        req: { headers: { authorization: 'Bearer s3cret-token', cookie: 'ci_session=s3cret-token' } },
        res: { headers: { 'set-cookie': 'ci_session=s3cret-token' } },
        password: 'hunter2-hunter2',
        variables: { password: 'hunter2-hunter2', token: 's3cret-token' },
        input: { user: { password: 'hunter2-hunter2' } },
      },
      'sign-in refused',
    );
    const text = JSON.stringify(out.lines());
    expect(text).not.toContain('s3cret-token');
    expect(text).not.toContain('hunter2');
    expect(text).toContain('[redacted]');
  });

  it('logs a failed query without its values', () => {
    const out = capture();
    const failed = Object.assign(new Error('QueryFailedError'), {
      query: 'INSERT INTO contact (summary) VALUES (?)',
      parameters: ['Ms Example said her son was hurt'],
      driverError: Object.assign(new Error('boom'), { sql: "INSERT INTO contact (summary) VALUES ('Ms Example said …')" }),
    });
    createLogger('info', out.stream).error({ err: failed }, 'unexpected error');
    const text = JSON.stringify(out.lines());
    expect(text).toContain('INSERT INTO contact (summary) VALUES (?)');
    expect(text).not.toContain('Ms Example');
  });

  it('stays quiet below its level', () => {
    const out = capture();
    createLogger('warn', out.stream).info('not shown');
    expect(out.lines()).toEqual([]);
  });
});
