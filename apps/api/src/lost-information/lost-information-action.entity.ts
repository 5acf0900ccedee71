import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, DateColumn, IntColumn, TextColumn } from '../db/columns';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { LostInformationIncident } from './lost-information-incident.entity';
import { IncidentActionKindEnum, type IncidentActionKind } from './lost-information.enums';

/** A containment or recovery step taken on a lost-information incident. */
@ObjectType({ description: 'A containment or recovery action taken on a lost-information incident.' })
@Entity('lost_information_action')
export class LostInformationAction {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @IntColumn()
  incidentId: number;

  @ManyToOne(() => LostInformationIncident, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'incidentId' })
  incident?: LostInformationIncident;

  @Field(() => IncidentActionKindEnum)
  @CodeColumn(16)
  kind: IncidentActionKind;

  @Field()
  @TextColumn()
  description: string;

  @Field(() => LocalDateScalar)
  @DateColumn()
  takenOn: string;

  /** Keeps the order the officer listed them in. */
  @IntColumn()
  position: number;
}
