import { ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { ReferenceEntity } from './reference-entity.base';

@ObjectType({ description: 'How a contact reached the team (table 2).' })
@Entity('channel')
export class Channel extends ReferenceEntity {}
