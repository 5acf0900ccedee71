import { Field, ID, ObjectType } from 'type-graphql';
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

  @Field(() => Boolean, { description: 'Signed in with a temporary password: nothing but changeOwnPassword works until it is changed.' })
  mustChangePassword: boolean;
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
