import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ADMIN_CONTENT_SECURITY_POLICY } from '../../apps/api/src/admin-ui/admin-ui.middleware';
import { ADMIN_DIST } from './support/admin-build';
import { type AdminServer, startAdminServer } from './support/admin-app';

describe('the admin UI served by the API on the same origin', () => {
  let server: AdminServer;

  beforeAll(async () => {
    server = await startAdminServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('serves the app at / with a Content Security Policy no weaker than default-src self', async () => {
    const response = await server.ctx.http().get('/').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['content-security-policy']).toBe(ADMIN_CONTENT_SECURITY_POLICY);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.text).toContain('<div id="root"></div>');
    expect(response.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('answers deep links with the app, so a reload on any screen works', async () => {
    for (const path of ['/studies/0b6a1c2e-3f4d-4e5f-8a9b-0c1d2e3f4a5b/settings', '/users', '/login', '/no/such/screen']) {
      const response = await server.ctx.http().get(path).expect(200);
      expect(response.text).toContain('<div id="root"></div>');
    }
  });

  it('serves the hashed assets for a year and 404s a missing file instead of sending the page', async () => {
    const [script] = readdirSync(join(ADMIN_DIST, 'assets')).filter((name) => name.endsWith('.js'));
    const response = await server.ctx.http().get(`/assets/${script}`).expect(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    await server.ctx.http().get('/assets/missing-file.js').expect(404);
  });

  it('leaves the API, the respondent routes and the health check alone', async () => {
    const api = await server.ctx.http().get('/api/no-such-endpoint').expect(404);
    expect(api.body).toMatchObject({ status: 404 });
    expect(api.headers['content-security-policy']).toBeUndefined();
    await server.ctx.http().get('/health').expect(200);
    const respondent = await server.ctx.http().get('/s/no-such-link');
    expect(respondent.text).not.toContain('<div id="root"></div>');
  });

  it('keeps the first load of JavaScript well under 500 KB gzipped, as a production build', () => {
    const html = readFileSync(join(ADMIN_DIST, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/src="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]);
    expect(scripts.length).toBeGreaterThan(0);
    const code = scripts.map((file) => readFileSync(join(ADMIN_DIST, file)));
    const gzipped = code.reduce((sum, bytes) => sum + gzipSync(bytes).length, 0);
    expect(gzipped).toBeLessThan(150 * 1024);
    expect(code.some((bytes) => bytes.includes('jsxDEV'))).toBe(false);
  });
});
