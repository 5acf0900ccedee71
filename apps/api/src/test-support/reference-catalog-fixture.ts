/** The standard reference data as a catalog, for unit tests that need no database. */
import type { ReferenceCatalog } from '../reference/reference-catalog';
import { CHANNELS, ISSUE_CATEGORIES, RECORD_TYPES, SERVICE_AREAS } from '../reference/reference-data';

export function testCatalog(): ReferenceCatalog {
  const indexed = <T extends { code: string }>(rows: readonly T[]) => {
    const list = rows.map((r, i) => ({ ...r, id: i + 1, divisionId: 1, categoryId: 1 }));
    return { list, byCode: new Map(list.map((r) => [r.code, r])), byId: new Map(list.map((r) => [r.id, r])) };
  };
  return {
    recordTypes: indexed(RECORD_TYPES),
    channels: indexed(CHANNELS),
    serviceAreas: indexed(SERVICE_AREAS),
    issues: indexed(ISSUE_CATEGORIES.flatMap((c): readonly { code: string; name: string }[] => c.issues)),
  } as unknown as ReferenceCatalog;
}
