import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Issue } from '../reference/issue.entity';
import { Contact } from './contact.entity';
import { FlagColumn } from '../db/columns';

/** Every issue a contact raises, the primary one included and flagged. */
@Entity('contact_issue')
export class ContactIssue {
  @PrimaryColumn({ type: 'int' })
  contactId: number;

  @Index()
  @PrimaryColumn({ type: 'int' })
  issueId: number;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contactId' })
  contact?: Contact;

  @ManyToOne(() => Issue, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issueId' })
  issueRelation?: Issue;

  @FlagColumn()
  isPrimary: boolean;
}
