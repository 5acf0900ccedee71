/**
 * Recording and listing contacts. Every write validates all of its input first
 * and runs in one transaction, so a refused request changes nothing.
 */
import { inTransaction } from '../db/transaction';
import { DataSource, EntityManager, In } from 'typeorm';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { todayIso } from '../periods/today';
import { canonicalReference } from '../reference-numbers/canonical-reference';
import { isUniqueViolation, referenceInUse } from '../reference-numbers/reference-in-use';
import { catalogForWrites } from '../data-versions/catalog-for-writes';
import type { DataVersions } from '../data-versions/data-versions';
import { loadReferenceCatalog, type ReferenceCatalog } from '../reference/reference-catalog';
import { referenceKey } from '@complaints/domain';
import { Complainant } from '../complainants/complainant.entity';
import { syncCodeStage1 } from '../complaint-code/code-stage-sync';
import { ContactIssue } from './contact-issue.entity';
import { nextReferences } from './contact-reference';
import { ContactServiceArea } from './contact-service-area.entity';
import { prepareContact, type ContactDraft } from './contact-validation';
import { Contact } from './contact.entity';
import type { CreateContactInput } from './contact.inputs';

/** A problem with one input of a batch; `index` is its position (0-based). */
export interface BatchProblem extends FieldProblem {
  index: number;
}

export class ContactBatchError extends Error {
  constructor(readonly problems: BatchProblem[]) {
    super(`${problems.length} problem(s) in the contacts given; nothing was saved`);
  }
}

const INSERT_CHUNK = 200;

function chunks<T>(rows: T[], size = INSERT_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export class ContactService {
  constructor(
    private readonly dataSource: DataSource,
    /** The data versions read with the request's session (MySQL/MariaDB): a new contact's codes are checked against them. */
    private readonly versions?: DataVersions,
  ) {}

  async create(input: CreateContactInput, today = todayIso()): Promise<Contact> {
    // The catalog kept under the reference data's version, not reloaded (seven tables, thousands of rows at national
    // scale) for every contact an officer records.
    const catalog = await catalogForWrites(this.dataSource, this.versions);
    try {
      const [contact] = await inTransaction(this.dataSource, (manager) => this.createMany(manager, [input], today, catalog));
      return contact;
    } catch (error) {
      if (error instanceof ContactBatchError) throw badUserInput('contact', error.problems.map(({ index: _index, ...p }) => p));
      // Another save took the reference between our check and our insert.
      if (isUniqueViolation(error)) throw referenceInUse('contact', input.reference?.trim() ? canonicalReference(input.reference) : null);
      throw error;
    }
  }

  /**
   * Validates every input, then writes them all, inside the caller's transaction.
   * Throws ContactBatchError (before writing anything) when any input is invalid.
   */
  async createMany(manager: EntityManager, inputs: CreateContactInput[], today = todayIso(), known?: ReferenceCatalog): Promise<Contact[]> {
    // Read in the transaction unless given: a batch (an import, the demo data) may follow reference rows it wrote itself.
    const catalog = known ?? (await loadReferenceCatalog(manager));
    const problems: BatchProblem[] = [];
    const drafts: ContactDraft[] = [];
    inputs.forEach((input, index) => {
      const result = prepareContact(input, catalog, today);
      if (result.ok) drafts.push(result.draft);
      else problems.push(...result.problems.map((p) => ({ ...p, index })));
    });
    if (problems.length) throw new ContactBatchError(problems);

    await this.assignReferences(manager, drafts);

    const references = drafts.map((d) => d.row.reference!);
    for (const chunk of chunks(drafts)) {
      await manager.insert(Contact, chunk.map((d) => d.row) as never);
    }
    const saved = new Map<string, Contact>();
    for (const chunk of chunks(references)) {
      for (const contact of await manager.find(Contact, { where: { reference: In(chunk) } })) {
        saved.set(contact.reference, contact);
      }
    }
    const areaLinks = drafts.flatMap((d) =>
      d.serviceAreaIds.map((serviceAreaId, i) => ({ contactId: saved.get(d.row.reference!)!.id, serviceAreaId, isPrimary: i === 0 })),
    );
    const issueLinks = drafts.flatMap((d) =>
      d.issueIds.map((issueId, i) => ({ contactId: saved.get(d.row.reference!)!.id, issueId, isPrimary: i === 0 })),
    );
    for (const chunk of chunks(areaLinks)) await manager.insert(ContactServiceArea, chunk);
    for (const chunk of chunks(issueLinks)) await manager.insert(ContactIssue, chunk);
    const complainants = drafts.flatMap((d) => (d.complainant ? [{ ...d.complainant, contactId: saved.get(d.row.reference!)!.id }] : []));
    for (const chunk of chunks(complainants)) await manager.insert(Complainant, chunk);
    // Complaints under the Complaint Handling Code get their Stage 1 clock row (complaint-code/).
    await syncCodeStage1(manager, [...saved.values()].filter((c) => c.regime === 'COMPLAINT_HANDLING_CODE').map((c) => c.id));
    return references.map((r) => saved.get(r)!);
  }

  /**
   * Gives generated references to drafts without one, and refuses duplicates:
   * two references are the same when their keys are (referenceKey:
   * letter case and / versus - ignored), within the batch or against those saved.
   */
  private async assignReferences(manager: EntityManager, drafts: ContactDraft[]): Promise<void> {
    const given = drafts.map((d, index) => ({ reference: d.row.reference, key: d.row.referenceKey, index })).filter((g) => g.reference !== null);
    const problems: BatchProblem[] = [];
    const seen = new Map<string, string>();
    for (const g of given) {
      const earlier = seen.get(g.key!);
      if (earlier !== undefined) {
        const message = earlier === g.reference ? `'${g.reference}' is given twice` : `'${g.reference}' is the same reference as '${earlier}' (letter case and / or - do not tell references apart)`;
        problems.push({ index: g.index, field: 'reference', message });
      } else seen.set(g.key!, g.reference!);
    }
    for (const chunk of chunks([...seen.keys()])) {
      const existing = await manager.find(Contact, { select: { reference: true, referenceKey: true }, where: { referenceKey: In(chunk) } });
      for (const e of existing) {
        for (const g of given.filter((x) => x.key === e.referenceKey)) {
          const message = e.reference === g.reference ? `'${e.reference}' is already in use` : `'${g.reference}' is the same reference as '${e.reference}', already in use`;
          problems.push({ index: g.index, field: 'reference', message });
        }
      }
    }
    if (problems.length) throw new ContactBatchError(problems);

    const byYear = new Map<string, ContactDraft[]>();
    for (const d of drafts.filter((x) => x.row.reference === null)) {
      const list = byYear.get(d.row.receivedFinancialYear) ?? [];
      list.push(d);
      byYear.set(d.row.receivedFinancialYear, list);
    }
    // One order for every transaction, so two that number several years lock their counters alike (no deadlock).
    const taken = new Set(seen.values());
    for (const [year, list] of [...byYear].sort(([a], [b]) => a.localeCompare(b))) {
      const references = await nextReferences(manager, year, list.length, taken);
      list.forEach((d, i) => {
        d.row.reference = references[i];
        d.row.referenceKey = referenceKey(references[i]);
      });
    }
  }
}
