import { createTestApp, TestContext } from '../support/test-app';

describe('GET /health', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('reports PostgreSQL and Redis as up', async () => {
    const response = await ctx.http().get('/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', postgres: 'up', redis: 'up' });
  });

  it('answers 503 and names Redis when Redis does not answer', async () => {
    const down = await createTestApp({ redis: { url: 'redis://127.0.0.1:1' } });
    try {
      const response = await down.http().get('/health').expect(503);
      expect(response.body).toEqual({ status: 'degraded', postgres: 'up', redis: 'down' });
    } finally {
      await down.close();
    }
  });

  it('serves the OpenAPI document', async () => {
    const response = await ctx.http().get('/api/docs/openapi.json').expect(200);
    expect(response.body.info.title).toBe('Stemme API');
    expect(Object.keys(response.body.paths)).toContain('/health');
  });

  it('answers unknown routes with the one error shape', async () => {
    const response = await ctx.http().get('/api/no-such-thing').expect(404);
    expect(response.body).toEqual({ status: 404, message: expect.stringContaining('/api/no-such-thing'), details: [] });
  });

  it('answers malformed JSON with a 400 in the error shape, without internals', async () => {
    const response = await ctx.http().post('/api/no-such-thing').set('Content-Type', 'application/json').send('{"a":').expect(400);
    expect(response.body).toEqual({ status: 400, message: expect.stringMatching(/JSON/), details: [] });
  });

  it('refuses an API write that is not JSON (a cross-site HTML form cannot log anyone in)', async () => {
    const response = await ctx.http().post('/api/auth/login').type('form').send('email=a@b.no&password=x').expect(415);
    expect(response.body).toEqual({ status: 415, message: expect.stringMatching(/JSON/), details: [] });
  });

  it('refuses a body over the size limit with 413 in the error shape', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(300 * 1024) });
    const response = await ctx.http().post('/api/no-such-thing').set('Content-Type', 'application/json').send(big).expect(413);
    expect(response.body).toEqual({ status: 413, message: 'The request body is too large', details: [] });
  });
});
