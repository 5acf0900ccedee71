/**
 * Recording, completing and extending information requests. Each write checks
 * everything first and runs in one transaction, guarded in its WHERE clause by
 * the state it checked, so a refused or conflicting request changes nothing.
 */
import { inTransaction } from '../db/transaction';
import { DataSource, EntityManager, IsNull, type FindOptionsWhere } from 'typeorm';
import { badUserInput, notFound } from '../graphql/errors';
import { financialYearOf } from '../periods/financial-year';
import { todayIso } from '../periods/today';
import { canonicalReference } from '../reference-numbers/canonical-reference';
import { isUniqueViolation, referenceInUse } from '../reference-numbers/reference-in-use';
import { loadReferenceCatalog } from '../reference/reference-catalog';
import { completeRequest, extendRequest, type RequestDecision } from './information-request-lifecycle';
import { nextInformationRequestReference } from './information-request-reference';
import { prepareInformationRequest } from './information-request-validation';
import { InformationRequest } from './information-request.entity';
import type { RecordInformationRequestInput } from './information-request.inputs';

/** Stands in for a reference still to be generated, so validation can check the rest. */
const PENDING_REFERENCE = 'PENDING';

function accept<T>(subject: string, decision: RequestDecision<T>): T {
  if (!decision.ok) throw badUserInput(subject, decision.problems);
  return decision.value;
}

export class InformationRequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly today: () => string = todayIso,
  ) {}

  async record(input: RecordInformationRequestInput): Promise<InformationRequest> {
    const given = input.reference?.trim() || null;
    try {
      return await inTransaction(this.dataSource, async (manager) => {
        const catalog = await loadReferenceCatalog(manager);
        const result = prepareInformationRequest({ ...input, reference: given ?? PENDING_REFERENCE }, catalog, this.today());
        if (!result.ok) throw badUserInput('information request', result.problems);
        const row = result.row;
        if (given === null) {
          row.reference = await nextInformationRequestReference(manager, row.kind, financialYearOf(row.receivedDate));
        } else if (await manager.exists(InformationRequest, { where: { reference: row.reference } })) {
          throw referenceInUse('information request', row.reference);
        }
        await manager.insert(InformationRequest, row);
        return manager.findOneByOrFail(InformationRequest, { reference: row.reference });
      });
    } catch (error) {
      // Another save took the reference between our check and our insert.
      if (isUniqueViolation(error)) throw referenceInUse('information request', given && canonicalReference(given));
      throw error;
    }
  }

  complete(id: string, completedDate: string): Promise<InformationRequest> {
    return inTransaction(this.dataSource, async (manager) => {
      const request = await this.find(manager, id);
      const changes = accept('completion', completeRequest(request, completedDate, this.today()));
      await this.updateOne(manager, { id: request.id, completedDate: IsNull() }, changes);
      return manager.findOneByOrFail(InformationRequest, { id: request.id });
    });
  }

  extend(id: string): Promise<InformationRequest> {
    return inTransaction(this.dataSource, async (manager) => {
      const request = await this.find(manager, id);
      const changes = accept('extension', extendRequest(request, this.today()));
      await this.updateOne(manager, { id: request.id, completedDate: IsNull(), extended: false }, changes);
      return manager.findOneByOrFail(InformationRequest, { id: request.id });
    });
  }

  private async find(manager: EntityManager, id: string): Promise<InformationRequest> {
    const numeric = Number(id);
    const request = Number.isSafeInteger(numeric) && numeric > 0 ? await manager.findOneBy(InformationRequest, { id: numeric }) : null;
    if (!request) throw notFound('information request', id);
    return request;
  }

  private async updateOne(manager: EntityManager, where: FindOptionsWhere<InformationRequest>, changes: Partial<InformationRequest>) {
    const result = await manager.update(InformationRequest, where, changes);
    if (result.affected !== 1) {
      throw badUserInput('change', [{ field: 'id', message: 'was changed by someone else at the same time; reload it and try again' }]);
    }
  }
}

