import { Logger } from '@nestjs/common';
import { createUser, TestUser } from '../support/auth';
import { createTestApp, TestContext } from '../support/test-app';

const MAX_ATTEMPTS = 3;

async function failLogin(ctx: TestContext, email: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await ctx.http().post('/api/auth/login').send({ email, password: 'a wrong password' }).expect(401);
}

describe('the login rate limit', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestApp({ auth: { loginMaxAttempts: MAX_ATTEMPTS, loginWindowSeconds: 600 } });
  });
  afterAll(async () => {
    await ctx.close();
  });

  const login = (user: TestUser) => ctx.http().post('/api/auth/login').send({ email: user.email, password: user.password });

  it('refuses even the right password with 429 and Retry-After after too many failures, and leaves other accounts alone', async () => {
    const target = await createUser(ctx);
    const bystander = await createUser(ctx);
    await failLogin(ctx, target.email, MAX_ATTEMPTS);

    const refused = await login(target).expect(429);
    expect(refused.body).toEqual({ status: 429, message: 'Too many failed log-in attempts for this account. Try again later.', details: [] });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(refused.headers['set-cookie']).toBeUndefined();

    await login(bystander).expect(200);
  });

  it('counts the address whatever its case', async () => {
    const target = await createUser(ctx);
    await failLogin(ctx, target.email.toUpperCase(), MAX_ATTEMPTS);
    await login(target).expect(429);
  });

  it('limits unknown addresses like known ones, so a 429 does not reveal an account', async () => {
    await failLogin(ctx, 'nobody-here@example.no', MAX_ATTEMPTS);
    await ctx.http().post('/api/auth/login').send({ email: 'nobody-here@example.no', password: 'a wrong password' }).expect(429);
  });

  it('forgets earlier failures after a successful login', async () => {
    const user = await createUser(ctx);
    await failLogin(ctx, user.email, MAX_ATTEMPTS - 1);
    await login(user).expect(200);
    await failLogin(ctx, user.email, MAX_ATTEMPTS - 1);
    await login(user).expect(200);
  });
});

describe('the login rate limit window', () => {
  it('lets the account log in again once the window has passed', async () => {
    const ctx = await createTestApp({ auth: { loginMaxAttempts: 1, loginWindowSeconds: 1 } });
    try {
      const user = await createUser(ctx);
      await failLogin(ctx, user.email, 1);
      await ctx.http().post('/api/auth/login').send({ email: user.email, password: user.password }).expect(429);
      const deadline = Date.now() + 5000;
      let status = 429;
      while (status === 429 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        status = (await ctx.http().post('/api/auth/login').send({ email: user.email, password: user.password })).status;
      }
      expect(status).toBe(200);
    } finally {
      await ctx.close();
    }
  });
});

describe('logging in while Redis is down', () => {
  it('still works without the rate limit and logs a warning', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const ctx = await createTestApp({ redis: { url: 'redis://127.0.0.1:1' } });
    try {
      const user = await createUser(ctx);
      await ctx.http().post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/login rate limit is not applied/));
    } finally {
      warn.mockRestore();
      await ctx.close();
    }
  });
});
