import { Field, ID, ObjectType } from 'type-graphql';
import { CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, IntColumn, TextColumn } from '../db/columns';
import { AdminAction, AuditTargetType } from './admin-audit.enums';

/**
 * One administrative change: who made it, when, what it did to which user or
 * reference item, and the item before and after (JSON; never a password or
 * its hash). Written in the transaction that makes the change, so the log
 * holds exactly the changes that happened. Rows are never updated or deleted.
 */
@ObjectType({ description: 'An administrative change (users and reference data): who, when, what, before and after.' })
@Entity('admin_audit_entry')
@Index(['targetType', 'targetKey'])
export class AdminAuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => Date)
  @CreateDateColumn({ type: 'datetime' })
  at: Date;

  /** No foreign key: the log outlives anything it mentions. Null for the create-admin command. */
  @IntColumn({ nullable: true })
  actorId: number | null;

  @Field(() => String, { nullable: true, description: "Who made the change (their email at the time); null when it was the create-admin command." })
  @CodeColumn(254, { nullable: true })
  actorEmail: string | null;

  @Field(() => AdminAction)
  @CodeColumn(48)
  action: AdminAction;

  @Field(() => AuditTargetType)
  @CodeColumn(32)
  targetType: AuditTargetType;

  @Field(() => String, { description: "The changed item's key: a user's id, a reference item's code." })
  @CodeColumn(254)
  targetKey: string;

  @Field(() => String, { description: "The changed item as people know it, at the time: a user's email, a reference item's name." })
  @CodeColumn(254)
  targetLabel: string;

  @Field(() => String, { nullable: true, description: 'The item before the change, as JSON (null when it was created).' })
  @TextColumn({ nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The item after the change, as JSON.' })
  @TextColumn({ nullable: true })
  after: string | null;
}
