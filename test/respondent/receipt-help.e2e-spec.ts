import { createTestApp, type TestContext } from '../support/test-app';
import { createLink, publishedSurvey, submit, type PublishedSurvey } from './support/surveys';

/**
 * Some respondents answer in a crisis: a study can put where to find someone to talk to on the
 * receipt, in the respondent's language, with links that call, text or open a page.
 */
describe('help on the receipt', () => {
  let ctx: TestContext;
  let survey: PublishedSurvey;

  beforeAll(async () => {
    ctx = await createTestApp();
    survey = await publishedSurvey(ctx);
  });
  afterAll(async () => {
    await ctx.close();
  });

  const help = {
    text: { nb: 'Har du det vanskelig nå?\n\nDu kan ringe hele døgnet.', en: 'Are things hard right now?' },
    links: [
      { href: 'tel:116123', label: { nb: 'Hjelpetelefonen 116 123', en: 'Helpline 116 123' } },
      { href: 'https://example.org/hjelp', label: { nb: 'Mer hjelp <på nett>' } },
    ],
  };

  it('is saved with the study settings and shown on the receipt in the respondent\'s language, bokmål where a text is missing', async () => {
    const saved = await survey.designer.patch(`/api/studies/${survey.studyId}`).send({ receiptHelp: help }).expect(200);
    expect(saved.body.receiptHelp).toEqual(help);
    const link = await createLink(survey);

    await submit(ctx, link.token, { language: 'en' }).expect(201);
    const english = (await ctx.http().get(`/s/${link.token}/receipt?lang=en`).expect(200)).text;
    expect(english).toContain('<p>Are things hard right now?</p>');
    expect(english).toContain('<a href="tel:116123">Helpline 116 123</a>');
    // No English label: the bokmål one, escaped like every text a study writes.
    expect(english).toContain('<a href="https://example.org/hjelp">Mer hjelp &lt;på nett&gt;</a>');

    const bokmal = (await ctx.http().get(`/s/${link.token}/receipt`).expect(200)).text;
    expect(bokmal).toContain('<p>Har du det vanskelig nå?</p><p>Du kan ringe hele døgnet.</p>');
    expect(bokmal).toContain('<a href="tel:116123">Hjelpetelefonen 116 123</a>');
  });

  it('is left out when the study has none', async () => {
    const other = await publishedSurvey(ctx);
    const link = await createLink(other);
    const receipt = (await ctx.http().get(`/s/${link.token}/receipt`).expect(200)).text;
    expect(receipt).toContain('Takk for svarene dine!');
    expect(receipt).not.toContain('help-box');
  });

  it('refuses a link that is not tel:, sms:, mailto: or https:, and too many links, naming the field; nothing already saved changes', async () => {
    await survey.designer.patch(`/api/studies/${survey.studyId}`).send({ receiptHelp: help }).expect(200);
    const bad = await survey.designer
      .patch(`/api/studies/${survey.studyId}`)
      .send({ receiptHelp: { text: {}, links: [{ href: 'javascript:alert(1)', label: { nb: 'Klikk' } }] } })
      .expect(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ path: 'receiptHelp.links.0.href' })]);
    const tooMany = Array.from({ length: 7 }, (_, index) => ({ href: `tel:11612${index}`, label: { nb: `Nummer ${index}` } }));
    await survey.designer.patch(`/api/studies/${survey.studyId}`).send({ receiptHelp: { text: {}, links: tooMany } }).expect(400);
    await survey.designer.patch(`/api/studies/${survey.studyId}`).send({ receiptHelp: { text: { nb: 'x'.repeat(1501) }, links: [] } }).expect(400);
    expect((await survey.designer.get(`/api/studies/${survey.studyId}`).expect(200)).body.receiptHelp).toEqual(help);
  });
});
