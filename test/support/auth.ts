import type { UserRole } from '@stemme/identity';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Test } from 'supertest';
import { DataSource } from 'typeorm';
import { UsersService } from '../../apps/api/src/users/users.service';
import type { TestContext } from './test-app';

export const DEFAULT_TEST_PASSWORD = 'correct horse battery staple';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: UserRole;
}

/** A user made through the real UsersService; give only what the test cares about. */
export async function createUser(
  ctx: TestContext,
  options: { role?: UserRole; email?: string; password?: string; displayName?: string } = {},
): Promise<TestUser> {
  const role = options.role ?? 'designer';
  const email = options.email ?? `${role}-${randomBytes(4).toString('hex')}@example.no`;
  const password = options.password ?? DEFAULT_TEST_PASSWORD;
  const user = await ctx.app.get(UsersService).create({ email, password, role, displayName: options.displayName ?? `Test ${role}` });
  return { id: user.id, email: user.email, password, role };
}

/** Requests carrying a session cookie; changing ones carry its CSRF token too. */
export interface LoggedIn {
  user: TestUser;
  /** The Cookie header value, e.g. "stemme_session=…". */
  cookie: string;
  csrfToken: string;
  get(url: string): Test;
  post(url: string): Test;
  put(url: string): Test;
  patch(url: string): Test;
  delete(url: string): Test;
}

/** The session cookie a response set, as a Cookie header value. */
export function sessionCookieOf(setCookie: string[] | string | undefined): string {
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const session = cookies.find((cookie) => cookie.startsWith('stemme_session='));
  if (!session) throw new Error(`The response set no session cookie (Set-Cookie: ${JSON.stringify(setCookie)})`);
  return session.split(';')[0];
}

/** Logs in through the API and answers requests made as that user. */
export async function loginAs(ctx: TestContext, user: Pick<TestUser, 'email' | 'password'> & Partial<TestUser>): Promise<LoggedIn> {
  const response = await ctx.http().post('/api/auth/login').send({ email: user.email, password: user.password });
  if (response.status !== 200) throw new Error(`Logging in as ${user.email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  const cookie = sessionCookieOf(response.headers['set-cookie']);
  const csrfToken: string = response.body.csrfToken;
  const withSession = (test: Test) => test.set('Cookie', cookie);
  const withCsrf = (test: Test) => withSession(test).set('X-CSRF-Token', csrfToken);
  return {
    user: { id: response.body.user.id, email: user.email, password: user.password, role: response.body.user.role },
    cookie,
    csrfToken,
    get: (url) => withSession(ctx.http().get(url)),
    post: (url) => withCsrf(ctx.http().post(url)),
    put: (url) => withCsrf(ctx.http().put(url)),
    patch: (url) => withCsrf(ctx.http().patch(url)),
    delete: (url) => withCsrf(ctx.http().delete(url)),
  };
}

/** Creates a user with this role and logs in as them. */
export async function loggedInAs(ctx: TestContext, role: UserRole): Promise<LoggedIn> {
  return loginAs(ctx, await createUser(ctx, { role }));
}

/**
 * An id to grant access to. Until the studies migration adds the study table any uuid will do;
 * once it exists, a minimal study row is made so that FK_study_access_study is satisfied.
 */
export async function aStudyId(ctx: TestContext): Promise<string> {
  const dataSource = ctx.app.get(DataSource);
  const [{ exists }] = await dataSource.query(`SELECT to_regclass('study') IS NOT NULL AS "exists"`);
  if (!exists) return randomUUID();
  const [{ id }] = await dataSource.query(`INSERT INTO "study" ("name", "age_bands") VALUES ('Test study', '[]') RETURNING "id"`);
  return id;
}
