import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ServiceArea } from '../reference/service-area.entity';
import { Contact } from './contact.entity';
import { FlagColumn } from '../db/columns';

/** Every service area a contact names (3.10), the primary one included and flagged. */
@Entity('contact_service_area')
export class ContactServiceArea {
  @PrimaryColumn({ type: 'int' })
  contactId: number;

  @Index()
  @PrimaryColumn({ type: 'int' })
  serviceAreaId: number;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contactId' })
  contact?: Contact;

  @ManyToOne(() => ServiceArea, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'serviceAreaId' })
  serviceAreaRelation?: ServiceArea;

  @FlagColumn()
  isPrimary: boolean;
}
