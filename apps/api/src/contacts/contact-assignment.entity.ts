import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { IntColumn } from '../db/columns';
import type { AssignmentStageCode } from './assignment-rules';
import { Contact } from './contact.entity';

/**
 * Who handles a contact at one stage now: one row per contact and stage, so
 * the Stage 2 investigator is recorded apart from the Stage 1 handler. Every
 * change is also written to contact_assignment_event (the history).
 */
@Entity('contact_assignment')
// "Assigned to me" and the list's officer filter start from the officer.
@Index(['officerId', 'stage'])
export class ContactAssignment {
  @PrimaryColumn({ type: 'int' })
  contactId: number;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contactId' })
  contact?: Contact;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  stage: AssignmentStageCode;

  @IntColumn()
  officerId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officerId' })
  officer?: User;

  @CreateDateColumn({ type: 'datetime' })
  assignedAt: Date;
}
