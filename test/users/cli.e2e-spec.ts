import { loadConfig, withConfig } from '@stemme/platform';
import { Client } from 'pg';
import { allMigrations } from '../../migrations';
import { runCli } from '../../apps/api/src/cli';
import { createUser, loginAs } from '../support/auth';
import { createEmptyDatabase, databaseUrl, dropDatabase } from '../support/databases';
import { createTestApp, TestContext } from '../support/test-app';

/** Runs a command line and collects what it printed. */
async function cli(config: TestContext['config'], ...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, config, (line) => out.push(line), (line) => err.push(line));
  return { code, out, err };
}

describe('cli create-admin', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('creates an admin who can log in', async () => {
    const result = await cli(ctx.config, 'create-admin', '--email', 'Ops@Example.no', '--password', 'an operator password', '--name', 'Drift');
    expect(result).toEqual({ code: 0, out: ['Created admin ops@example.no'], err: [] });
    const session = await loginAs(ctx, { email: 'ops@example.no', password: 'an operator password' });
    expect(session.user.role).toBe('admin');
    expect((await session.get('/api/auth/me').expect(200)).body.user.displayName).toBe('Drift');
  });

  it('makes an existing disabled designer an enabled admin with the new password and ends their sessions', async () => {
    const designer = await createUser(ctx, { role: 'designer' });
    const oldSession = await loginAs(ctx, designer);
    const admin = await loginAs(ctx, await createUser(ctx, { role: 'admin' }));
    await admin.post(`/api/users/${designer.id}/disable`).expect(200);

    const result = await cli(ctx.config, 'create-admin', '--email', designer.email, '--password', 'a brand new password');
    expect(result.code).toBe(0);
    expect(result.out[0]).toMatch(/is now an enabled admin/);
    await oldSession.get('/api/auth/me').expect(401);
    const session = await loginAs(ctx, { email: designer.email, password: 'a brand new password' });
    expect(session.user.role).toBe('admin');
    await ctx.http().post('/api/auth/login').send({ email: designer.email, password: designer.password }).expect(401);
  });

  it('refuses a password under 12 characters with a clear message and creates nothing', async () => {
    const result = await cli(ctx.config, 'create-admin', '--email', 'weak@example.no', '--password', 'short-pw');
    expect(result).toEqual({ code: 1, out: [], err: ['The password must be at least 12 characters long'] });
    await ctx.http().post('/api/auth/login').send({ email: 'weak@example.no', password: 'short-pw' }).expect(401);
  });

  it('says which option is missing', async () => {
    const result = await cli(ctx.config, 'create-admin', '--password', 'an operator password');
    expect(result).toEqual({ code: 1, out: [], err: ['create-admin needs --email'] });
  });

  it('refuses an option without a value, with the usage of the command', async () => {
    const result = await cli(ctx.config, 'create-admin', '--email');
    expect(result.code).toBe(2);
    expect(result.err[0]).toMatch(/^--email needs a value\n\nUsage: create-admin --email E --password P/);
  });

  it('answers an unknown command with the list of commands', async () => {
    const result = await cli(ctx.config, 'make-coffee');
    expect(result.code).toBe(2);
    expect(result.err[0]).toMatch(/^Unknown command "make-coffee"/);
    expect(result.err[0]).toMatch(/migrate:revert/);
  });
});

describe('cli migrate and migrate:revert', () => {
  let databaseName: string;
  let config: TestContext['config'];

  beforeAll(async () => {
    databaseName = await createEmptyDatabase('cli');
    config = withConfig(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), { database: { url: databaseUrl(databaseName) } });
  });
  afterAll(async () => {
    await dropDatabase(databaseName);
  });

  async function tables(): Promise<string[]> {
    const client = new Client({ connectionString: databaseUrl(databaseName) });
    await client.connect();
    try {
      const result = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`);
      return result.rows.map((row) => row.name);
    } finally {
      await client.end();
    }
  }

  const migrationNames = allMigrations.map((migration) => migration.name);

  it('runs every pending migration on an empty database and names each', async () => {
    const result = await cli(config, 'migrate');
    expect(result).toEqual({ code: 0, out: migrationNames.map((name) => `Ran ${name}`), err: [] });
    expect(await tables()).toEqual(expect.arrayContaining(['app_user', 'user_session', 'study_access']));
  });

  it('says so when nothing is pending', async () => {
    expect(await cli(config, 'migrate')).toEqual({ code: 0, out: ['No pending migrations'], err: [] });
  });

  it('reverts only the last migration and names it', async () => {
    const last = migrationNames[migrationNames.length - 1];
    expect(await cli(config, 'migrate:revert')).toEqual({ code: 0, out: [`Reverted ${last}`], err: [] });
    expect(await cli(config, 'migrate')).toEqual({ code: 0, out: [`Ran ${last}`], err: [] });
  });

  it('takes the identity tables away when their migration is reverted, and back again', async () => {
    const toRevert = migrationNames.length - migrationNames.indexOf('Identity1764100100000');
    for (let i = 0; i < toRevert; i++) expect((await cli(config, 'migrate:revert')).code).toBe(0);
    const left = await tables();
    for (const table of ['app_user', 'user_session', 'study_access']) expect(left).not.toContain(table);
    expect(left).toContain('municipality');
    expect((await cli(config, 'migrate')).out).toHaveLength(toRevert);
    expect(await tables()).toEqual(expect.arrayContaining(['app_user', 'user_session', 'study_access']));
  });
});
