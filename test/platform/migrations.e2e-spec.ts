import { buildDataSourceOptions } from '@stemme/platform';
import { DataSource } from 'typeorm';
import { allMigrations } from '../../migrations';
import { createEmptyDatabase, databaseUrl, dropDatabase } from '../support/databases';

async function userTables(dataSource: DataSource): Promise<string[]> {
  const rows: { table_name: string }[] = await dataSource.query(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1",
  );
  return rows.map((row) => row.table_name);
}

describe('migrations', () => {
  let name: string;
  let dataSource: DataSource;

  beforeAll(async () => {
    name = await createEmptyDatabase('migrations');
    dataSource = new DataSource(buildDataSourceOptions(databaseUrl(name)));
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await dropDatabase(name);
  });

  it('all run up on an empty database', async () => {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    expect(ran.map((m) => m.name)).toEqual(allMigrations.map((m) => m.name));
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('leave a schema that the entities match exactly: generating a migration finds nothing to do', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('all run down again, one by one, to an empty schema', async () => {
    for (let i = 0; i < allMigrations.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await userTables(dataSource)).toEqual([]);
    const applied: unknown[] = await dataSource.query('SELECT * FROM migrations');
    expect(applied).toEqual([]);
  });

  it('run up again after a full revert', async () => {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    expect(ran).toHaveLength(allMigrations.length);
    expect((await userTables(dataSource)).length).toBeGreaterThan(0);
  });
});
