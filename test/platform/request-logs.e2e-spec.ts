import { PassThrough } from 'node:stream';
import { createUser } from '../support/auth';
import { createTestApp, TestContext } from '../support/test-app';

describe('request logs', () => {
  let ctx: TestContext;
  const lines: string[] = [];

  beforeAll(async () => {
    const destination = new PassThrough();
    destination.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
    ctx = await createTestApp({ logLevel: 'info' }, { logDestination: destination });
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('log method, path and status as JSON, but never bodies, cookies, query strings, addresses or respondent routes', async () => {
    const user = await createUser(ctx, { role: 'designer', password: 'a-very-secret-password' });
    const login = await ctx.http().post('/api/auth/login').send({ email: user.email, password: 'a-very-secret-password' }).expect(200);
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const studies = await ctx.http().get('/api/studies?token=query-secret').set('Cookie', cookie).set('User-Agent', 'Agent-Smith').expect(200);
    await ctx.http().get('/health').expect(200);
    const page = await ctx.http().get('/s/respondent-link-token?x=1');
    const post = await ctx.http().post('/api/s/respondent-api-token/responses').send({ answers: {} });
    // The request logger's middleware never ran for them: it is what gives a request its id.
    expect(studies.headers['x-request-id']).toMatch(/^[a-z0-9]+$/);
    expect([page.headers['x-request-id'], post.headers['x-request-id']]).toEqual([undefined, undefined]);
    await new Promise((resolve) => setImmediate(resolve));

    const entries = lines.map((line) => JSON.parse(line));
    const requests = entries.filter((entry) => entry.req);
    expect(requests.map((entry) => `${entry.req.method} ${entry.req.path} ${entry.res.status}`)).toEqual([
      'POST /api/auth/login 200',
      'GET /api/studies 200',
    ]);
    const everything = lines.join('\n');
    for (const secret of ['a-very-secret-password', cookie.split('=')[1], 'query-secret', 'Agent-Smith', 'respondent-link-token', 'respondent-api-token', '127.0.0.1', user.email]) {
      expect(everything).not.toContain(secret);
    }
  });
});
