import { createDataSource } from '../db/data-source';
import { dependencyOrder, planTables } from './table-plan';

describe('dependencyOrder', () => {
  it('puts every table after the tables it references, ties by name', () => {
    const order = dependencyOrder(
      new Map([
        ['contact_issue', ['contact', 'issue']],
        ['contact', ['channel']],
        ['issue', ['issue_category']],
        ['issue_category', []],
        ['channel', []],
        ['tree', ['tree']],
      ]),
    );
    expect(order).toEqual(['channel', 'contact', 'issue_category', 'issue', 'contact_issue', 'tree']);
  });

  it('refuses a cycle, naming its tables', () => {
    expect(() => dependencyOrder(new Map([['a', ['b']], ['b', ['a']], ['c', []]]))).toThrow(/a, b form a cycle/);
  });
});

describe('planTables', () => {
  it('covers every entity but sessions, knows every column type, and orders foreign keys', async () => {
    const dataSource = await createDataSource({ dialect: 'sqlite', path: ':memory:' });
    await dataSource.initialize();
    try {
      const plans = planTables(dataSource);
      const names = plans.map((p) => p.name);
      expect(names).not.toContain('session');
      expect(names.length).toBe(dataSource.entityMetadatas.length - 1);
      for (const metadata of dataSource.entityMetadatas) {
        for (const fk of metadata.foreignKeys) {
          if (metadata.tableName === 'session') continue;
          expect(names.indexOf(fk.referencedEntityMetadata.tableName)).toBeLessThanOrEqual(names.indexOf(metadata.tableName));
        }
      }
      const contact = plans.find((p) => p.name === 'contact')!;
      expect(contact.primaryKey).toEqual(['id']);
      expect(contact.autoIncrement).toBe('id');
      expect(contact.columns.find((c) => c.name === 'receivedDate')?.kind).toBe('date');
      // A create-date column is DATETIME(6) on MySQL; the plan says so on SQLite too.
      expect(contact.columns.find((c) => c.name === 'createdAt')).toEqual({ name: 'createdAt', kind: 'datetime', precision: 3 });
      expect(plans.find((p) => p.name === 'contact_issue')?.primaryKey).toEqual(['contactId', 'issueId']);
    } finally {
      await dataSource.destroy();
    }
  });
});
