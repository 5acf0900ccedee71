import { ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { ReferenceEntity } from './reference-entity.base';

@ObjectType({ description: 'Top level of the issue taxonomy (the rows of table 5).' })
@Entity('issue_category')
export class IssueCategory extends ReferenceEntity {}
