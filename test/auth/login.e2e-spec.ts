import { DataSource } from 'typeorm';
import { createUser, loginAs, sessionCookieOf, TestUser } from '../support/auth';
import { createTestApp, TestContext } from '../support/test-app';

describe('logging in and out', () => {
  let ctx: TestContext;
  let designer: TestUser;

  beforeAll(async () => {
    ctx = await createTestApp();
    designer = await createUser(ctx, { role: 'designer', email: 'kari.nordmann@example.no', displayName: 'Kari Nordmann' });
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('sets an httpOnly, SameSite=Strict session cookie for the whole site that lives as long as the configured session', async () => {
    const response = await ctx.http().post('/api/auth/login').send({ email: designer.email, password: designer.password }).expect(200);
    const setCookie = (response.headers['set-cookie'] as unknown as string[]).find((cookie) => cookie.startsWith('stemme_session='))!;
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).toMatch(new RegExp(`; Max-Age=${ctx.config.auth.sessionTtlHours * 3600}`));
    expect(setCookie).not.toMatch(/; Secure/);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('answers the user and a CSRF token, and never the password hash', async () => {
    const response = await ctx.http().post('/api/auth/login').send({ email: designer.email, password: designer.password }).expect(200);
    expect(response.body).toEqual({
      user: { id: designer.id, email: 'kari.nordmann@example.no', displayName: 'Kari Nordmann', role: 'designer' },
      csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    expect(JSON.stringify(response.body)).not.toMatch(/argon2|passwordHash/);
  });

  it('tells the logged-in user who they are and the session CSRF token on GET /api/auth/me', async () => {
    const session = await loginAs(ctx, designer);
    const response = await session.get('/api/auth/me').expect(200);
    expect(response.body).toEqual({ user: expect.objectContaining({ id: designer.id, role: 'designer' }), csrfToken: session.csrfToken });
  });

  it('matches the e-mail address whatever its case and surrounding spaces', async () => {
    await ctx.http().post('/api/auth/login').send({ email: '  Kari.Nordmann@EXAMPLE.no ', password: designer.password }).expect(200);
  });

  it('answers a wrong password and an unknown e-mail address with the same 401', async () => {
    const wrongPassword = await ctx.http().post('/api/auth/login').send({ email: designer.email, password: 'not the password at all' }).expect(401);
    const unknownEmail = await ctx.http().post('/api/auth/login').send({ email: 'nobody@example.no', password: designer.password }).expect(401);
    expect(wrongPassword.body).toEqual({ status: 401, message: 'Wrong e-mail address or password', details: [] });
    expect(unknownEmail.body).toEqual(wrongPassword.body);
    expect(wrongPassword.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a login without a password as malformed', async () => {
    const response = await ctx.http().post('/api/auth/login').send({ email: designer.email }).expect(400);
    expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'password' })]));
  });

  it('stores only a hash of the cookie token, never the token itself', async () => {
    const session = await loginAs(ctx, designer);
    const token = session.cookie.split('=')[1];
    const rows: { token_hash: Buffer }[] = await ctx.app.get(DataSource).query('SELECT "token_hash" FROM "user_session" WHERE "user_id" = $1', [designer.id]);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.token_hash.toString('utf8')).not.toContain(token);
  });

  it('ends the session on the server at logout, so the old cookie gives 401 afterwards', async () => {
    const session = await loginAs(ctx, designer);
    await session.get('/api/auth/me').expect(200);
    const response = await session.post('/api/auth/logout').expect(204);
    expect(sessionCookieOf(response.headers['set-cookie'])).toBe('stemme_session=');
    expect((response.headers['set-cookie'] as unknown as string[])[0]).toMatch(/Expires=Thu, 01 Jan 1970/);
    const after = await session.get('/api/auth/me').expect(401);
    expect(after.body.message).toBe('Your session has ended: log in again');
  });

  it('keeps other sessions of the same user when one logs out', async () => {
    const laptop = await loginAs(ctx, designer);
    const phone = await loginAs(ctx, designer);
    await laptop.post('/api/auth/logout').expect(204);
    await phone.get('/api/auth/me').expect(200);
  });
});

describe('the session cookie behind HTTPS', () => {
  it('is marked Secure when the configuration says cookies are secure', async () => {
    const ctx = await createTestApp({ auth: { cookieSecure: true } });
    try {
      const user = await createUser(ctx);
      const response = await ctx.http().post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
      expect((response.headers['set-cookie'] as unknown as string[])[0]).toMatch(/; Secure/);
    } finally {
      await ctx.close();
    }
  });
});
