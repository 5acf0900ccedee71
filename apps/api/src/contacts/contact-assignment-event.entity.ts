import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { CodeColumn, IntColumn } from '../db/columns';
import type { AssignmentStageCode } from './assignment-rules';
import { Contact } from './contact.entity';

/** One assignment, reassignment or unassignment of a contact at a stage: who, to whom, from whom, by whom, when. */
@Entity('contact_assignment_event')
@Index(['contactId', 'assignedAt'])
export class ContactAssignmentEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @IntColumn()
  contactId: number;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contactId' })
  contact?: Contact;

  @CodeColumn(16)
  stage: AssignmentStageCode;

  /** Null when the stage was left without an officer. */
  @IntColumn({ nullable: true })
  officerId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officerId' })
  officer?: User;

  @IntColumn({ nullable: true })
  previousOfficerId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'previousOfficerId' })
  previousOfficer?: User;

  @IntColumn()
  assignedById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignedById' })
  assignedBy?: User;

  @CreateDateColumn({ type: 'datetime' })
  assignedAt: Date;
}
