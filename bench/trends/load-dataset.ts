/**
 * Writes the benchmark dataset straight into a migrated database: the councils'
 * divisions and service areas through the entities, then the contacts and their
 * link rows as multi-row INSERTs on one connection, committed every CONTACTS_PER_COMMIT.
 * The same code serves both dialects (`?` placeholders through the data source's driver).
 */
import type { DataSource, QueryRunner } from 'typeorm';
import { Channel } from '../../apps/api/src/reference/channel.entity';
import { Division } from '../../apps/api/src/reference/division.entity';
import { IssueCategory } from '../../apps/api/src/reference/issue-category.entity';
import { Issue } from '../../apps/api/src/reference/issue.entity';
import { RecordType } from '../../apps/api/src/reference/record-type.entity';
import { ServiceArea } from '../../apps/api/src/reference/service-area.entity';
import { rebuildRollups } from '../../apps/api/src/rollups/rollup-check';
import type { Council } from './councils';
import { CONTACT_COLUMNS, type ContactGenerator, type ContactValues, type ReferenceIds } from './dataset';

const CONTACTS_PER_INSERT = 1000;
const CONTACTS_PER_COMMIT = 25_000;
const REFERENCE_CHUNK = 500;

async function codesToIds(dataSource: DataSource, entity: { new (): { id: number; code: string } }): Promise<Map<string, number>> {
  const rows = await dataSource.manager.find(entity, { select: { id: true, code: true } });
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function referenceIds(dataSource: DataSource): Promise<ReferenceIds> {
  return {
    recordTypes: await codesToIds(dataSource, RecordType),
    channels: await codesToIds(dataSource, Channel),
    divisions: await codesToIds(dataSource, Division),
    serviceAreas: await codesToIds(dataSource, ServiceArea),
    issues: await codesToIds(dataSource, Issue),
    issueCategories: await codesToIds(dataSource, IssueCategory),
  };
}

/** Adds every council's divisions and service areas after the standard ones. */
export async function insertCouncilReferenceData(dataSource: DataSource, councils: Council[]): Promise<ReferenceIds> {
  await dataSource.transaction(async (manager) => {
    const divisionOrder = await manager.count(Division);
    const divisions = councils.flatMap((c) => c.divisions).map((d, i) => ({ ...d, sortOrder: divisionOrder + i }));
    for (let i = 0; i < divisions.length; i += REFERENCE_CHUNK) await manager.insert(Division, divisions.slice(i, i + REFERENCE_CHUNK));
    const divisionIds = new Map((await manager.find(Division)).map((d) => [d.code, d.id]));
    const areaOrder = await manager.count(ServiceArea);
    const areas = councils
      .flatMap((c) => c.serviceAreas)
      .map((a, i) => ({ code: a.code, name: a.name, divisionId: divisionIds.get(a.divisionCode)!, sortOrder: areaOrder + i }));
    for (let i = 0; i < areas.length; i += REFERENCE_CHUNK) await manager.insert(ServiceArea, areas.slice(i, i + REFERENCE_CHUNK));
  });
  return referenceIds(dataSource);
}

function insertSql(table: string, columns: readonly string[], rows: number): string {
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${new Array(rows).fill(tuple).join(', ')}`;
}

export interface LoadCounts {
  contacts: number;
  serviceAreaLinks: number;
  issueLinks: number;
}

export async function loadContacts(
  dataSource: DataSource,
  generator: ContactGenerator,
  ids: ReferenceIds,
  progress: (done: number) => void,
): Promise<LoadCounts> {
  const runner: QueryRunner = dataSource.createQueryRunner();
  await runner.connect();
  const counts: LoadCounts = { contacts: 0, serviceAreaLinks: 0, issueLinks: 0 };
  let contacts: ContactValues[] = [];
  let areaLinks: number[] = [];
  let issueLinks: number[] = [];
  const flush = async () => {
    if (!contacts.length) return;
    await runner.query(insertSql('contact', CONTACT_COLUMNS, contacts.length), contacts.flat());
    await runner.query(insertSql('contact_service_area', ['contactId', 'serviceAreaId', 'isPrimary'], areaLinks.length / 3), areaLinks);
    await runner.query(insertSql('contact_issue', ['contactId', 'issueId', 'isPrimary'], issueLinks.length / 3), issueLinks);
    counts.contacts += contacts.length;
    counts.serviceAreaLinks += areaLinks.length / 3;
    counts.issueLinks += issueLinks.length / 3;
    contacts = [];
    areaLinks = [];
    issueLinks = [];
  };
  try {
    await runner.startTransaction();
    for (const contact of generator.contacts(ids)) {
      const id = contact.values[0] as number;
      contacts.push(contact.values);
      contact.serviceAreaIds.forEach((area, i) => areaLinks.push(id, area, i === 0 ? 1 : 0));
      contact.issueIds.forEach((issue, i) => issueLinks.push(id, issue, i === 0 ? 1 : 0));
      if (contacts.length === CONTACTS_PER_INSERT) {
        await flush();
        if (counts.contacts % CONTACTS_PER_COMMIT === 0) {
          await runner.commitTransaction();
          progress(counts.contacts);
          await runner.startTransaction();
        }
      }
    }
    await flush();
    await runner.commitTransaction();
    progress(counts.contacts);
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
  // Raw INSERTs bypass the rollups' maintenance: build them once from what was loaded.
  await rebuildRollups(dataSource);
  return counts;
}
