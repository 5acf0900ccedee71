import { readFileSync } from 'fs';
import { buildAppSchema, printAppSchema } from '../graphql/build-schema';
import { SCHEMA_FILE } from './schema-file';

describe('packages/schema/schema.graphql', () => {
  it('matches the schema the server builds (run `npm run schema:emit` after changing the API)', async () => {
    const emitted = printAppSchema(await buildAppSchema());
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(emitted);
  });
});
