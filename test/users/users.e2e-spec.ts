import { createUser, loggedInAs, LoggedIn, loginAs } from '../support/auth';
import { createTestApp, TestContext } from '../support/test-app';

const newUser = (overrides: Record<string, unknown> = {}) => ({
  email: 'Ola.Nordmann@Example.no',
  displayName: '  Ola Nordmann ',
  role: 'evaluator',
  password: 'a long enough password',
  ...overrides,
});

describe('managing users', () => {
  let ctx: TestContext;
  let admin: LoggedIn;

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = await loggedInAs(ctx, 'admin');
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('creates a user who can then log in, keeping the e-mail address in lower case', async () => {
    const response = await admin.post('/api/users').send(newUser()).expect(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      email: 'ola.nordmann@example.no',
      displayName: 'Ola Nordmann',
      role: 'evaluator',
      disabledAt: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    await ctx.http().post('/api/auth/login').send({ email: 'ola.nordmann@example.no', password: 'a long enough password' }).expect(200);
  });

  it('refuses a second user with the same e-mail address in another case with 409', async () => {
    const response = await admin.post('/api/users').send(newUser({ email: 'OLA.NORDMANN@example.no' })).expect(409);
    expect(response.body.message).toBe('A user with this e-mail address already exists');
  });

  it('refuses a password under 12 characters with 400 naming the password', async () => {
    const response = await admin.post('/api/users').send(newUser({ email: 'short@example.no', password: 'elevenchars' })).expect(400);
    expect(response.body.details).toEqual([{ path: 'password', message: 'password must be at least 12 characters long' }]);
  });

  it('refuses an unknown role and an unknown property with 400', async () => {
    await admin.post('/api/users').send(newUser({ email: 'role@example.no', role: 'respondent' })).expect(400);
    await admin.post('/api/users').send(newUser({ email: 'extra@example.no', passwordHash: 'x' })).expect(400);
  });

  it('lists users without any password hash', async () => {
    const response = await admin.get('/api/users').expect(200);
    expect(response.body.length).toBeGreaterThanOrEqual(2);
    for (const user of response.body) expect(Object.keys(user).sort()).toEqual(['createdAt', 'disabledAt', 'displayName', 'email', 'id', 'role', 'updatedAt']);
    expect(JSON.stringify(response.body)).not.toMatch(/argon2/);
  });

  it('disables a user: their open session stops working at once and they cannot log in', async () => {
    const user = await createUser(ctx, { role: 'designer' });
    const session = await loginAs(ctx, user);
    await session.get('/api/auth/me').expect(200);

    const response = await admin.post(`/api/users/${user.id}/disable`).expect(200);
    expect(response.body.disabledAt).toEqual(expect.any(String));
    await session.get('/api/auth/me').expect(401);
    const login = await ctx.http().post('/api/auth/login').send({ email: user.email, password: user.password }).expect(401);
    expect(login.body.message).toBe('Wrong e-mail address or password');
  });

  it('enables a disabled user so that they can log in again', async () => {
    const user = await createUser(ctx, { role: 'evaluator' });
    await admin.post(`/api/users/${user.id}/disable`).expect(200);
    const response = await admin.post(`/api/users/${user.id}/enable`).expect(200);
    expect(response.body.disabledAt).toBeNull();
    await loginAs(ctx, user);
  });

  it('keeps the time a user was first disabled when they are disabled twice', async () => {
    const user = await createUser(ctx);
    const first = await admin.post(`/api/users/${user.id}/disable`).expect(200);
    const second = await admin.post(`/api/users/${user.id}/disable`).expect(200);
    expect(second.body.disabledAt).toBe(first.body.disabledAt);
  });

  it('refuses to let an admin disable their own account', async () => {
    const response = await admin.post(`/api/users/${admin.user.id}/disable`).expect(422);
    expect(response.body.message).toBe('You cannot disable your own account');
  });

  it('answers 404 for an unknown user and 400 for an id that is not a uuid', async () => {
    await admin.post('/api/users/00000000-0000-4000-8000-000000000000/disable').expect(404);
    await admin.post('/api/users/not-a-uuid/enable').expect(400);
  });
});
