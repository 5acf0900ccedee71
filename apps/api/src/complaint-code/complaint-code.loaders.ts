/** One loader per GraphQL request and table (keyed by its context), so a page of contacts costs one query per table. */
import DataLoader from 'dataloader';
import { In, type ObjectLiteral, type EntityTarget } from 'typeorm';
import { User } from '../auth/user.entity';
import type { GraphQLContext } from '../graphql/context';
import { ComplaintCodeStage } from './complaint-code-stage.entity';
import { ComplaintRefusal } from './complaint-refusal.entity';
import { ReasonableAdjustment } from './reasonable-adjustment.entity';
import { Remedy } from './remedy.entity';
import { ResponsePoint } from './response-point.entity';
import { ServiceRequest } from './service-request.entity';

const loaders = new WeakMap<GraphQLContext, Map<unknown, DataLoader<number, unknown[]>>>();

function byColumn<T extends ObjectLiteral>(context: GraphQLContext, target: EntityTarget<T>, column: keyof T & string): DataLoader<number, T[]> {
  let perContext = loaders.get(context);
  if (!perContext) loaders.set(context, (perContext = new Map()));
  const key = `${String((target as { name?: string }).name)}.${column}`;
  let loader = perContext.get(key) as DataLoader<number, T[]> | undefined;
  if (!loader) {
    loader = new DataLoader<number, T[]>(async (ids) => {
      const rows = await context.dataSource.manager.find(target, { where: { [column]: In([...ids]) } as never, order: { id: 'ASC' } as never });
      return ids.map((id) => rows.filter((row) => row[column] === id));
    });
    perContext.set(key, loader as DataLoader<number, unknown[]>);
  }
  return loader;
}

const handlerNames = new WeakMap<GraphQLContext, DataLoader<number, string | null>>();

/** Stage handlers' names: the casework queue lists many Code stages, so one query per request, not per stage. */
function handlerName(context: GraphQLContext): DataLoader<number, string | null> {
  let loader = handlerNames.get(context);
  if (!loader) {
    loader = new DataLoader<number, string | null>(async (ids) => {
      const users = await context.dataSource.manager.find(User, { select: { id: true, name: true }, where: { id: In([...ids]) } });
      const names = new Map(users.map((u) => [u.id, u.name]));
      return ids.map((id) => names.get(id) ?? null);
    });
    handlerNames.set(context, loader);
  }
  return loader;
}

export const codeLoaders = {
  handlerName,
  stages: (c: GraphQLContext) => byColumn(c, ComplaintCodeStage, 'contactId'),
  refusals: (c: GraphQLContext) => byColumn(c, ComplaintRefusal, 'contactId'),
  adjustments: (c: GraphQLContext) => byColumn(c, ReasonableAdjustment, 'contactId'),
  remedies: (c: GraphQLContext) => byColumn(c, Remedy, 'contactId'),
  points: (c: GraphQLContext) => byColumn(c, ResponsePoint, 'contactId'),
  serviceRequests: (c: GraphQLContext) => byColumn(c, ServiceRequest, 'convertedContactId'),
};
