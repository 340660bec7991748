import { DataSource } from 'typeorm';
import { runCli } from '../../apps/api/src/cli';
import { DEMO_STUDY_NAME } from '../../apps/api/src/demo/seed-demo.command';
import { loggedInAs } from '../support/auth';
import { createTestApp, TestContext } from '../support/test-app';

describe('the demo seed (npm run demo)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('creates the demo study once, with its questionnaire published, and an admin sees it', async () => {
    const lines: string[] = [];
    expect(await runCli(['seed:demo'], ctx.config, (line) => lines.push(line))).toBe(0);
    expect(await runCli(['seed:demo'], ctx.config, (line) => lines.push(line))).toBe(0);
    expect(lines[1]).toMatch(/already there/);

    const studies = await ctx.app.get(DataSource).query(`SELECT id FROM study WHERE name = $1`, [DEMO_STUDY_NAME]);
    expect(studies).toHaveLength(1);

    const admin = await loggedInAs(ctx, 'admin');
    const [questionnaire] = (await admin.get(`/api/studies/${studies[0].id}/questionnaires`).expect(200)).body;
    expect(questionnaire.versions).toEqual([expect.objectContaining({ versionNumber: 1, status: 'published', contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    const version = (await admin.get(`/api/questionnaire-versions/${questionnaire.versions[0].id}`).expect(200)).body;
    expect(version.definition.languages).toEqual(['nb', 'en']);
    expect(version.readability[0].questions.length).toBeGreaterThanOrEqual(40);
  });
});
