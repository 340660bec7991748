import { StudyAccessService } from '@stemme/identity';
import { createUser, loginAs, type LoggedIn } from '../support/auth';
import { binary, download, exportAndWait, exportWorld, type ExportWorld } from './support/export-setup';
import { sheetsAsCsv } from './support/libreoffice';

describe('who may export what', () => {
  let world: ExportWorld;
  let osloEvaluator: LoggedIn;
  let outsider: LoggedIn;
  let designersExport: string;

  beforeAll(async () => {
    world = await exportWorld({ responses: 300, seed: 21 });
    const access = world.ctx.app.get(StudyAccessService, { strict: false });
    const evaluator = await createUser(world.ctx, { role: 'evaluator' });
    await access.grant(evaluator.id, world.study.studyId, '0301');
    osloEvaluator = await loginAs(world.ctx, evaluator);
    outsider = await loginAs(world.ctx, await createUser(world.ctx, { role: 'evaluator' }));
    designersExport = (await exportAndWait(world.designer, world.study.studyId, { kind: 'results_workbook' })).id;
  });

  afterAll(() => world.close());

  const ask = (user: LoggedIn, body: object) => user.post(`/api/studies/${world.study.studyId}/exports`).send(body);

  it('lets an evaluator limited to Oslo export Oslo’s report, and read and download it', async () => {
    const job = await exportAndWait(osloEvaluator, world.study.studyId, { kind: 'municipality_reports', options: { municipality: '0301' } });
    expect(job).toMatchObject({ status: 'done', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const sheets = await sheetsAsCsv((await download(osloEvaluator, job.id, world.dataDir)).path);
    expect(sheets.get('Oversikt')!.flat().join(' ')).toContain('Rapport for Oslo');
  });

  it('refuses them another municipality’s report, the whole pack, the results workbook, charts and raw data', async () => {
    for (const body of [
      { kind: 'municipality_reports', options: { municipality: '4601' } },
      { kind: 'municipality_reports' },
      { kind: 'results_workbook' },
      { kind: 'charts' },
      { kind: 'raw_data' },
      { kind: 'raw_data', options: { municipality: '0301' } },
    ]) {
      const response = await ask(osloEvaluator, body);
      expect({ body, status: response.status }).toEqual({ body, status: body.kind === 'raw_data' && 'options' in body ? 400 : 403 });
    }
  });

  it('hides others’ exports from them: not listed, not readable, not downloadable', async () => {
    const listed = await osloEvaluator.get(`/api/studies/${world.study.studyId}/exports`);
    expect(listed.status).toBe(200);
    expect(listed.body.map((job: { kind: string }) => job.kind)).toEqual(['municipality_reports']);
    expect((await osloEvaluator.get(`/api/exports/${designersExport}`)).status).toBe(403);
    expect((await osloEvaluator.get(`/api/exports/${designersExport}/download`).buffer(true).parse(binary)).status).toBe(403);
  });

  it('gives them only charts the statistics API would: by age band, not by county', async () => {
    const base = `/api/studies/${world.study.studyId}/charts/q_trust.png`;
    expect((await osloEvaluator.get(base).query({ breakdown: 'age_band' }).buffer(true).parse(binary)).status).toBe(200);
    expect((await osloEvaluator.get(base).query({ breakdown: 'county' }).buffer(true).parse(binary)).status).toBe(403);
    expect((await osloEvaluator.get(base).query({ breakdown: 'municipality', county: '03' }).buffer(true).parse(binary)).status).toBe(403);
  });

  it('refuses anyone without access to the study', async () => {
    expect((await ask(outsider, { kind: 'municipality_reports', options: { municipality: '0301' } })).status).toBe(403);
    expect((await outsider.get(`/api/studies/${world.study.studyId}/exports`)).status).toBe(403);
    expect((await outsider.get(`/api/exports/${designersExport}`)).status).toBe(403);
  });

  it('refuses options that do not fit, and a municipality that does not exist', async () => {
    const unfit = await ask(world.designer, { kind: 'results_workbook', options: { separator: ';' } });
    expect(unfit.status).toBe(400);
    expect(unfit.body.details).toEqual([{ path: 'options.separator', message: 'results_workbook exports do not take separator' }]);
    expect((await ask(world.designer, { kind: 'pdf' })).status).toBe(400);
    expect((await ask(world.designer, { kind: 'municipality_reports', options: { municipality: '9999' } })).status).toBe(404);
  });
});
