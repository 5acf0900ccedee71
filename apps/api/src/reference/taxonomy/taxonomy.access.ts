/** The reorganisation operations for the access-matrix test (who may run them: auth/access-matrix.expected.ts). */
import type { DataSource } from 'typeorm';
import type { AccessOperation } from '../../test-support/access-operation';
import { unique } from '../../test-support/access-operation-fixtures';
import { ReferenceKind, saveReferenceItem } from '../reference-admin';

/** An old and a new issue of their own for each try, so a refused try leaves nothing to collide with. */
async function oldAndNewIssue(dataSource: DataSource): Promise<{ from: string; to: string }> {
  const [from, to] = [unique('MATRIX_OLD_'), unique('MATRIX_NEW_')];
  await saveReferenceItem(dataSource, { kind: ReferenceKind.ISSUE, code: from, name: 'Matrix old issue', parent: 'POLICY' }, null);
  await saveReferenceItem(dataSource, { kind: ReferenceKind.ISSUE, code: to, name: 'Matrix new issue', parent: 'POLICY', effectiveFrom: '2031-04-01' }, null);
  return { from, to };
}

export const TAXONOMY_OPERATIONS: AccessOperation[] = [
  { name: 'taxonomyMappings', document: '{ taxonomyMappings { fromCode toCode mappingKind } }' },
  {
    name: 'addTaxonomyMapping',
    document:
      'mutation($f: String!, $t: String!) { addTaxonomyMapping(input: { kind: ISSUE, fromCode: $f, toCodes: [$t], effectiveFrom: "2031-04-01", mappingKind: ONE_TO_ONE }) { id } }',
    variables: async ({ dataSource }) => {
      const { from, to } = await oldAndNewIssue(dataSource);
      return { f: from, t: to };
    },
  },
];
