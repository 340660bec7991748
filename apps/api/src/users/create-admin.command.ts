import { isEmail } from 'class-validator';
import { BadInputError } from '@stemme/platform';
import { passwordProblem } from '@stemme/identity';
import type { CliCommandContext } from '../cli';
import { UsersService } from './users.service';

/** `create-admin --email E --password P [--name N]`: creates an admin or resets an account to one. */
export async function createAdmin({ app, options, print }: CliCommandContext): Promise<void> {
  const email = options.required('email');
  const password = options.required('password');
  if (!isEmail(email)) throw new BadInputError(`"${email}" is not an e-mail address`);
  const problem = passwordProblem(password);
  if (problem) throw new BadInputError(problem);

  const { user, created } = await app.get(UsersService).createOrResetAdmin({ email, password, displayName: options.optional('name') });
  print(created ? `Created admin ${user.email}` : `${user.email} is now an enabled admin with the new password; their sessions were ended`);
}
