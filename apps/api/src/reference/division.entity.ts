import { ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { ReferenceEntity } from './reference-entity.base';

@ObjectType({ description: 'A division of the directorate (3.2); service areas roll up into divisions.' })
@Entity('division')
export class Division extends ReferenceEntity {}
