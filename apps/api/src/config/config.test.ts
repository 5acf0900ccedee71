import { resolve } from 'path';
import { CONFIG_KEYS, ConfigError, loadConfig } from './config';

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
    expect(config.database).toEqual({ dialect: 'mysql', url: 'mysql://root@127.0.0.1:3306/complaints', poolSize: 20 });
  });

  it('accepts mariadb:// as an alias and treats an empty URL as unset', () => {
    expect(loadConfig({ DATABASE_URL: 'mariadb://u:p@db/x' }).database).toEqual({
      dialect: 'mysql',
      url: 'mysql://u:p@db/x',
      poolSize: 20,
    });
    expect(loadConfig({ DATABASE_URL: '' }).database.dialect).toBe('sqlite');
  });

  it('sizes the MySQL connection pool (20 unless told), and refuses sizes outside 4–500', () => {
    expect(loadConfig({ DATABASE_URL: 'mysql://u@p/x' }).database).toMatchObject({ poolSize: 20 });
    expect(loadConfig({ DATABASE_URL: 'mysql://u@p/x', DATABASE_POOL_SIZE: '40' }).database).toMatchObject({ poolSize: 40 });
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u@p/x', DATABASE_POOL_SIZE: '2' })).toThrow(/DATABASE_POOL_SIZE must be a whole number from 4 to 500/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u@p/x', DATABASE_POOL_SIZE: 'many' })).toThrow(/DATABASE_POOL_SIZE/);
  });

  it('reads replicas of a MySQL primary, and refuses them without one', () => {
    expect(loadConfig({ DATABASE_URL: 'mysql://u@p/x' }).database).not.toHaveProperty('replicas');
    expect(loadConfig({ DATABASE_URL: 'mysql://u@p/x', DATABASE_REPLICA_URLS: ' mysql://u@r1/x, mariadb://u@r2/x ,', REPLICA_WAIT_MS: '250' }).database).toEqual({
      dialect: 'mysql',
      url: 'mysql://u@p/x',
      poolSize: 20,
      replicas: { urls: ['mysql://u@r1/x', 'mysql://u@r2/x'], waitMs: 250 },
    });
    expect(loadConfig({ DATABASE_URL: 'mysql://u@p/x', DATABASE_REPLICA_URLS: 'mysql://u@r1/x' }).database).toMatchObject({ replicas: { waitMs: 500 } });
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'mysql://u@r1/x' })).toThrow(/DATABASE_REPLICA_URLS needs DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u@p/x', DATABASE_REPLICA_URLS: 'postgres://r1/x' })).toThrow(/DATABASE_REPLICA_URLS must be/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u@p/x', DATABASE_REPLICA_URLS: 'mysql://u@r1/x', REPLICA_WAIT_MS: '-1' })).toThrow(/REPLICA_WAIT_MS/);
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

  it('builds embed addresses from PUBLIC_URL, or from HOST and PORT', () => {
    expect(loadConfig({}).publicUrl).toBe('http://127.0.0.1:4000');
    expect(loadConfig({ HOST: '0.0.0.0', PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://insight.example.gov.uk/' }).publicUrl).toBe('https://insight.example.gov.uk');
  });

  it('reads the origins that may frame embeds, and the default disclosure rule', () => {
    expect(loadConfig({}).embedAllowedOrigins).toEqual([]);
    expect(loadConfig({ EMBED_ALLOWED_ORIGINS: 'https://Intranet.example.gov.uk, http://127.0.0.1:5001,' }).embedAllowedOrigins).toEqual([
      'https://intranet.example.gov.uk',
      'http://127.0.0.1:5001',
    ]);
    expect(loadConfig({}).disclosureRule).toBe('UNDER_5');
    expect(loadConfig({ DISCLOSURE_RULE: 'ONS_UNDER_10' }).disclosureRule).toBe('ONS_UNDER_10');
  });

  it('reads the council named on chart images', () => {
    expect(loadConfig({}).councilName).toBeNull();
    expect(loadConfig({ COUNCIL_NAME: '  ' }).councilName).toBeNull();
    expect(loadConfig({ COUNCIL_NAME: ' Southampton City Council ' }).councilName).toBe('Southampton City Council');
  });

  it('reads the accessibility statement contact, and refuses one nobody could use', () => {
    expect(loadConfig({}).accessibilityContact).toEqual({ email: null, phone: null });
    expect(loadConfig({ ACCESSIBILITY_CONTACT_EMAIL: ' ', ACCESSIBILITY_CONTACT_PHONE: '' }).accessibilityContact).toEqual({ email: null, phone: null });
    expect(
      loadConfig({ ACCESSIBILITY_CONTACT_EMAIL: ' access@southampton.gov.uk ', ACCESSIBILITY_CONTACT_PHONE: '+44 (0)23 8083-2222' }).accessibilityContact,
    ).toEqual({ email: 'access@southampton.gov.uk', phone: '+44 (0)23 8083-2222' });
    for (const email of ['access', 'access@', 'a b@example.gov.uk', '<script>@x.uk', `${'a'.repeat(250)}@x.uk`]) {
      expect(() => loadConfig({ ACCESSIBILITY_CONTACT_EMAIL: email })).toThrow(/ACCESSIBILITY_CONTACT_EMAIL must/);
    }
    for (const phone of ['12345', 'call us', '023 8083 2222 ext. 5', '+44+23 8083 2222', '((((((()))))))']) {
      expect(() => loadConfig({ ACCESSIBILITY_CONTACT_PHONE: phone })).toThrow(/ACCESSIBILITY_CONTACT_PHONE must be a phone number/);
    }
  });

  it('reads BACKUP_KEY as 32 bytes in hex or base64, and never repeats a bad one', () => {
    const key = Buffer.alloc(32, 7);
    expect(loadConfig({}).backupKey).toBeNull();
    expect(loadConfig({ BACKUP_KEY: key.toString('hex') }).backupKey).toEqual(key);
    expect(loadConfig({ BACKUP_KEY: key.toString('base64') }).backupKey).toEqual(key);
    expect(loadConfig({ BACKUP_KEY: key.toString('base64url') }).backupKey).toEqual(key);
    const short = Buffer.alloc(16, 7).toString('base64');
    expect(() => loadConfig({ BACKUP_KEY: short })).toThrow(/BACKUP_KEY must be a 32-byte key/);
    expect(() => loadConfig({ BACKUP_KEY: 'correct horse battery staple' })).toThrow(expect.objectContaining({ message: expect.not.stringContaining('horse') }));
  });

  it('keeps results in memory by default, in Redis when REDIS_URL is set, or nowhere', () => {
    expect(loadConfig({}).resultCache).toEqual({ store: 'memory', maxBytes: 64 * 1024 * 1024 });
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).resultCache.store).toBe('redis');
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379', RESULT_CACHE: 'memory' }).resultCache.store).toBe('memory');
    expect(loadConfig({ RESULT_CACHE: 'off', RESULT_CACHE_MAX_MB: '16' }).resultCache).toEqual({ store: 'off', maxBytes: 16 * 1024 * 1024 });
    expect(() => loadConfig({ RESULT_CACHE: 'redis' })).toThrow('Invalid configuration: RESULT_CACHE=redis needs REDIS_URL');
    expect(() => loadConfig({ RESULT_CACHE: 'disk' })).toThrow(/RESULT_CACHE must be memory, redis or off/);
    expect(() => loadConfig({ RESULT_CACHE_MAX_MB: '0' })).toThrow(/RESULT_CACHE_MAX_MB must be a whole number of megabytes/);
    expect(() => loadConfig({ RESULT_CACHE_MAX_MB: '1.5' })).toThrow(/RESULT_CACHE_MAX_MB/);
  });

  it('limits the requests running at once, fewer on SQLite, unless told', () => {
    expect(loadConfig({}).activeRequests).toBe(4);
    expect(loadConfig({ DATABASE_URL: 'mysql://root@127.0.0.1:3306/test' }).activeRequests).toBe(6);
    expect(loadConfig({ ACTIVE_REQUESTS: 'off' }).activeRequests).toBeNull();
    expect(loadConfig({ DATABASE_URL: 'mysql://root@127.0.0.1:3306/test', ACTIVE_REQUESTS: '12' }).activeRequests).toBe(12);
    for (const bad of ['0', '257', '2.5', 'many', '-1']) {
      expect(() => loadConfig({ ACTIVE_REQUESTS: bad })).toThrow(/ACTIVE_REQUESTS must be auto, off or a whole number from 1 to 256/);
    }
  });

  it('compiles a query document on its third run unless told otherwise', () => {
    expect(loadConfig({}).graphqlJit).toBe(2);
    expect(loadConfig({ GRAPHQL_JIT: '0' }).graphqlJit).toBe(0);
    expect(loadConfig({ GRAPHQL_JIT: 'off' }).graphqlJit).toBeNull();
    for (const bad of ['-1', '1001', '2.5', 'on', '']) {
      expect(() => loadConfig({ GRAPHQL_JIT: bad })).toThrow(/GRAPHQL_JIT must be off or a whole number of runs from 0 to 1000/);
    }
  });

  it('lists every variable it reads', () => {
    expect(CONFIG_KEYS).toEqual(expect.arrayContaining(['DATABASE_URL', 'SQLITE_PATH', 'BACKUP_KEY', 'TRUST_PROXY']));
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PUBLIC_URL: 'insight.example.gov.uk' }, /PUBLIC_URL/],
    [{ EMBED_ALLOWED_ORIGINS: '*' }, /EMBED_ALLOWED_ORIGINS/],
    [{ EMBED_ALLOWED_ORIGINS: 'https://*.example.gov.uk' }, /EMBED_ALLOWED_ORIGINS/],
    [{ EMBED_ALLOWED_ORIGINS: 'https://intranet.example.gov.uk/news' }, /EMBED_ALLOWED_ORIGINS/],
    [{ EMBED_ALLOWED_ORIGINS: 'intranet.example.gov.uk' }, /EMBED_ALLOWED_ORIGINS/],
    [{ EMBED_ALLOWED_ORIGINS: "'self' https://a.example" }, /EMBED_ALLOWED_ORIGINS/],
    [{ EMBED_ALLOWED_ORIGINS: 'https://a.example;script-src' }, /EMBED_ALLOWED_ORIGINS/],
    [{ EMBED_ALLOWED_ORIGINS: "https://a.example'" }, /EMBED_ALLOWED_ORIGINS/],
    [{ DISCLOSURE_RULE: 'NONE' }, /DISCLOSURE_RULE/],
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
