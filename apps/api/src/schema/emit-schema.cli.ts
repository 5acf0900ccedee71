/** Writes the API's SDL to packages/schema/schema.graphql (npm run schema:emit). */
import 'reflect-metadata';
import { writeFileSync } from 'fs';
import { buildAppSchema, printAppSchema } from '../graphql/build-schema';
import { SCHEMA_FILE } from './schema-file';

buildAppSchema()
  .then((schema) => {
    writeFileSync(SCHEMA_FILE, printAppSchema(schema));
    console.log(`Wrote ${SCHEMA_FILE}`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
