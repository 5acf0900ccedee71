import { resolve } from 'path';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded SQLite file under the repository root', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({
      dialect: 'sqlite',
      path: resolve(__dirname, '../../../../data/complaints.sqlite'),
    });
    expect(config.port).toBe(4000);
    expect(config.seedDemoData).toBe(true);
  });

  it('uses MySQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'mysql://root@127.0.0.1:3306/complaints' });
    expect(config.database).toEqual({ dialect: 'mysql', url: 'mysql://root@127.0.0.1:3306/complaints' });
  });

  it('accepts mariadb:// as an alias and treats an empty URL as unset', () => {
    expect(loadConfig({ DATABASE_URL: 'mariadb://u:p@db/x' }).database).toEqual({
      dialect: 'mysql',
      url: 'mysql://u:p@db/x',
    });
    expect(loadConfig({ DATABASE_URL: '' }).database.dialect).toBe('sqlite');
  });

  it('never seeds demo data in production unless asked, and refuses to be asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemoData).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', SEED_DEMO_DATA: 'true' })).toThrow(ConfigError);
  });

  it('reads TRUST_PROXY as a hop count or a list of proxies', () => {
    expect(loadConfig({}).trustProxy).toBe('loopback');
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy).toBe('10.0.0.0/8, loopback');
    expect(loadConfig({ TRUST_PROXY: '172.18.0.2,::1' }).trustProxy).toBe('172.18.0.2,::1');
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'postgres://localhost/x' }, /DATABASE_URL must look like mysql:\/\//],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ TRUST_PROXY: 'true' }, /TRUST_PROXY/],
    [{ TRUST_PROXY: 'nginx' }, /TRUST_PROXY/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /TRUST_PROXY/],
  ])('rejects %j with a one-line message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
