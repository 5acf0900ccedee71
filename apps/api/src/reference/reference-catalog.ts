/**
 * All reference data, loaded in one round of small queries and indexed by code
 * and id. Services validate input codes against it and resolve names from it.
 */
import { EntityManager } from 'typeorm';
import { Channel } from './channel.entity';
import { Division } from './division.entity';
import { IssueCategory } from './issue-category.entity';
import { Issue } from './issue.entity';
import { RecordType } from './record-type.entity';
import { ServiceArea } from './service-area.entity';

export interface Indexed<T extends { id: number; code: string }> {
  list: T[];
  byCode: Map<string, T>;
  byId: Map<number, T>;
}

function index<T extends { id: number; code: string }>(list: T[]): Indexed<T> {
  return { list, byCode: new Map(list.map((r) => [r.code, r])), byId: new Map(list.map((r) => [r.id, r])) };
}

export interface ReferenceCatalog {
  divisions: Indexed<Division>;
  serviceAreas: Indexed<ServiceArea>;
  issueCategories: Indexed<IssueCategory>;
  issues: Indexed<Issue>;
  recordTypes: Indexed<RecordType>;
  channels: Indexed<Channel>;
}

export async function loadReferenceCatalog(manager: EntityManager): Promise<ReferenceCatalog> {
  const order = { sortOrder: 'ASC', id: 'ASC' } as const;
  const [divisions, serviceAreas, issueCategories, issues, recordTypes, channels] = await Promise.all([
    manager.find(Division, { order }),
    manager.find(ServiceArea, { order }),
    manager.find(IssueCategory, { order }),
    manager.find(Issue, { order }),
    manager.find(RecordType, { order }),
    manager.find(Channel, { order }),
  ]);
  return {
    divisions: index(divisions),
    serviceAreas: index(serviceAreas),
    issueCategories: index(issueCategories),
    issues: index(issues),
    recordTypes: index(recordTypes),
    channels: index(channels),
  };
}
