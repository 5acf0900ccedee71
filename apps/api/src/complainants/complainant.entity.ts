import { Field, ObjectType } from 'type-graphql';
import { CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { CodeColumn, TextColumn } from '../db/columns';
import { Contact } from '../contacts/contact.entity';
import { PreferredContactMethod, type PreferredContactMethodCode } from '../contacts/contact.enums';

/**
 * Who made a contact, as a person: personal data. Kept in its own table, out
 * of the contact row that trends, the annual report, exports and embeds read,
 * so no aggregate can reach it by accident (complainant-isolation.test.ts
 * checks that nothing outside case work imports this entity). Read only
 * through Contact.complainant, by officers and the case's service manager.
 */
@ObjectType({
  description:
    "The complainant's details: personal data, shown only to complaints officers and to the service manager of the case's area. Never in aggregates, exports, embeds or logs.",
})
@Entity('complainant')
export class Complainant {
  @PrimaryColumn({ type: 'int' })
  contactId: number;

  @OneToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contactId' })
  contact?: Contact;

  @Field(() => String, { nullable: true, description: 'Given names.' })
  @CodeColumn(100, { nullable: true })
  givenName: string | null;

  @Field(() => String, { description: 'Surname (family name).' })
  @CodeColumn(100)
  familyName: string;

  /** The surname as searches compare it (complainant-name.ts): its index serves "find by surname". */
  @Index()
  @CodeColumn(100)
  familyNameKey: string;

  @Field(() => String, { nullable: true })
  @CodeColumn(254, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  @CodeColumn(40, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address, as written.' })
  @TextColumn({ nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true, description: "e.g. 'Mother', 'Grandparent', 'Advocate'." })
  @CodeColumn(100, { nullable: true })
  relationshipToChild: string | null;

  @Field(() => PreferredContactMethod, { nullable: true })
  @CodeColumn(16, { nullable: true })
  preferredContactMethod: PreferredContactMethodCode | null;

  @Field(() => String, { nullable: true, description: 'Reasonable adjustments the complainant needs (e.g. large print, an interpreter).' })
  @TextColumn({ nullable: true })
  reasonableAdjustments: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field({ description: 'When these details were last changed.' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
