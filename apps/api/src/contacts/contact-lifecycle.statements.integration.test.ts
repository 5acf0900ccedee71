/**
 * A lifecycle step reads only the rows its rules need: the contact, its escalations and its record type, never the
 * whole reference catalog (seven tables, thousands of rows at national scale) inside its transaction.
 */
import type { CreateContactInput } from './contact.inputs';
import { ContactLifecycleService } from './contact-lifecycle.service';
import { ContactService } from './contact.service';
import { loggedStatements } from '../test-support/statement-log';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';

const CATALOG_TABLES = ['division', 'service_area', 'issue_category', 'issue', 'channel', 'taxonomy_mapping'];

/** Reference tables a statement reads (its FROM/JOIN targets), by name. */
function referenceTablesRead(statements: string[]): string[] {
  const read = statements.flatMap((sql) => [...sql.matchAll(/\b(?:FROM|JOIN)\s+[`"]?(\w+)[`"]?/gi)].map((m) => m[1]));
  return [...new Set(read.filter((table) => CATALOG_TABLES.includes(table) || table === 'record_type'))].sort();
}

describe(`contact lifecycle statements (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('acknowledging, responding and escalating read the record type by id and no other reference table', async () => {
    const contact = await new ContactService(db.dataSource).create(
      {
        recordType: 'STATUTORY_COMPLAINT',
        channel: 'EMAIL',
        receivedDate: '2010-02-03',
        serviceAreas: ['SOCIAL_CARE'],
        issues: ['COMMUNICATION_LACK_OF'],
        complainantType: 'PARENT_OR_CARER',
      } as CreateContactInput,
      '2010-12-31',
    );
    const lifecycle = new ContactLifecycleService(db.dataSource, () => '2010-12-31');
    let escalated: { stage: string | null } | undefined;
    const statements = await loggedStatements(db.dataSource, async () => {
      await lifecycle.acknowledge(String(contact.id), '2010-02-04');
      await lifecycle.recordResponse(String(contact.id), '2010-02-10', 'UPHELD');
      escalated = await lifecycle.escalate(String(contact.id), 'STAGE_2', '2010-02-20', false);
    });
    expect(escalated?.stage).toBe('STAGE_2');
    expect(referenceTablesRead(statements)).toEqual(['record_type']);
    const recordTypeReads = statements.filter((sql) => /\bFROM\s+[`"]?record_type\b/i.test(sql));
    // One per step, each for one row by its id.
    expect(recordTypeReads).toHaveLength(3);
    for (const sql of recordTypeReads) expect(sql).toMatch(/WHERE.*\bid\b/i);
  });
});
