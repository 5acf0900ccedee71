import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, IntColumn } from '../db/columns';
import { Division } from './division.entity';

@ObjectType({ description: 'A service area complaints are made about (table 4).' })
@Entity('service_area')
export class ServiceArea {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @CodeColumn(64, { unique: true })
  code: string;

  @Field()
  @CodeColumn(200)
  name: string;

  @Index()
  @IntColumn()
  divisionId: number;

  @ManyToOne(() => Division, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'divisionId' })
  divisionRelation?: Division;

  @Field(() => Int)
  @IntColumn({ default: 0 })
  sortOrder: number;
}
