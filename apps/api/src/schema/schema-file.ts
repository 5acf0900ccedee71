import { resolve } from 'path';

/** The checked-in SDL the web app generates its types from. */
export const SCHEMA_FILE = resolve(__dirname, '../../../../packages/schema/schema.graphql');
