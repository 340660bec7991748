import { DataSource } from 'typeorm';
import { runCli } from '../../apps/api/src/cli';
import { DEMO_STUDY_WIDE_LABEL } from '../../apps/api/src/distribution/demo-links';
import { createTestApp, type TestContext } from '../support/test-app';
import { submit } from '../respondent/support/surveys';

describe('the demo\'s links (seed:demo)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('makes a study-wide link and one per municipality of Vestland, once, and respondents can answer through them', async () => {
    const lines: string[] = [];
    expect(await runCli(['seed:demo'], ctx.config, (line) => lines.push(line))).toBe(0);
    expect(await runCli(['seed:demo'], ctx.config, (line) => lines.push(line))).toBe(0);
    expect(lines).toHaveLength(2);
    const db = ctx.app.get(DataSource);
    const links: { kind: string; label: string; token: string; municipality_code: string | null }[] = await db.query(`SELECT * FROM "survey_link" ORDER BY "kind" DESC, "municipality_code"`);
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM "municipality" WHERE "county_code" = '46'`);
    expect(links).toHaveLength(count + 1);
    expect(links[0]).toMatchObject({ kind: 'study', label: DEMO_STUDY_WIDE_LABEL, municipality_code: null });
    expect(links.slice(1).every((link) => link.municipality_code?.startsWith('46'))).toBe(true);
    expect(lines[0]).toMatch(new RegExp(`and ${count + 1} links`));

    await ctx.http().get(`/s/${links[0].token}`).expect(200);
    await submit(ctx, links[0].token).expect(201);
  });
});
