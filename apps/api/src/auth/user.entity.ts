import { Field, ID, ObjectType } from 'type-graphql';
import { CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, FlagColumn } from '../db/columns';
import { Role } from './role';

@ObjectType({ description: 'Someone who signs in.' })
@Entity('app_user')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  /** Stored lower-cased so sign-in is case-insensitive on both dialects. */
  @Field(() => String)
  @CodeColumn(254, { unique: true })
  email: string;

  @Field(() => String)
  @CodeColumn(200)
  name: string;

  @CodeColumn(200)
  passwordHash: string;

  @Field(() => Role)
  @CodeColumn(32)
  role: Role;

  @Field(() => Boolean)
  @FlagColumn({ default: true })
  active: boolean;

  /**
   * Set while the password is a temporary one an administrator handed over:
   * until it is changed the account may do nothing but change it.
   */
  @Field(() => Boolean, { description: 'Signed in with a temporary password: must change it before doing anything else.' })
  @FlagColumn({ default: false })
  mustChangePassword: boolean;

  @Field(() => Date)
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
