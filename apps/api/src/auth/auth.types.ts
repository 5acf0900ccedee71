import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Role } from './role';

@ObjectType({ description: 'The signed-in user.' })
export class CurrentUser {
  @Field(() => ID)
  id: number;

  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;

  @Field(() => Role)
  role: Role;

  @Field(() => [String], { description: "Codes of a service manager's service areas." })
  serviceAreas: string[];
}

@ObjectType()
export class LoginResult {
  @Field(() => String, { description: 'Session token: also set as an httpOnly cookie; scripts send it as `Authorization: Bearer <token>`.' })
  token: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => CurrentUser)
  user: CurrentUser;
}

@InputType()
export class CreateUserInput {
  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'At least 12 characters.' })
  password: string;

  @Field(() => Role)
  role: Role;

  @Field(() => [String], { nullable: true, description: 'Service area codes (service managers only).' })
  serviceAreas?: string[] | null;
}
