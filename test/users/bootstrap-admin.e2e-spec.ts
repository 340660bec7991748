import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig, withConfig } from '@stemme/platform';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/bootstrap';
import { UsersService } from '../../apps/api/src/users/users.service';
import { createUser, loginAs } from '../support/auth';
import { dropDatabase } from '../support/databases';
import { createTestApp, createTestConfig, TestContext } from '../support/test-app';

const FIRST_ADMIN = { email: 'first.admin@example.no', password: 'first admin password' };

/** Starts the API once more on a test's database, as a restart would. */
async function startApi(config: AppConfig): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] }).compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, bufferLogs: true });
  configureApp(app);
  try {
    await app.init();
  } catch (error) {
    await app.close();
    throw error;
  }
  return app;
}

async function admins(ctx: TestContext): Promise<{ email: string }[]> {
  return ctx.app.get(DataSource).query(`SELECT "email" FROM "app_user" WHERE "role" = 'admin'`);
}

describe('the first admin from the configuration', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestApp({ bootstrapAdmin: FIRST_ADMIN });
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('is created on start and can log in', async () => {
    expect(await admins(ctx)).toEqual([{ email: FIRST_ADMIN.email }]);
    const session = await loginAs(ctx, FIRST_ADMIN);
    expect(session.user.role).toBe('admin');
  });

  it('is created only once, and a restart does not reset a changed password', async () => {
    await ctx.app.get(UsersService).createOrResetAdmin({ email: FIRST_ADMIN.email, password: 'a changed admin password' });
    const restarted = await startApi(ctx.config);
    await restarted.close();
    expect(await admins(ctx)).toEqual([{ email: FIRST_ADMIN.email }]);
    await loginAs(ctx, { email: FIRST_ADMIN.email, password: 'a changed admin password' });
  });
});

describe('the configured first admin when there is an admin already', () => {
  it('is not created', async () => {
    const ctx = await createTestApp();
    try {
      await createUser(ctx, { role: 'admin', email: 'existing.admin@example.no' });
      const restarted = await startApi(withConfig(ctx.config, { bootstrapAdmin: FIRST_ADMIN }));
      await restarted.close();
      expect(await admins(ctx)).toEqual([{ email: 'existing.admin@example.no' }]);
    } finally {
      await ctx.close();
    }
  });
});

describe('a configured first admin with a short password', () => {
  it('stops the API from starting with a clear message', async () => {
    const { config, databaseName } = await createTestConfig({ bootstrapAdmin: { email: FIRST_ADMIN.email, password: 'only10char' } });
    try {
      await expect(startApi(config)).rejects.toThrow('ADMIN_PASSWORD is not acceptable: The password must be at least 12 characters long');
    } finally {
      await dropDatabase(databaseName);
    }
  });
});
