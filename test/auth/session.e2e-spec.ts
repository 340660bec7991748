import { DataSource } from 'typeorm';
import { createUser, loggedInAs, loginAs, TestUser } from '../support/auth';
import { createTestApp, TestContext } from '../support/test-app';

describe('the session guard', () => {
  let ctx: TestContext;
  let designer: TestUser;

  beforeAll(async () => {
    ctx = await createTestApp();
    designer = await createUser(ctx, { role: 'designer' });
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('answers 401 to a request without a session cookie', async () => {
    const response = await ctx.http().get('/api/auth/me').expect(401);
    expect(response.body).toEqual({ status: 401, message: 'You are not logged in', details: [] });
  });

  it('answers 401 to a cookie that names no session', async () => {
    await ctx.http().get('/api/auth/me').set('Cookie', `stemme_session=${'A'.repeat(43)}`).expect(401);
    await ctx.http().get('/api/auth/me').set('Cookie', 'stemme_session=not-a-token').expect(401);
  });

  it('answers 401 once the session has expired', async () => {
    const session = await loginAs(ctx, designer);
    await ctx.app.get(DataSource).query(`UPDATE "user_session" SET "expires_at" = now() - interval '1 second' WHERE "user_id" = $1`, [designer.id]);
    await session.get('/api/auth/me').expect(401);
  });

  it('lets public routes through without a session', async () => {
    await ctx.http().get('/health').expect(200);
  });

  it('refuses a write without the X-CSRF-Token header with 403 and says what is missing', async () => {
    const session = await loginAs(ctx, designer);
    const response = await ctx.http().post('/api/auth/logout').set('Cookie', session.cookie).expect(403);
    expect(response.body.message).toMatch(/^Missing X-CSRF-Token header/);
    await session.get('/api/auth/me').expect(200);
  });

  it('refuses a write with the CSRF token of another session with 403', async () => {
    const session = await loginAs(ctx, designer);
    const other = await loginAs(ctx, designer);
    const response = await ctx.http().post('/api/auth/logout').set('Cookie', session.cookie).set('X-CSRF-Token', other.csrfToken).expect(403);
    expect(response.body.message).toMatch(/does not match this session/);
  });

  it('accepts a write that carries the session CSRF token', async () => {
    const session = await loginAs(ctx, designer);
    await session.post('/api/auth/logout').expect(204);
  });

  it('asks no CSRF token of reading requests', async () => {
    const session = await loginAs(ctx, designer);
    await ctx.http().get('/api/auth/me').set('Cookie', session.cookie).expect(200);
  });

  it('records when a session was last used', async () => {
    const session = await loginAs(ctx, designer);
    const dataSource = ctx.app.get(DataSource);
    await dataSource.query(`UPDATE "user_session" SET "last_seen_at" = now() - interval '1 hour' WHERE "user_id" = $1`, [designer.id]);
    await session.get('/api/auth/me').expect(200);
    const [row] = await dataSource.query(`SELECT max("last_seen_at") > now() - interval '1 minute' AS "recent" FROM "user_session" WHERE "user_id" = $1`, [designer.id]);
    expect(row.recent).toBe(true);
  });
});

describe('roles', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('answers 401, not 403, to admin routes without a session', async () => {
    await ctx.http().get('/api/users').expect(401);
    await ctx.http().post('/api/users').send({}).expect(401);
  });

  it.each(['designer', 'evaluator'] as const)('refuses a %s on admin routes with 403', async (role) => {
    const session = await loggedInAs(ctx, role);
    const list = await session.get('/api/users').expect(403);
    expect(list.body).toEqual({ status: 403, message: 'This needs the role admin', details: [] });
    await session
      .post('/api/users')
      .send({ email: 'new@example.no', displayName: 'New', role: 'admin', password: 'a long enough password' })
      .expect(403);
  });

  it('lets an admin use admin routes', async () => {
    const session = await loggedInAs(ctx, 'admin');
    await session.get('/api/users').expect(200);
  });
});
