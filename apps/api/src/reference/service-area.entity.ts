import { ObjectType } from 'type-graphql';
import { Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IntColumn } from '../db/columns';
import { ReferenceEntity } from './reference-entity.base';
import { Division } from './division.entity';

@ObjectType({ description: 'A service area complaints are made about (table 4).' })
@Entity('service_area')
export class ServiceArea extends ReferenceEntity {
  @Index()
  @IntColumn()
  divisionId: number;

  @ManyToOne(() => Division, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'divisionId' })
  divisionRelation?: Division;
}
