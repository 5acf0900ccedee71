/** The two kinds of record a retention period applies to. */
import { registerEnumType } from 'type-graphql';

export enum RetentionRecordKind {
  CONTACT = 'CONTACT',
  INFORMATION_REQUEST = 'INFORMATION_REQUEST',
}

registerEnumType(RetentionRecordKind, {
  name: 'RetentionRecordKind',
  description: 'A contact (kept by its record type) or an information request (kept by its kind: FOI or access to records).',
});
