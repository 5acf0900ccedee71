import { Field, InputType, ObjectType } from 'type-graphql';
import { Role } from './role';
import { User } from './user.entity';

@InputType({ description: 'A new account. The API makes its temporary password, which its holder must change at first sign-in.' })
export class CreateUserInput {
  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;

  @Field(() => Role)
  role: Role;

  @Field(() => [String], { nullable: true, description: 'Service area codes (service managers only, at least one).' })
  serviceAreas?: string[] | null;
}

@InputType({ description: 'Changes to an account; a field left out stays as it is. A role other than service manager drops the service areas.' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => [String], { nullable: true, description: "Service area codes, replacing the account's (service managers only)." })
  serviceAreas?: string[] | null;
}

@ObjectType({ description: 'An account and the temporary password just made for it: shown this once, never stored.' })
export class UserWithTemporaryPassword {
  @Field(() => User)
  user: User;

  @Field(() => String, { description: 'Hand it over securely; its holder must change it at first sign-in.' })
  temporaryPassword: string;
}
